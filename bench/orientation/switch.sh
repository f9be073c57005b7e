#!/usr/bin/env bash
# What a user meets right after a publish: the server serves the demo release, every real source is published by
# another process (`mednum-lod publish`), and as soon as the server answers with the new release, the first
# orientation search and the first name search are timed (each needs an index of the release: built before the
# switch, or by that first request). Also: how long the switch took after the publish had moved the pointer.
#   bench/orientation/switch.sh [RUNS]   (default 3; needs ../shared/data/real, curl, python3; JAR=… to time another
#                                        build, e.g. one from before a change)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
. bench/lib.sh
bench_jar
jar="${JAR:-site/target/mednum-lod.jar}"
port="${BENCH_PORT:-8096}"
xmx="${BENCH_XMX:-1g}"
ms() { echo $(($(date +%s%N) / 1000000)); }
version() {
  bench_sparql "$port" 'PREFIX dcat: <http://www.w3.org/ns/dcat#> SELECT ?v { ?d dcat:version ?v }' 2>/dev/null || true
}
bench_machine "server -Xmx$xmx, $jar"
server=""
work=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$work" ] && rm -rf "$work"
}
trap cleanup EXIT
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port already answers: stop that server or set BENCH_PORT" >&2
  exit 1
fi
for r in $(seq 1 "$runs"); do
  work="$(mktemp -d)"
  data="$work/var"
  mkdir -p "$data"
  python3 bench/real_sources.py "$(bench_real)" "$work/sources.json"
  MEDNUM_DATA_DIR="$data" MEDNUM_BASE_URI="http://localhost:$port" SERVER_PORT="$port" \
      java -Xmx"$xmx" -jar "$jar" serve --mednum.release-check-ms=200 > "$work/serve.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://localhost:$port/"; do
    kill -0 "$server" 2>/dev/null || { echo "the server stopped, see $work/serve.log" >&2; exit 1; }
    sleep 1
  done
  before=$(version)
  [ -n "$before" ] || { echo "no release version read from the server" >&2; exit 1; }
  MEDNUM_DATA_DIR="$data" java -Xmx"$xmx" -jar "$jar" publish --sources "$work/sources.json" \
      --rapport "$work/rapport" > "$work/publish.log" 2>&1
  published=$(ms)
  # A failed read (empty) is not a switch; give up after 5 minutes.
  until v=$(version) && [ -n "$v" ] && [ "$v" != "$before" ]; do
    [ $(($(ms) - published)) -lt 300000 ] || { echo "no switch within 5 minutes" >&2; exit 1; }
    sleep 0.05
  done
  switched=$(ms)
  curl -sf -o /dev/null "http://localhost:$port/api/lieux?services=aide-aux-demarches-administratives"
  searched=$(ms)
  curl -sf -o /dev/null "http://localhost:$port/recherche?q=mediatheque"
  named=$(ms)
  echo "run $r: switch $((switched - published)) ms after the publish, first orientation search" \
       "$((searched - switched)) ms, first name search $((named - searched)) ms"
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
  rm -rf "$work"
  work=""
done
