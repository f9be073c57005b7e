#!/usr/bin/env bash
# Place pages (HTML) as a crawler meets them, for one or more builds, interleaved round by round: each round starts a
# fresh server per build on the same release (prepared by bench/pages/run.sh in BENCH_DIR), waits 15 s for the
# release's indexes, then measures 30 s "cold" (most of the 2,000 places asked for the first time) and the next 20 s.
#   BENCH_DIR=/tmp/x bench/pages/cold.sh [ROUNDS] [JAR...]   (default 3 rounds, this build's jar; needs wrk, curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
rounds="${1:-3}"
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || { bench_jar; jars=(site/target/mednum-lod.jar); }
work="${BENCH_DIR:?BENCH_DIR: the folder of a release published by bench/pages/run.sh}"
port="${BENCH_PORT:-8099}"
for i in $(seq 1 "$rounds"); do
  for jar in "${jars[@]}"; do
    BENCH_JAR="$jar" bench_serve "$work/var" "$port" "${BENCH_XMX:-1g}"
    sleep 15
    echo "$jar, round $i: $(bench_machine)"
    bench_wrk_run "places-html cold 30s" "$work/places-html.txt" text/html "$port" 16 30
    bench_wrk_run "places-html next 20s" "$work/places-html.txt" text/html "$port" 16 20
    kill "$BENCH_SERVER"; wait "$BENCH_SERVER" 2>/dev/null || true
  done
done
