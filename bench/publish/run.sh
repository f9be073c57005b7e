#!/usr/bin/env bash
# Publish benchmark: `./mednum-lod publish` on every real source of ../shared/data/real (30 files, ≈26,500
# records) into a fresh release directory, then again into the same one (a republish): elapsed time at the end of
# each stage and peak memory (GNU time).
#   bench/publish/run.sh [RUNS]        (default 3; needs ../shared/data/real, python3, /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
real="$(bench_real)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bench_jar
xmx="${BENCH_XMX:-1g}"
python3 bench/real_sources.py "$real" "$work/sources.json"
bench_machine "-Xmx$xmx"
# One publish of the sources into $work/var, timed by GNU time: "LABEL: wall …, peak RSS …", then its stage lines.
publish() {
  MEDNUM_DATA_DIR="$work/var" /usr/bin/time -v java -Xmx"$xmx" -jar site/target/mednum-lod.jar publish \
      --sources "$work/sources.json" --rapport "$work/rapport" > "$work/out" 2> "$work/err"
  wall=$(grep 'Elapsed (wall clock)' "$work/err" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$work/err" | awk '{print $NF}')
  echo "$1: wall $wall, peak RSS $((rss / 1024)) MiB"
  grep -E '^\[' "$work/err" | sed 's/^/  /'
}
for i in $(seq 1 "$runs"); do
  rm -rf "$work/var"
  publish "run $i"
  # The same sources published again into the same data folder, as a producer republishes: the reference
  # template (var/referentiel) built by the first publish is copied instead of loaded again.
  publish "run $i, republish"
done
