#!/usr/bin/env python3
"""The reference search of issue 7 on a running server: « Aide aux démarches administratives, gratuit, ouvert le
samedi, à moins de 20 km d'Angers (commune 49007) ». Reads every page of /api/lieux, runs its requeteSparql through
/sparql, and checks that both give the same places in the same order, sorted by distance. Exit status 1 otherwise.

Usage: check_angers.py BASE_URL   (e.g. http://localhost:8097)
"""
import csv
import io
import json
import re
import sys
import urllib.parse
import urllib.request

QUERY = "services=aide-aux-demarches-administratives&frais=gratuit&jour=samedi&commune=49007&rayon=20"
# The same search with one criterion less each time: what each criterion keeps, with the same check.
VARIANTS = ["services=aide-aux-demarches-administratives&frais=gratuit&commune=49007&rayon=20",
            "services=aide-aux-demarches-administratives&jour=samedi&commune=49007&rayon=20",
            "services=aide-aux-demarches-administratives&commune=49007&rayon=20",
            "commune=49007&rayon=20"]


def get(url, accept):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=60) as r:
        return r.read().decode("utf-8")


def check(base, query):
    places, sparql, page, pages = [], None, 1, 1
    while page <= pages:
        body = json.loads(get(f"{base}/api/lieux?{query}&par-page=100&page={page}", "application/json"))
        pages, sparql = body["pages"], body["requeteSparql"]
        places += body["lieux"]
        page += 1
    rows = list(csv.DictReader(io.StringIO(get(f"{base}/sparql?query=" + urllib.parse.quote(sparql), "text/csv"))))
    api = [p["uri"] for p in places]
    via_sparql = [r["lieu"] for r in rows]
    distances = [p["distanceKm"] for p in places]
    saturday = re.search(r'([0-9]{4}-[0-9]{2}-[0-9]{2})"\^\^xsd:date', sparql)
    print(f"/api/lieux?{query}")
    print(f"  API: {len(api)} places; SPARQL: {len(via_sparql)} rows; same places in the same order: {api == via_sparql}")
    print(f"  sorted by distance: {distances == sorted(distances)}; max distance {max(distances, default=0):.3f} km;"
          f" the Saturday: {saturday.group(1) if saturday else '?'}")
    for p, r in list(zip(places, rows))[:3]:
        print(f"  {p['distanceKm']:7.3f} km (SPARQL {float(r['distance']):7.3f})  {p['nom']} — {p['statut']}")
    ok = api == via_sparql and distances == sorted(distances)
    if not ok:
        print("  MISMATCH", file=sys.stderr)
    return ok


def main(base):
    ok = [check(base, q) for q in [QUERY] + VARIANTS]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
