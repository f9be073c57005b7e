package org.mednumlod.endpoint.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the records that describe the same place, across sources and within one: blocking ({@link Blocking}),
 * scoring ({@link MatchScorer}), then clustering. Accepted pairs are joined transitively (union-find), strongest
 * first, but guarded against chaining: a link is refused (and reported), so that the cluster is split there, when
 * it would make a cluster whose located members lie more than {@code chainage.diametre} metres apart, or when it
 * joins two clusters that both hold a record of one same source (a source lists a place once: two of its records
 * come together only through their own accepted link, an internal duplicate).
 */
final class Matcher {
    /** One accepted link of a cluster: both record keys, the score and the signals that decided it. */
    record Link(String a, String b, double score, List<String> signals) {}

    /** A cluster of two records or more: a stable id (SHA-256 of the sorted keys), the keys, the links kept. */
    record Cluster(String id, List<String> keys, List<Link> links) {}

    /**
     * The clusters found, with counts: candidate pairs compared, pairs accepted by the scorer, links refused by the
     * anti-chaining guard (with their signals, for review).
     */
    record Clusters(List<Cluster> clusters, long compared, int accepted, List<Link> refusedByGuard) {
        /** Records that belong to a cluster. */
        int recordsMerged() {
            return clusters.stream().mapToInt(c -> c.keys().size()).sum();
        }
    }

    private final MatchSettings settings;
    private final MatchScorer scorer;

    Matcher(MatchSettings settings) {
        this.settings = settings;
        this.scorer = new MatchScorer(settings);
    }

    /** The decision for one pair: compared at all (blocking) and accepted by the scorer. */
    MatchScorer.PairScore pair(MatchRecord a, MatchRecord b) {
        MatchScorer.PairScore s = scorer.score(MatchScorer.Prepared.of(a), MatchScorer.Prepared.of(b));
        if (Blocking.candidates(a, b, settings.cell())) {
            return s;
        }
        List<String> signals = new ArrayList<>(s.signals());
        signals.add("refus : ni même commune, ni même code postal, ni voisins");
        return new MatchScorer.PairScore(s.score(), false, List.copyOf(signals));
    }

    /** A pair the scorer accepts between two lists of records: the index in each, and its score. */
    record Pairing(int earlier, int now, double score) {}

    /** The accepted pairs between {@code earlier} and {@code now} (candidates by {@link Blocking}). */
    List<Pairing> acceptedBetween(List<MatchRecord> earlier, List<MatchRecord> now) {
        List<MatchRecord> all = new ArrayList<>(earlier);
        all.addAll(now);
        int n = all.size();
        int split = earlier.size();
        List<MatchScorer.Prepared> prepared =
                all.stream().map(MatchScorer.Prepared::of).toList();
        List<Pairing> out = new ArrayList<>();
        Blocking.pairs(all, settings.cell(), code -> {
            int i = (int) Math.min(code / n, code % n);
            int j = (int) Math.max(code / n, code % n);
            if (i < split && j >= split) {
                MatchScorer.PairScore s = scorer.score(prepared.get(i), prepared.get(j));
                if (s.accepted()) {
                    out.add(new Pairing(i, j - split, s.score()));
                }
            }
        });
        return out;
    }

    Clusters clusters(List<MatchRecord> records) {
        List<MatchScorer.Prepared> prepared =
                records.stream().map(MatchScorer.Prepared::of).toList();
        int n = records.size();
        List<Link> accepted = new ArrayList<>();
        long[] compared = {0};
        Blocking.pairs(records, settings.cell(), code -> {
            compared[0]++;
            int i = (int) (code / n);
            int j = (int) (code % n);
            MatchScorer.PairScore s = scorer.score(prepared.get(i), prepared.get(j));
            if (s.accepted()) {
                accepted.add(new Link(records.get(i).key(), records.get(j).key(), s.score(), s.signals()));
            }
        });
        accepted.sort(Comparator.comparingDouble(Link::score)
                .reversed()
                .thenComparing(Link::a)
                .thenComparing(Link::b));
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(records.get(i).key(), i);
        }
        UnionFind uf = new UnionFind(records);
        List<Link> refused = new ArrayList<>();
        List<Link> kept = new ArrayList<>();
        for (Link l : accepted) {
            int a = index.get(l.a());
            int b = index.get(l.b());
            if (uf.find(a) == uf.find(b)) {
                kept.add(l);
            } else if (uf.diameterIfJoined(a, b) > settings.chainDiameter()
                    || !records.get(a).source().equals(records.get(b).source()) && uf.shareSource(a, b)) {
                refused.add(l);
            } else {
                uf.union(a, b);
                kept.add(l);
            }
        }
        Map<Integer, List<String>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (uf.size(i) > 1) {
                members.computeIfAbsent(uf.find(i), k -> new ArrayList<>())
                        .add(records.get(i).key());
            }
        }
        Map<Integer, List<Link>> links = new java.util.HashMap<>();
        kept.forEach(l -> links.computeIfAbsent(uf.find(index.get(l.a())), k -> new ArrayList<>())
                .add(l));
        List<Cluster> clusters = new ArrayList<>();
        members.forEach((root, keys) -> {
            List<String> sorted = keys.stream().sorted().toList();
            clusters.add(new Cluster(id(sorted), sorted, List.copyOf(links.get(root))));
        });
        clusters.sort(Comparator.comparing(Cluster::id));
        return new Clusters(List.copyOf(clusters), compared[0], accepted.size(), List.copyOf(refused));
    }

    private static String id(List<String> sortedKeys) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", sortedKeys).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
