#!/usr/bin/env python3
"""The real sources the benchmarks convert: converters/src/test/resources/real-sources.json (the list the
real-data test uses) with absolute paths. Data files are relative to ../shared/data/real; mappings and rules
shipped by the project (data/…) to the project root, the others to the real data.

Usage (from the project root): real_sources.py SHARED_REAL_DIR OUT.json
"""
import json
import os
import sys

LIST = "converters/src/test/resources/real-sources.json"


def mapping_path(real, mapping):
    return os.path.abspath(mapping) if mapping.startswith("data/") else os.path.join(real, mapping)


def real_sources(real):
    sources = json.load(open(LIST, encoding="utf-8"))["sources"]
    for s in sources:
        s["fichier"] = os.path.join(real, s["fichier"])
        if s.get("correspondance"):
            s["correspondance"] = mapping_path(real, s["correspondance"])
        if s.get("regles"):
            s["regles"] = mapping_path(real, s["regles"])
    return sources


if __name__ == "__main__":
    json.dump({"sources": real_sources(sys.argv[1])}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
