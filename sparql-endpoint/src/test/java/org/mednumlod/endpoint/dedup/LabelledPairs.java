package org.mednumlod.endpoint.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The labelled pairs ({@code paires-etiquetees.tsv}, see {@code paires-etiquetees.md}): kind, label ({@code meme} /
 * {@code different}), reason, then both records' 15 feature columns.
 */
final class LabelledPairs {
    static final String FILE = "paires-etiquetees.tsv";

    record Pair(int line, String kind, boolean same, String reason, MatchRecord a, MatchRecord b) {}

    /** Precision and recall of a decision over the pairs (true positives, false positives, false negatives). */
    record Figures(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        static Figures of(List<Pair> pairs, Predicate<Pair> decision) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Pair p : pairs) {
                boolean d = decision.test(p);
                tp += d && p.same() ? 1 : 0;
                fp += d && !p.same() ? 1 : 0;
                fn += !d && p.same() ? 1 : 0;
            }
            return new Figures(tp, fp, fn);
        }
    }

    private LabelledPairs() {}

    static List<Pair> read() {
        try (InputStream in = LabelledPairs.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("fichier absent : " + FILE);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Pair> pairs = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                if (f.length != 33) {
                    throw new IllegalStateException(
                            FILE + " ligne " + (i + 1) + " : " + f.length + " colonnes au lieu de 33");
                }
                if (!f[1].equals("meme") && !f[1].equals("different")) {
                    throw new IllegalStateException(FILE + " ligne " + (i + 1) + " : étiquette inconnue " + f[1]);
                }
                pairs.add(new Pair(
                        i + 1, f[0], f[1].equals("meme"), f[2], MatchRecordTsv.read(f, 3), MatchRecordTsv.read(f, 18)));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
