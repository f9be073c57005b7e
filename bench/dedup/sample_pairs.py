#!/usr/bin/env python3
"""Draws the candidate pairs of the labelled set from the match features of a real-data release (the TSV written
by MatchFeaturesDump), across kinds and score bands, with a fixed seed. The pairs are then labelled BY HAND
(same / different + reason) before any threshold is tuned; this script only chooses which pairs to look at.

Usage: sample_pairs.py FEATURES.tsv OUT.tsv
Output: kind, then the 15 feature columns of record A, then those of record B (labels are added by hand).
"""
import collections
import math
import random
import sys
import unicodedata

random.seed(20261129)
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")][1:]
rows = [r for r in rows if len(r) == 15 and r[1] not in ("source", "lamednum-exemple")]
KEY, SRC, NAME, STREET, CP, INSEE, LAT, LON, SIRET = range(9)


def norm(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c if c.isalnum() else " " for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


def dice(a, b):
    ga = collections.Counter(a[i:i + 2] for i in range(len(a) - 1))
    gb = collections.Counter(b[i:i + 2] for i in range(len(b) - 1))
    tot = sum(ga.values()) + sum(gb.values())
    return 2 * sum((ga & gb).values()) / tot if tot else 0.0


def metres(a, b):
    if not (a[LAT] and b[LAT]):
        return None
    la1, lo1, la2, lo2 = map(math.radians, map(float, (a[LAT], a[LON], b[LAT], b[LON])))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371000 * 2 * math.asin(math.sqrt(h))


by_commune = collections.defaultdict(list)
by_siret = collections.defaultdict(list)
by_name = collections.defaultdict(list)
by_street = collections.defaultdict(list)
for r in rows:
    by_commune[r[INSEE]].append(r)
    if len(r[SIRET]) == 14 and r[SIRET] != "0" * 14:
        by_siret[r[SIRET]].append(r)
    by_name[norm(r[NAME])].append(r)
    if norm(r[STREET]):
        by_street[(r[INSEE], norm(r[STREET]))].append(r)

pairs = []
seen = set()


def add(kind, a, b):
    k = tuple(sorted((a[KEY], b[KEY])))
    if a[KEY] != b[KEY] and k not in seen:
        seen.add(k)
        pairs.append((kind, a, b))
        return True
    return False


def take(kind, candidates, n):
    random.shuffle(candidates)
    got = 0
    for a, b in candidates:
        if got >= n:
            break
        got += add(kind, a, b)


# angers vs conumm: the same 63 records under two names
ang = {r[KEY].split(".", 1)[1]: r for r in rows if r[SRC] == "angers"}
con = {r[KEY].split(".", 1)[1]: r for r in rows if r[SRC] == "conumm"}
take("angers-conumm", [(ang[k], con[k]) for k in ang if k in con], 25)
# France Services vs CNFS 2022 within 30 m
fs = [r for r in rows if r[SRC] == "france-services" and r[LAT]]
cnfs = collections.defaultdict(list)
for r in rows:
    if r[SRC] == "cnfs-2022" and r[LAT]:
        cnfs[(round(float(r[LAT]), 2), round(float(r[LON]), 2))].append(r)
near = []
for a in fs:
    la, lo = round(float(a[LAT]), 2), round(float(a[LON]), 2)
    for dla in (-0.01, 0, 0.01):
        for dlo in (-0.01, 0, 0.01):
            for b in cnfs.get((round(la + dla, 2), round(lo + dlo, 2)), []):
                d = metres(a, b)
                if d is not None and d <= 30:
                    near.append((a, b))
take("fs-cnfs-30m", near, 40)
# same SIRET: same commune (same structure or two services of one body), other commune (head office vs branches)
same_c, other_c = [], []
for s, rs in by_siret.items():
    if len(rs) > 1:
        for i in range(len(rs)):
            for j in range(i + 1, min(len(rs), i + 4)):
                (same_c if rs[i][INSEE] == rs[j][INSEE] else other_c).append((rs[i], rs[j]))
take("meme-siret-meme-commune", same_c, 50)
take("meme-siret-autre-commune", other_c, 25)
big = [rs for rs in by_siret.values() if len({r[INSEE] for r in rs}) >= 5]
take("siege-antennes", [(rs[0], r) for rs in big for r in rs[1:] if r[INSEE] != rs[0][INSEE]], 20)
# same name in different communes
take("meme-nom-autre-commune", [(rs[i], rs[j]) for n, rs in by_name.items() if len(rs) > 1
                                for i in range(len(rs)) for j in range(i + 1, min(len(rs), i + 3))
                                if rs[i][INSEE] != rs[j][INSEE]], 30)
# same building, different services: same street line in the commune, names far apart
take("meme-batiment", [(rs[i], rs[j]) for rs in by_street.values() for i in range(len(rs))
                       for j in range(i + 1, min(len(rs), i + 4))
                       if dice(norm(rs[i][NAME]), norm(rs[j][NAME])) < 0.5], 45)
# random pairs in one commune, and pairs of one commune by name similarity band
communes = [rs for rs in by_commune.values() if len(rs) > 1]
rand = []
for _ in range(4000):
    rs = random.choice(communes)
    a, b = random.sample(rs, 2)
    rand.append((a, b))
take("hasard-commune", rand, 50)
bands = collections.defaultdict(list)
for rs in communes:
    if len(rs) > 60:
        rs = random.sample(rs, 60)
    for i in range(len(rs)):
        for j in range(i + 1, len(rs)):
            d = dice(norm(rs[i][NAME]), norm(rs[j][NAME]))
            band = "bande-nom-haute" if d >= 0.8 else "bande-nom-moyenne" if d >= 0.5 else None
            if band:
                bands[band].append((rs[i], rs[j]))
take("bande-nom-haute", bands["bande-nom-haute"], 70)
take("bande-nom-moyenne", bands["bande-nom-moyenne"], 60)

with open(sys.argv[2], "w", encoding="utf-8") as out:
    for kind, a, b in pairs:
        out.write("\t".join([kind] + a + b) + "\n")
print(collections.Counter(k for k, _, _ in pairs), len(pairs), file=sys.stderr)
