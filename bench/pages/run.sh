#!/usr/bin/env bash
# Page benchmark (issue 6): wrk from a second process on loopback against `./mednum-lod serve` on the release of
# every real source: place pages (HTML, Turtle) and commune pages (HTML), each over 2,000 different URIs.
#   bench/pages/run.sh [RUNS] [SECONDS]      (default 3 runs of 20 s after a 30 s warm-up (WARMUP); needs
#                                            ../shared/data/real, wrk, curl; SERVE_ARGS for server options)
# Reports requests/s and latency p50 / p99 per run (wrk --latency), and the median of the runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
seconds="${2:-20}"
command -v wrk >/dev/null || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo; $SUDO apt-get install -y -q wrk; }
work="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$work"
port="${BENCH_PORT:-8099}"
xmx="${BENCH_XMX:-1g}"
[ -f site/target/mednum-lod.jar ] || mvn -B -q -DskipTests clean package
export MEDNUM_DATA_DIR="$work/var" MEDNUM_BASE_URI="http://localhost:$port" SERVER_PORT="$port"
if [ ! -f "$work/var/current" ]; then
  python3 bench/real_sources.py "$(cd ../shared/data/real && pwd)" "$work/sources.json"
  java -Xmx"$xmx" -jar site/target/mednum-lod.jar publish --sources "$work/sources.json" --rapport "$work/rapport" > /dev/null 2>&1
fi
# SERVE_ARGS, e.g. --mednum.cache.max-mb=0 to measure without the page cache.
java -Xmx"$xmx" -jar site/target/mednum-lod.jar serve ${SERVE_ARGS:-} > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/"; do sleep 1; done
sparql() { curl -sf -H 'Accept: text/csv' --data-urlencode "query=$1" "http://localhost:$port/sparql" | tail -n +2 | tr -d '\r'; }
sparql 'PREFIX mnl: <https://w3id.org/mednum-lod/def#> SELECT ?p { ?p a mnl:LieuMediationNumerique } LIMIT 2000' \
  | sed "s#http://localhost:$port/id/#/page/#" > "$work/places-html.txt"
sed -e 's#^/page/#/data/#' -e 's#$#.ttl#' "$work/places-html.txt" > "$work/places-ttl.txt"
sparql 'PREFIX mnl: <https://w3id.org/mednum-lod/def#> SELECT DISTINCT ?c { ?p mnl:situeDansCommune ?c } LIMIT 2000' \
  | sed "s#http://localhost:$port/id/#/page/#" > "$work/communes-html.txt"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), server -Xmx$xmx,"\
     "wrk 2 threads 16 connections ${seconds}s, same machine (loopback)"
echo "URIs: $(wc -l < "$work/places-html.txt") places, $(wc -l < "$work/communes-html.txt") communes"
for target in "places-html text/html" "places-ttl text/turtle" "communes-html text/html"; do
  set -- $target
  # Warm-up, not measured: the JIT and the caches (every URI is requested several times).
  PATHS="$work/$1.txt" ACCEPT="$2" wrk -t2 -c16 -d"${WARMUP:-30}s" -s bench/pages/rotate.lua "http://localhost:$port" > /dev/null
  for i in $(seq 1 "$runs"); do
    out=$(PATHS="$work/$1.txt" ACCEPT="$2" wrk -t2 -c16 -d"${seconds}s" --latency -s bench/pages/rotate.lua "http://localhost:$port")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    bad=$(echo "$out" | awk '/non-200/ {print $2}')
    echo "$1 run $i: $rps req/s, p50 $p50, p99 $p99, non-200 $bad"
  done
done
