package org.mednumlod.endpoint.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mednumlod.ontology.Identifiers;

/**
 * Gives each place of a new release its key, so that place URIs ({@code {base}/id/lieu/{key}}) stay put across
 * releases whatever the sources do (docs/deduplication.md §URIs):
 * <ul>
 * <li>each key of the served release goes to the new place that holds its <em>founding record</em> (the record whose
 * key it is), else to the one holding most of the records it had (ties: the smaller first record key);</li>
 * <li>a place that wins several keys (two places merged) keeps one — the one most of its records had, then the
 * founding one present, then the smaller — and the others answer 301 to it ({@link Assignment#redirects()});</li>
 * <li>a place that wins none (only new records, or the smaller part of a split) is minted a key: the smallest of its
 * record keys never used as a place key (or redirected: a record merged away and now apart again gets its key
 * back), else {@code {source}~{16 hex digits}} of a hash of it;</li>
 * <li>earlier redirects are carried forward, followed to their end; a redirected key that names a place again
 * (a split undoing a merge) answers 200 again.</li>
 * </ul>
 * A key whose records are all gone is left to {@link org.mednumlod.endpoint.identity.Tombstones} (410). Pure function: {@code PlaceKeysTest}.
 */
final class PlaceKeys {
    /**
     * @param places    for each new place (in the order of the clusters given), its key
     * @param records   record key → place key, for every record of the release
     * @param redirects key that no longer names a place → the key of the place that took it over
     */
    record Assignment(List<String> places, Map<String, String> records, Map<String, String> redirects) {}

    private PlaceKeys() {}

    /**
     * @param clusters          the new release's places, each as its record keys (every record in exactly one)
     * @param previousRecords   record key → place key in the served release (empty for a first release)
     * @param previousRedirects the served release's redirects (old key → successor key)
     */
    static Assignment assign(
            List<List<String>> clusters, Map<String, String> previousRecords, Map<String, String> previousRedirects) {
        // Which cluster each earlier key goes to.
        Map<String, Map<Integer, Integer>> votes = new TreeMap<>();
        Map<Integer, List<String>> won = won(clusters, previousRecords, previousRedirects, votes);
        Set<String> used = new HashSet<>(previousRecords.values());
        used.addAll(previousRedirects.keySet());
        used.addAll(previousRedirects.values());
        List<String> places = new ArrayList<>(clusters.size());
        Map<String, String> records = new LinkedHashMap<>();
        Map<String, String> redirects = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        List<Integer> minting = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<String> keys = won.getOrDefault(c, List.of());
            String key = null;
            if (!keys.isEmpty()) {
                int cluster = c;
                key = keys.stream()
                        .max(Comparator.<String>comparingInt(k -> votes.get(k).getOrDefault(cluster, 0))
                                .thenComparing(k -> clusters.get(cluster).contains(k))
                                .thenComparing(Comparator.<String>reverseOrder()))
                        .orElseThrow();
                for (String k : keys) {
                    if (!k.equals(key)) {
                        redirects.put(k, key);
                    }
                }
                taken.add(key);
            } else {
                minting.add(c);
            }
            places.add(key);
        }
        for (int c : minting) {
            String key = mint(clusters.get(c), used, previousRedirects.keySet(), taken);
            taken.add(key);
            places.set(c, key);
        }
        for (int c = 0; c < clusters.size(); c++) {
            for (String record : clusters.get(c)) {
                records.put(record, places.get(c));
            }
        }
        // Earlier redirects: followed to the key that now names a place (through this release's new redirects).
        for (Map.Entry<String, String> e : previousRedirects.entrySet()) {
            if (taken.contains(e.getKey())) {
                continue; // names a place again
            }
            String to = follow(e.getValue(), previousRedirects, redirects, taken);
            if (to != null) {
                redirects.put(e.getKey(), to);
            }
        }
        redirects.keySet().removeAll(taken);
        return new Assignment(places, records, redirects);
    }

    /**
     * Each cluster's earlier keys: every earlier place key goes to the cluster holding its founding record (the
     * record of the same key), else to the one holding most of its records (ties: the smallest first record key).
     * Fills {@code votes}: earlier key → cluster → records.
     */
    private static Map<Integer, List<String>> won(
            List<List<String>> clusters,
            Map<String, String> previousRecords,
            Map<String, String> previousRedirects,
            Map<String, Map<Integer, Integer>> votes) {
        Map<String, Integer> founding = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (String record : clusters.get(c)) {
                String earlier = previousRecords.get(record);
                if (earlier != null) {
                    votes.computeIfAbsent(earlier, k -> new HashMap<>()).merge(c, 1, Integer::sum);
                }
                if (previousRecords.containsValue(record) || previousRedirects.containsKey(record)) {
                    founding.put(record, c);
                }
            }
        }
        Map<Integer, List<String>> won = new HashMap<>();
        for (Map.Entry<String, Map<Integer, Integer>> e : votes.entrySet()) {
            String key = e.getKey();
            Integer winner = founding.containsKey(key) && e.getValue().containsKey(founding.get(key))
                    ? founding.get(key)
                    : e.getValue().entrySet().stream()
                            .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                                    .thenComparing(v -> first(clusters.get(v.getKey())), Comparator.reverseOrder()))
                            .orElseThrow()
                            .getKey();
            won.computeIfAbsent(winner, k -> new ArrayList<>()).add(key);
        }
        return won;
    }

    private static String follow(String key, Map<String, String> earlier, Map<String, String> now, Set<String> live) {
        Set<String> seen = new HashSet<>();
        String k = key;
        while (k != null && !live.contains(k) && seen.add(k)) {
            k = now.containsKey(k) ? now.get(k) : earlier.get(k);
        }
        return k != null && live.contains(k) ? k : null;
    }

    private static String mint(
            Collection<String> records, Set<String> used, Set<String> redirected, Set<String> taken) {
        List<String> sorted = records.stream().sorted().toList();
        for (String r :
                sorted) { // a redirected key comes back to its founding record when that record stands apart again
            if ((!used.contains(r) || redirected.contains(r)) && !taken.contains(r)) {
                return r;
            }
        }
        String first = sorted.get(0);
        String source = Identifiers.sourceOfKey(first)
                .orElseThrow(() -> new IllegalArgumentException("clé invalide « " + first + " »"));
        for (int n = 0; ; n++) {
            String key = Identifiers.mintedKey(source, first + "\u0000lieu\u0000" + n);
            if (!used.contains(key) && !taken.contains(key)) {
                return key;
            }
        }
    }

    private static String first(List<String> cluster) {
        return cluster.stream().min(Comparator.naturalOrder()).orElse("");
    }
}
