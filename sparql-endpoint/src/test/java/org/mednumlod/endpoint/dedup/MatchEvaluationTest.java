package org.mednumlod.endpoint.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The acceptance of issue 8's matcher: on the labelled pairs drawn from the real data, our matcher reaches
 * precision ≥ 0.98 and recall ≥ 0.90, both above the national rule re-implemented on the same pairs. Writes the
 * figures, the pairs each matcher gets wrong and the effect of each threshold ({@code target/deduplication/}).
 */
class MatchEvaluationTest {
    private static final Path OUT = Path.of("target", "deduplication");
    /** Each threshold moved alone: key, values tried. */
    private static final Map<String, List<String>> SWEEP = new java.util.LinkedHashMap<>();

    static {
        SWEEP.put("seuil", List.of("0.6", "0.7", "0.75", "0.78", "0.8", "0.85", "0.9"));
        SWEEP.put("seuil.interne", List.of("0.78", "0.85", "0.9", "1.0"));
        SWEEP.put("bonus.contact", List.of("0", "0.15", "0.3", "0.45"));
        SWEEP.put("bonus.siret", List.of("0", "0.05", "0.1", "0.2"));
        SWEEP.put("bonus.site", List.of("0", "0.1", "0.2"));
        SWEEP.put("malus.numero", List.of("0", "0.15", "0.3"));
        SWEEP.put("malus.rue", List.of("0", "0.15", "0.3"));
        SWEEP.put("malus.contacts-differents", List.of("0", "0.15", "0.25", "0.35"));
        SWEEP.put("adresse.accord", List.of("0.6", "0.8", "0.95"));
        SWEEP.put("distance.veto", List.of("300", "1000", "5000"));
        SWEEP.put("poids.nom", List.of("0.3", "0.5", "0.7"));
    }

    @Test
    void ourMatcherBeatsTheNationalRuleOnTheLabelledPairs() throws IOException {
        List<LabelledPairs.Pair> pairs = LabelledPairs.read();
        long same = pairs.stream().filter(LabelledPairs.Pair::same).count();
        assertTrue(pairs.size() >= 300, "au moins 300 paires étiquetées : " + pairs.size());
        assertTrue(same >= 0.4 * pairs.size(), "au moins 40 % de paires « même lieu » : " + same);

        Matcher ours = new Matcher(MatchSettings.load());
        Predicate<LabelledPairs.Pair> oursDecides = p -> ours.pair(p.a(), p.b()).accepted();
        Predicate<LabelledPairs.Pair> nationalDecides = p -> NationalRule.accepts(p.a(), p.b());
        LabelledPairs.Figures o = LabelledPairs.Figures.of(pairs, oursDecides);
        LabelledPairs.Figures n = LabelledPairs.Figures.of(pairs, nationalDecides);

        Files.createDirectories(OUT);
        StringBuilder report = new StringBuilder("# Évaluation de l'appariement sur les paires étiquetées\n\n");
        report.append(String.format(
                Locale.ROOT,
                "%d paires : %d « même lieu », %d « lieux différents »%n%n",
                pairs.size(),
                same,
                pairs.size() - same));
        report.append("| matcher | précision | rappel | VP | FP | FN |\n|---|---|---|---|---|---|\n");
        report.append(row("mednum-lod", o)).append(row("règle nationale (mednum-cli)", n));
        report.append("\n## Par type de paire\n\n| type | paires | même | nous : erreurs | national : erreurs |\n"
                + "|---|---|---|---|---|\n");
        Map<String, int[]> kinds = new TreeMap<>();
        for (LabelledPairs.Pair p : pairs) {
            int[] k = kinds.computeIfAbsent(p.kind(), x -> new int[4]);
            k[0]++;
            k[1] += p.same() ? 1 : 0;
            k[2] += oursDecides.test(p) != p.same() ? 1 : 0;
            k[3] += nationalDecides.test(p) != p.same() ? 1 : 0;
        }
        kinds.forEach(
                (k, v) -> report.append(String.format("| %s | %d | %d | %d | %d |%n", k, v[0], v[1], v[2], v[3])));
        report.append(
                "\n## Effet de chaque réglage (les autres à leur valeur)\n\n| réglage | valeur | précision | rappel |\n"
                        + "|---|---|---|---|\n");
        SWEEP.forEach((key, values) -> values.forEach(v -> {
            Matcher m = new Matcher(MatchSettings.with(Map.of(key, v)));
            LabelledPairs.Figures f =
                    LabelledPairs.Figures.of(pairs, p -> m.pair(p.a(), p.b()).accepted());
            report.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f |%n", key, v, f.precision(), f.recall()));
        }));
        report.append("\n## Erreurs de notre matcher\n\n");
        for (LabelledPairs.Pair p : pairs) {
            MatchScorer.PairScore s = ours.pair(p.a(), p.b());
            if (s.accepted() != p.same()) {
                report.append(String.format(
                        Locale.ROOT,
                        "- ligne %d (%s, %s) score %.3f %s : « %s » / « %s » — %s%n",
                        p.line(),
                        p.kind(),
                        p.same() ? "faux négatif" : "faux positif",
                        s.score(),
                        s.signals(),
                        p.a().name(),
                        p.b().name(),
                        p.reason()));
            }
        }
        Files.writeString(OUT.resolve("evaluation.md"), report, StandardCharsets.UTF_8);

        assertTrue(o.precision() >= 0.98, "précision " + o);
        assertTrue(o.recall() >= 0.90, "rappel " + o);
        assertTrue(o.precision() > n.precision(), "précision au-dessus de la règle nationale : " + o + " / " + n);
        assertTrue(o.recall() > n.recall(), "rappel au-dessus de la règle nationale : " + o + " / " + n);
    }

    private static String row(String name, LabelledPairs.Figures f) {
        return String.format(
                Locale.ROOT,
                "| %s | %.3f | %.3f | %d | %d | %d |%n",
                name,
                f.precision(),
                f.recall(),
                f.truePositives(),
                f.falsePositives(),
                f.falseNegatives());
    }
}
