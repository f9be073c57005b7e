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
. bench/lib.sh
bench_real_server 8099
bench_sparql "$port" 'PREFIX mnl: <https://w3id.org/mednum-lod/def#> SELECT ?p { ?p a mnl:LieuMediationNumerique } LIMIT 2000' \
  | sed "s#http://localhost:$port/id/#/page/#" > "$work/places-html.txt"
sed -e 's#^/page/#/data/#' -e 's#$#.ttl#' "$work/places-html.txt" > "$work/places-ttl.txt"
bench_sparql "$port" 'PREFIX mnl: <https://w3id.org/mednum-lod/def#> SELECT DISTINCT ?c { ?p mnl:situeDansCommune ?c } LIMIT 2000' \
  | sed "s#http://localhost:$port/id/#/page/#" > "$work/communes-html.txt"
bench_machine "server -Xmx$xmx, wrk 2 threads 16 connections ${seconds}s, same machine (loopback)"
echo "URIs: $(wc -l < "$work/places-html.txt") places, $(wc -l < "$work/communes-html.txt") communes"
for target in "places-html text/html" "places-ttl text/turtle" "communes-html text/html"; do
  set -- $target
  # Warm-up, not measured: the JIT and the caches (every URI is requested several times).
  bench_wrk_run warm-up "$work/$1.txt" "$2" "$port" 16 "${WARMUP:-30}" > /dev/null
  for i in $(seq 1 "$runs"); do
    bench_wrk_run "$1 run $i" "$work/$1.txt" "$2" "$port" 16 "$seconds"
  done
done
