package org.mednumlod.endpoint.dedup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.endpoint.release.Releases;

/**
 * The deduplication benchmark ({@code bench/dedup/run.sh}): {@code DedupBench DATA_DIR [RUNS]} reads the match
 * features of the served release of {@code DATA_DIR}, then runs blocking + scoring + clustering over all records
 * RUNS times (default 3) and prints each time, the median and the clusters; then the same on the angers and conumm
 * records alone (the same 63 records under two names: 63 clusters of one record of each are expected).
 */
public final class DedupBench {
    private DedupBench() {}

    public static void main(String[] args) {
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (Releases releases = Releases.open(Path.of(args[0]), "http://localhost:8080")) {
            Release release = releases.current().orElseThrow();
            long t0 = System.nanoTime();
            List<MatchRecord> records = MatchFeatures.read(
                    release.dataset(), new org.mednumlod.ontology.Identifiers("http://localhost:8080"));
            System.out.printf(
                    Locale.ROOT,
                    "release %s: %d records, features read in %.2f s%n",
                    release.id(),
                    records.size(),
                    (System.nanoTime() - t0) / 1e9);
            Matcher matcher = new Matcher(MatchSettings.load());
            double[] times = new double[runs];
            Matcher.Clusters result = null;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                result = matcher.clusters(records);
                times[i] = (System.nanoTime() - t) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %.2f s%n", i + 1, times[i]);
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "median of %d: %.2f s%n", runs, times[runs / 2]);
            print("all records", records.size(), result);
            int[] sizes = new int[6];
            result.clusters().forEach(c -> sizes[Math.min(5, c.keys().size())]++);
            System.out.printf(
                    Locale.ROOT,
                    "cluster sizes: 2: %d, 3: %d, 4: %d, 5 or more: %d%n",
                    sizes[2],
                    sizes[3],
                    sizes[4],
                    sizes[5]);

            List<MatchRecord> angers = new ArrayList<>();
            records.stream()
                    .filter(r -> r.source().equals("angers") || r.source().equals("conumm"))
                    .forEach(angers::add);
            Matcher.Clusters ac = matcher.clusters(angers);
            print("angers + conumm", angers.size(), ac);
            long pairs = ac.clusters().stream()
                    .filter(c -> c.keys().size() == 2
                            && c.keys().get(0).startsWith("angers.")
                            && c.keys().get(1).startsWith("conumm.")
                            && c.keys()
                                    .get(0)
                                    .substring(7)
                                    .equals(c.keys().get(1).substring(7)))
                    .count();
            ac.clusters().stream()
                    .filter(c -> c.keys().size() != 2)
                    .forEach(c -> System.out.println("  cluster of " + c.keys().size() + ": " + c.links()));
            System.out.printf(
                    Locale.ROOT,
                    "angers + conumm: %d clusters, %d of them the same id in both sources "
                            + "(expected 63 and 63): %s%n",
                    ac.clusters().size(),
                    pairs,
                    ac.clusters().size() == 63 && pairs == 63 ? "OK" : "NOT OK");
        }
    }

    private static void print(String what, int records, Matcher.Clusters c) {
        System.out.printf(
                Locale.ROOT,
                "%s: %d records, %d candidate pairs compared, %d pairs accepted, %d links "
                        + "refused by the anti-chaining guard, %d clusters, %d records merged into them (%d places "
                        + "after merging)%n",
                what,
                records,
                c.compared(),
                c.accepted(),
                c.refusedByGuard().size(),
                c.clusters().size(),
                c.recordsMerged(),
                records - c.recordsMerged() + c.clusters().size());
    }
}
