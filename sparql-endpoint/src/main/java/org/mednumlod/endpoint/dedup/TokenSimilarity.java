package org.mednumlod.endpoint.dedup;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The similarity of two lists of tokens (names, street lines), tolerant of typing slips and abbreviations. */
final class TokenSimilarity {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private TokenSimilarity() {}

    /**
     * Soft Dice over tokens: a token of one side counts as found in the other when their Jaro-Winkler similarity
     * is at least 0.9 (typing slips: Maulaucene / Malaucène); the result is the larger of that Dice and the
     * containment of the shorter name in the longer ({@code Reconnect} in {@code Reconnect Paris Groupe SOS}).
     */
    static double of(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int foundA = found(a, b);
        int foundB = found(b, a);
        double dice = (double) (foundA + foundB) / (a.size() + b.size());
        List<String> shorter = a.size() <= b.size() ? a : b;
        double containment = (double) (shorter == a ? foundA : foundB) / shorter.size();
        return Math.max(dice, containment);
    }

    private static int found(List<String> from, List<String> in) {
        int n = 0;
        for (String t : from) {
            for (String u : in) {
                if (t.equals(u) || close(t, u)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * Tokens of 4 characters or more where one abbreviates the other ({@code feder} / {@code federation}) or whose
     * Jaro-Winkler similarity is at least 0.9 (computed only for the same first letter and close lengths: the
     * scorer runs on hundreds of thousands of pairs).
     */
    private static boolean close(String t, String u) {
        if (t.length() < 4 || u.length() < 4 || t.charAt(0) != u.charAt(0)) {
            return false;
        }
        if (t.startsWith(u) || u.startsWith(t)) {
            return true;
        }
        return Math.abs(t.length() - u.length()) <= Math.max(t.length(), u.length()) / 4 && JW.apply(t, u) >= 0.9;
    }
}
