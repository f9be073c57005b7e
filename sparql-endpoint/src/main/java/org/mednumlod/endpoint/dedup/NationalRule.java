package org.mednumlod.endpoint.dedup;

import java.util.Locale;
import java.util.Set;

/**
 * The national matcher's rule (mednum-cli {@code dedupliquer}), re-implemented exactly as described in
 * {@code shared/docs/national-map.md} §2.1, to compare with ours on the same pairs: a pair is compared only with the
 * same non-empty INSEE code, different sources (or one source with internal merging), compatible typologies (either
 * side has none, or they share one, or one is RFS and the other PIMMS); the score is
 * {@code trunc((ratio(adresse) + ratio(nom) + distanceScore) / 3)} with fuzzball's {@code ratio} (lower case,
 * non-alphanumerics to spaces, accents kept, insert/delete distance i.e. substitution cost 2,
 * {@code round(100·(|a|+|b|−d)/(|a|+|b|))}) and a planar distance in degrees (under 0.0004° → 100, else
 * {@code trunc(100 / (1000·d + 1))}; a missing coordinate counts as distance 0, so 100). Accepted when the score is
 * strictly above 83 across sources, 90 within one.
 */
final class NationalRule {
    static final int ACROSS = 83;
    static final int WITHIN = 90;

    private NationalRule() {}

    /** The score, or -1 when the pair is not compared at all. */
    static int score(MatchRecord a, MatchRecord b) {
        if (a.commune().isEmpty()
                || !a.commune().equals(b.commune())
                || a.key().equals(b.key())
                || !typologiesCompatible(a.typologies(), b.typologies())) {
            return -1;
        }
        int name = ratio(a.name(), b.name());
        int address = ratio(a.street(), b.street());
        int distance = distanceScore(a, b);
        return (int) ((address + name + distance) / 3.0);
    }

    /** The national decision (internal merging enabled, as in the national run's first pass). */
    static boolean accepts(MatchRecord a, MatchRecord b) {
        int score = score(a, b);
        return score >= 0 && score > (a.source().equals(b.source()) ? WITHIN : ACROSS);
    }

    static boolean typologiesCompatible(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String t : a) {
            if (b.contains(t)) {
                return true;
            }
        }
        return a.contains("RFS") && b.contains("PIMMS") || a.contains("PIMMS") && b.contains("RFS");
    }

    /** fuzzball / fuzzywuzzy {@code ratio} with the default processing. */
    static int ratio(String a, String b) {
        String x = process(a);
        String y = process(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int lengths = x.length() + y.length();
        int d = lengths - 2 * lcs(x, y);
        return (int) Math.round(100.0 * (lengths - d) / lengths);
    }

    /** Lower case, every character that is not a letter or digit (accents kept) a space, trimmed and collapsed. */
    static String process(String s) {
        StringBuilder out = new StringBuilder();
        s.toLowerCase(Locale.ROOT)
                .codePoints()
                .forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    /** Length of the longest common subsequence (the insert/delete distance is |a| + |b| − 2·lcs). */
    private static int lcs(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static int distanceScore(MatchRecord a, MatchRecord b) {
        double d = a.located() && b.located()
                ? Math.sqrt(Math.pow(a.latitude() - b.latitude(), 2) + Math.pow(a.longitude() - b.longitude(), 2))
                : 0;
        return d < 0.0004 ? 100 : (int) (100 / (1000 * d + 1));
    }
}
