#!/usr/bin/env bash
# Orientation benchmark (issue 7): wrk from a second process on loopback against `./mednum-lod serve` on the release
# of every real source, one run per kind of search, each kind over many different URLs (communes, services,
# départements drawn from the release). Also checks the reference search (Angers, see check_angers.py) against its
# SPARQL equivalent before measuring.
#   bench/orientation/run.sh [RUNS] [SECONDS]   (default 3 runs of 20 s after a WARMUP (20 s) per kind; needs
#                                               ../shared/data/real, wrk, curl, python3; BENCH_DIR keeps the release;
#                                               KINDS="proximite points" for some kinds only)
# Reports requests/s and latency p50 / p99 per kind and run (wrk --latency).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
seconds="${2:-20}"
. bench/lib.sh
bench_real_server 8097
start=$(date +%s%N)
curl -sf -o /dev/null "http://localhost:$port/api/lieux?services=aide-aux-demarches-administratives"
echo "first search once the server answers (the release's index is prepared in the background from start): $((($(date +%s%N) - start) / 1000000)) ms"
python3 bench/orientation/check_angers.py "http://localhost:$port"
sparql() { bench_sparql "$port" "$1"; }
# Communes that have places and a centroid (a commune without one is refused as a centre: 400), 500 of them;
# départements; the 9 services.
sparql 'PREFIX mnl: <https://w3id.org/mednum-lod/def#> PREFIX igeo: <http://rdf.insee.fr/def/geo#>
  PREFIX geo: <http://www.opengis.net/ont/geosparql#>
  SELECT DISTINCT ?code { ?p mnl:situeDansCommune ?c . ?c igeo:codeINSEE ?code ; geo:hasCentroid ?centroid }
  ORDER BY MD5(?code) LIMIT 500' > "$work/communes.txt"
sparql 'PREFIX igeo: <http://rdf.insee.fr/def/geo#> SELECT ?code { ?d a igeo:Departement ; igeo:codeINSEE ?code }' > "$work/departements.txt"
services=(aide-aux-demarches-administratives maitrise-des-outils-numeriques-du-quotidien
  insertion-professionnelle-via-le-numerique utilisation-securisee-du-numerique parentalite-et-education-avec-le-numerique
  loisirs-et-creations-numeriques comprehension-du-monde-numerique acces-internet-et-materiel-informatique
  acquisition-de-materiel-informatique-a-prix-solidaire)
days=(lundi mardi mercredi jeudi vendredi samedi)
i=0
: > "$work/proximite.txt"; : > "$work/proximite-horaires.txt"; : > "$work/page-html.txt"
while read -r c; do
  s=${services[$((i % 9))]}; d=${days[$((i % 6))]}; i=$((i + 1))
  echo "/api/lieux?commune=$c&rayon=20&services=$s" >> "$work/proximite.txt"
  echo "/api/lieux?commune=$c&rayon=30&frais=gratuit&jour=$d&de=09:00&a=12:00" >> "$work/proximite-horaires.txt"
  echo "/orientation?commune=$c&services=$s" >> "$work/page-html.txt"
done < "$work/communes.txt"
: > "$work/national-nom.txt"; : > "$work/ouvert-maintenant.txt"; : > "$work/points.txt"; : > "$work/comptes.txt"
for s in "${services[@]}"; do
  for p in 1 2 3 4 5; do echo "/api/lieux?services=$s&frais=gratuit&page=$p" >> "$work/national-nom.txt"; done
  echo "/api/territoires/comptes?niveau=departement&services=$s" >> "$work/comptes.txt"
  echo "/api/territoires/comptes?niveau=commune&dans=region:52&services=$s&jour=samedi" >> "$work/comptes.txt"
done
while read -r d; do
  echo "/api/lieux?ouvert=maintenant&territoire=departement:$d" >> "$work/ouvert-maintenant.txt"
  echo "/api/lieux/points?territoire=departement:$d&services=${services[$((${#d} % 9))]}" >> "$work/points.txt"
done < "$work/departements.txt"
bench_machine "server -Xmx$xmx, wrk 2 threads 8 connections ${seconds}s, same machine (loopback)"
for kind in ${KINDS:-proximite proximite-horaires national-nom ouvert-maintenant points comptes page-html}; do
  accept=application/json; [ "$kind" = page-html ] && accept=text/html
  echo "$kind: $(wc -l < "$work/$kind.txt") URLs, e.g. $(head -1 "$work/$kind.txt")"
  bench_wrk_run warm-up "$work/$kind.txt" "$accept" "$port" 8 "${WARMUP:-20}" > /dev/null
  for r in $(seq 1 "$runs"); do
    bench_wrk_run "$kind run $r" "$work/$kind.txt" "$accept" "$port" 8 "$seconds"
  done
done
echo "server RSS at the end: $(($(awk '/VmRSS/ {print $2}' /proc/$BENCH_SERVER/status) / 1024)) MiB"
