#!/usr/bin/env python3
"""Writes a copy of every real source N times larger, cloning records with new ids, and a sources file for it.

Usage: scale.py SHARED_REAL_DIR OUT_DIR FACTOR
Each clone k (1..FACTOR-1) of a record gets its id (or, for sources identified by position, nothing) suffixed
with "-xK"; everything else is unchanged, so the conversion work per record is the same as on the real data.
"""
import csv, json, os, sys

real, out, factor = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from real_sources import real_sources  # noqa: E402

sources = real_sources(real)
os.makedirs(out, exist_ok=True)
scaled = []

def id_column(source):
    if source.get("correspondance"):
        cfg = json.load(open(source["correspondance"]))
        col = cfg.get("id", {}).get("colonne")
        return col or None
    return "id"

def set_path(record, dotted, value):
    node = record
    parts = dotted.split(".")
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value

def get_path(record, dotted):
    node = record
    for p in dotted.split("."):
        node = node[int(p)] if isinstance(node, list) else node.get(p) if isinstance(node, dict) else None
        if node is None:
            return None
    return node

for s in sources:
    src = s["fichier"]
    name = os.path.basename(src)
    dst = os.path.join(out, name)
    col = id_column(s)
    if name.endswith(".json"):
        data = json.load(open(src, encoding="utf-8"))
        records = data if isinstance(data, list) else data["features"]
        clones = []
        for k in range(1, factor):
            for r in records:
                c = json.loads(json.dumps(r))
                if col and get_path(c, col) not in (None, ""):
                    set_path(c, col, f"{get_path(c, col)}-x{k}")
                clones.append(c)
        records.extend(clones)
        json.dump(data, open(dst, "w", encoding="utf-8"), ensure_ascii=False)
    else:
        with open(src, encoding="utf-8", newline="") as f:
            sample = f.readline()
            delim = ";" if sample.count(";") > sample.count(",") else ","
            f.seek(0)
            rows = list(csv.DictReader(f, delimiter=delim))
            fields = list(rows[0].keys())
        with open(dst, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=fields, delimiter=delim)
            w.writeheader()
            for k in range(factor):
                for r in rows:
                    c = dict(r)
                    if k and col and c.get(col):
                        c[col] = f"{c[col]}-x{k}"
                    w.writerow(c)
    entry = dict(s)
    entry["fichier"] = os.path.abspath(dst)
    scaled.append(entry)

json.dump({"sources": scaled}, open(os.path.join(out, "sources.json"), "w"), indent=2, ensure_ascii=False)
print(f"{len(scaled)} sources x{factor} in {out}")
