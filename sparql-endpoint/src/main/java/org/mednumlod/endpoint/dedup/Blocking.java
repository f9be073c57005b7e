package org.mednumlod.endpoint.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Candidate pairs: two records are compared when they share a commune (INSEE code), a postcode (catches records
 * whose commune code is wrong on one side), or lie in the same or neighbouring cells of a grid of about
 * {@code blocage.cellule} degrees (catches places near a commune border). Each pair is given once, as
 * {@code i * n + j} with {@code i < j}.
 */
final class Blocking {
    private Blocking() {}

    /** Whether {@code a} and {@code b} are compared (the rule above, for one pair). */
    static boolean candidates(MatchRecord a, MatchRecord b, double cell) {
        if (!a.commune().isEmpty() && a.commune().equals(b.commune())
                || !a.postcode().isEmpty() && a.postcode().equals(b.postcode())) {
            return true;
        }
        if (!a.located() || !b.located()) {
            return false;
        }
        long[] ca = cell(a, cell);
        long[] cb = cell(b, cell);
        return Math.abs(ca[0] - cb[0]) <= 1 && Math.abs(ca[1] - cb[1]) <= 1;
    }

    /** Every candidate pair of {@code records}, each once. */
    static void pairs(List<MatchRecord> records, double cell, LongConsumer pair) {
        long n = records.size();
        Pairs once = new Pairs();
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            MatchRecord r = records.get(i);
            if (!r.commune().isEmpty()) {
                blocks.computeIfAbsent("c" + r.commune(), k -> new ArrayList<>())
                        .add(i);
            }
            if (!r.postcode().isEmpty()) {
                blocks.computeIfAbsent("p" + r.postcode(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    once.accept(block.get(x) * n + block.get(y));
                }
            }
        }
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).located()) {
                long[] c = cell(records.get(i), cell);
                grid.computeIfAbsent(key(c[0], c[1]), k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < records.size(); i++) {
            if (!records.get(i).located()) {
                continue;
            }
            long[] c = cell(records.get(i), cell);
            for (long dy = -1; dy <= 1; dy++) {
                for (long dx = -1; dx <= 1; dx++) {
                    for (int j : grid.getOrDefault(key(c[0] + dy, c[1] + dx), List.of())) {
                        if (j > i) {
                            once.accept(i * n + j);
                        }
                    }
                }
            }
        }
        once.distinct(pair);
    }

    /** A growing array of pair codes, sorted and made distinct at the end (cheaper than a set of boxed longs). */
    private static final class Pairs {
        private long[] codes = new long[1 << 16];
        private int size;

        void accept(long code) {
            if (size == codes.length) {
                codes = java.util.Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = code;
        }

        void distinct(LongConsumer to) {
            java.util.Arrays.sort(codes, 0, size);
            for (int i = 0; i < size; i++) {
                if (i == 0 || codes[i] != codes[i - 1]) {
                    to.accept(codes[i]);
                }
            }
        }
    }

    private static long[] cell(MatchRecord r, double size) {
        long row = (long) Math.floor(r.latitude() / size);
        double lonSize = size / Math.max(0.1, Math.cos(Math.toRadians(row * size)));
        return new long[] {row, (long) Math.floor(r.longitude() / lonSize)};
    }

    private static long key(long y, long x) {
        return y * 4_000_003L + x;
    }
}
