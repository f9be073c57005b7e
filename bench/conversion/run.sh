#!/usr/bin/env bash
# Conversion benchmark: every real source of ../shared/data/real, then the same scaled x10 (records cloned with
# new ids). Reports records/s and peak memory (GNU time's maximum resident set size). Run from the project root:
#   bench/conversion/run.sh [FACTOR]          (default 10; needs ../shared/data/real, python3, /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
real="$(bench_real)"
factor="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bench_jar
xmx="${BENCH_XMX:-512m}"

python3 bench/real_sources.py "$real" "$work/sources-x1.json"
python3 bench/conversion/scale.py "$real" "$work/x$factor" "$factor" >/dev/null

run() {  # label sources-file
  local label=$1 sources=$2
  /usr/bin/time -v java -Xmx"$xmx" -jar site/target/mednum-lod.jar convert --sources "$sources" \
      --sortie "$work/$label.nq.gz" --rapport "$work/$label" > "$work/$label.out" 2> "$work/$label.err"
  local total seconds rss records
  total=$(grep '^Total' "$work/$label.out")
  seconds=$(grep 'Elapsed (wall clock)' "$work/$label.err" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/$label.err" | awk '{print $NF}')
  records=$(echo "$total" | sed -E 's/^Total : ([0-9]+) fiches.*/\1/')
  printf '%-6s %8d records  %7.1f s  %8.0f records/s  peak RSS %5d MiB  (-Xmx%s)  %s\n' "$label" "$records" "$seconds" \
      "$(awk -v r="$records" -v s="$seconds" 'BEGIN { print r / s }')" $((rss / 1024)) "$xmx" "$total"
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
run x1 "$work/sources-x1.json"
run "x$factor" "$work/x$factor/sources.json"

# One file of more than 100 MB (the data·inclusion export cloned) under a 256 MiB heap: streaming, bounded memory.
python3 - "$real" "$work/big" <<'PY'
import json, os, sys
real, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
records = json.load(open(os.path.join(real, "sources/data-inclusion/data-inclusion.without-hinaura.json"), encoding="utf-8"))
with open(os.path.join(out, "data-inclusion-big.json"), "w", encoding="utf-8") as f:
    f.write("[")
    k, first = 0, True
    while f.tell() < 105_000_000:
        for r in records:
            c = dict(r, id=f"{r['id']}-x{k}")
            f.write(("" if first else ",\n") + json.dumps(c, ensure_ascii=False))
            first = False
        k += 1
    f.write("]")
json.dump({"sources": [{"nom": "data-inclusion", "fichier": os.path.join(out, "data-inclusion-big.json"),
           "correspondance": os.path.join(real, "sources/data-inclusion/data-inclusion.config.json"),
           "identifiant": ["source", "id"]}]}, open(os.path.join(out, "sources.json"), "w"))
PY
echo "big file: $(du -m "$work/big/data-inclusion-big.json" | cut -f1) MB"
xmx=256m run big "$work/big/sources.json"
