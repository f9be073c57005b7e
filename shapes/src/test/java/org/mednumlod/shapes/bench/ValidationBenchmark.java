package org.mednumlod.shapes.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.mednumlod.shapes.Severity;
import org.mednumlod.shapes.Validation;

/**
 * Validates synthetic places place by place with the public API ({@link Validation#validateAll}), with 1 and 2
 * validation threads, and prints places/s, total time and heap (median of the runs). The places are generated on
 * the fly in the reading thread, as a converter would produce them. See bench/validation/README.md.
 *
 * <pre>
 * java -Xmx1g -cp … org.mednumlod.shapes.bench.ValidationBenchmark [places=25000] [runs=3] [threads=1,2]
 * </pre>
 */
public final class ValidationBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private record Run(
            double seconds,
            long peakHeapMb,
            long retainedHeapMb,
            long results,
            long violations,
            long conforming,
            long publishable) {}

    private ValidationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int places = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int[] threads = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2};
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "JVM %s, %d processors, max heap %d MB%n",
                System.getProperty("java.version"),
                rt.availableProcessors(),
                rt.maxMemory() >> 20);

        long t0 = System.nanoTime();
        Validation validation = Validation.create(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC));
        System.out.printf(Locale.ROOT, "Validation.create (shapes, code lists, territories): %.2f s%n", secs(t0));
        SyntheticPlaces generator = new SyntheticPlaces(42, TODAY);

        long triples = IntStream.range(0, 1000)
                .mapToLong(i -> generator.place(i).graph().size())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "%d places of about %.1f triples (%.2f M triples)%n",
                places,
                triples / 1000.0,
                places * triples / 1000.0 / 1e6);

        run(validation, generator, Math.min(places, 5000), 2); // warm-up (JIT)
        for (int t : threads) {
            List<Run> generateOnly = new ArrayList<>();
            List<Run> validate = new ArrayList<>();
            for (int k = 0; k < runs; k++) {
                generateOnly.add(generate(generator, places));
                validate.add(run(validation, generator, places, t));
            }
            Run g = median(generateOnly);
            Run v = median(validate);
            System.out.printf(
                    Locale.ROOT,
                    "threads=%d  generate+validate: %.2f s, %.0f places/s, heap: peak %d MB,"
                            + " retained after GC %d MB (generating alone, in the reading thread: %.2f s)%n",
                    t,
                    v.seconds,
                    places / v.seconds,
                    v.peakHeapMb,
                    v.retainedHeapMb,
                    g.seconds);
            System.out.printf(
                    Locale.ROOT,
                    "           results %d (violations %d), conforming places %d, publishable %d%n",
                    v.results,
                    v.violations,
                    v.conforming,
                    v.publishable);
            System.out.println("           runs (s): "
                    + validate.stream()
                            .map(r -> String.format(Locale.ROOT, "%.2f", r.seconds))
                            .toList());
        }
    }

    private static Run run(Validation validation, SyntheticPlaces generator, int places, int threads) {
        LongAdder results = new LongAdder();
        LongAdder violations = new LongAdder();
        LongAdder conforming = new LongAdder();
        LongAdder publishable = new LongAdder();
        resetPeaks();
        long start = System.nanoTime();
        validation.validateAll(IntStream.range(0, places).mapToObj(generator::place), threads, (in, report) -> {
            results.add(report.results().size());
            violations.add(report.count(Severity.VIOLATION));
            conforming.add(report.conforms() ? 1 : 0);
            publishable.add(report.publishable() ? 1 : 0);
        });
        double seconds = secs(start);
        long peak = peakHeapMb();
        System.gc();
        long retained =
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        return new Run(seconds, peak, retained, results.sum(), violations.sum(), conforming.sum(), publishable.sum());
    }

    private static Run generate(SyntheticPlaces generator, int places) {
        LongAdder triples = new LongAdder();
        resetPeaks();
        long start = System.nanoTime();
        IntStream.range(0, places)
                .mapToObj(generator::place)
                .forEach(in -> triples.add(in.graph().size()));
        return new Run(secs(start), peakHeapMb(), 0, triples.sum(), 0, 0, 0);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                >> 20;
    }

    private static Run median(List<Run> runs) {
        List<Run> sorted = runs.stream()
                .sorted((a, b) -> Double.compare(a.seconds, b.seconds))
                .toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
