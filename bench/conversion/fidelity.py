#!/usr/bin/env python3
"""Fidelity of the national-schema CSV export of a release to what the national output writes (issue 13):
per source (the source part of each place key, i.e. of the `id` column), the rows whose `source` is filled and the
rows whose `commune` is the COG 2026 name of the commune of their `code_insee` (an arrondissement municipal counts
as its commune). Goal: 100 % for both.

Usage: fidelity.py MEDNUM-LOD.CSV COMMUNES.JSON   (communes.json of @etalab/decoupage-administratif, COG 2026)
"""
import collections
import csv
import json
import re
import sys


def main(export, communes_file):
    names, parent = {}, {}
    for c in json.load(open(communes_file, encoding="utf-8")):
        if c["type"] == "commune-actuelle":
            names[c["code"]] = c["nom"]
        elif c["type"] == "arrondissement-municipal":
            parent[c["code"]] = c["commune"]
    counts = collections.defaultdict(lambda: [0, 0, 0, 0])  # rows, source filled, with a COG code, commune = COG name
    wrong = collections.Counter()
    with open(export, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key = re.split(r"[.~]", row["id"], maxsplit=1)[0]
            c = counts[key]
            c[0] += 1
            c[1] += row["source"].strip() != ""
            code = parent.get(row["code_insee"], row["code_insee"])
            if code in names:
                c[2] += 1
                if row["commune"] == names[code]:
                    c[3] += 1
                else:
                    wrong[(row["commune"], names[code])] += 1
    total = [sum(c[i] for c in counts.values()) for i in range(4)]
    print("| source | lignes | `source` renseignée | communes du COG | `commune` = nom du COG |")
    print("|---|---|---|---|---|")
    for key in sorted(counts) + ["**total**"]:
        c = total if key == "**total**" else counts[key]
        print(f"| {key} | {c[0]} | {c[1]} ({100 * c[1] / c[0]:.1f} %) | {c[2]} | {c[3]} ({100 * c[3] / max(c[2], 1):.1f} %) |")
    for (got, cog), n in wrong.most_common(10):
        print(f"  écart : « {got} » au lieu de « {cog} » ({n})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
