package org.mednumlod.endpoint.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Union-find over record indexes that also keeps, for each set, its located members, so that the diameter a union
 * would give (largest distance between two located members, in metres) and the sources a union would hold twice
 * can be checked before joining.
 */
final class UnionFind {
    private final List<MatchRecord> records;
    private final int[] parent;
    private final int[] size;
    private final List<List<Integer>> located = new ArrayList<>();
    private final List<java.util.Set<String>> sources = new ArrayList<>();

    UnionFind(List<MatchRecord> records) {
        this.records = records;
        int n = records.size();
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            located.add(records.get(i).located() ? new ArrayList<>(List.of(i)) : new ArrayList<>());
            sources.add(new java.util.HashSet<>(java.util.Set.of(records.get(i).source())));
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The size of the set of {@code i}. */
    int size(int i) {
        return size[find(i)];
    }

    /** The largest distance between a located member of {@code a}'s set and one of {@code b}'s set (0 if none). */
    double diameterIfJoined(int a, int b) {
        double max = 0;
        for (int x : located.get(find(a))) {
            for (int y : located.get(find(b))) {
                max = Math.max(max, MatchScorer.metres(records.get(x), records.get(y)));
            }
        }
        return max;
    }

    /** Whether the sets of {@code a} and {@code b} both hold a record of one same source. */
    boolean shareSource(int a, int b) {
        java.util.Set<String> sa = sources.get(find(a));
        for (String s : sources.get(find(b))) {
            if (sa.contains(s)) {
                return true;
            }
        }
        return false;
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        located.get(ra).addAll(located.get(rb));
        located.get(rb).clear();
        sources.get(ra).addAll(sources.get(rb));
        sources.get(rb).clear();
    }
}
