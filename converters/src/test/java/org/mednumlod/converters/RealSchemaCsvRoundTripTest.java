package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mednumlod.converters.SchemaCsvRoundTrip.Converted;

/**
 * Idempotence of the CSV export on the real sources of {@code ../shared/data/real} (when that folder exists):
 * export(convert(export(convert(x)))) == export(convert(x)) byte for byte, and the re-read export gives the same
 * place values (for a source whose export repeats an id, which the second round quarantines: every other row equal). By default the files already in the national schema; {@code -Dexport.allReal=true} adds the
 * mapped sources.
 */
class RealSchemaCsvRoundTripTest {
    private static final Map<String, long[]> TOTALS = new TreeMap<>();

    @TempDir
    Path tmp;

    static List<Source> sources() throws Exception {
        boolean all = Boolean.getBoolean("export.allReal");
        return RealSourcesTest.sources().stream()
                .filter(s -> all || s.mapping() == null)
                .toList();
    }

    @BeforeAll
    static void needsSharedData() {
        assumeTrue(RealSourcesTest.findShared() != null, "../shared/data/real absent: real-data test skipped");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void exportIsIdempotent(Source source) throws Exception {
        Converted first = SchemaCsvRoundTrip.convert(source);
        String once = SchemaCsvRoundTrip.export(first);
        Converted second = SchemaCsvRoundTrip.reconvert(source.name(), once, tmp);
        String twice = SchemaCsvRoundTrip.export(second);
        List<CSVRecord> a = SchemaCsvExportTest.parse(once);
        List<CSVRecord> b = SchemaCsvExportTest.parse(twice);
        // The schema wants unique ids; a source identified by several columns (data·inclusion) repeats some, and the
        // second round quarantines the repeats: rows are compared by id, the repeated ids counted apart.
        Map<String, Long> idCounts = a.stream().collect(Collectors.groupingBy(r -> r.get("id"), Collectors.counting()));
        long repeated = idCounts.values().stream().mapToLong(n -> n - 1).sum();
        Map<String, CSVRecord> byId = new HashMap<>();
        b.forEach(r -> byId.putIfAbsent(r.get("id"), r));
        List<String> diffs = new ArrayList<>();
        long rowsDiffering = 0;
        for (CSVRecord r : a) {
            CSVRecord again = byId.get(r.get("id"));
            if (idCounts.get(r.get("id")) > 1 || again == null) {
                continue;
            }
            boolean differs = false;
            for (String column : SchemaCsvExportTest.officialHeader()) {
                if (!r.get(column).equals(again.get(column))) {
                    differs = true;
                    diffs.add(
                            r.get("id") + " " + column + ": « " + r.get(column) + " » → « " + again.get(column) + " »");
                }
            }
            rowsDiffering += differs ? 1 : 0;
        }
        synchronized (TOTALS) {
            TOTALS.put(source.name(), new long[] {
                first.summary().read(), a.size(), second.summary().converted(), rowsDiffering, repeated
            });
        }
        System.out.printf(
                "%-38s lus %5d  exportés %5d  relus et convertis %5d  id répétés %4d  lignes différentes %d%n",
                source.name(),
                first.summary().read(),
                a.size(),
                second.summary().converted(),
                repeated,
                rowsDiffering);
        diffs.stream().limit(20).forEach(d -> System.out.println("    " + d));
        assertTrue(
                diffs.isEmpty(),
                diffs.size() + " cells change on the second round, e.g. "
                        + diffs.stream().limit(5).toList());
        assertEquals(
                a.size() - repeated, second.summary().converted(), "every exported row with its own id converts again");
        if (repeated == 0) {
            assertEquals(
                    SchemaCsvRoundTrip.fieldValues(first),
                    SchemaCsvRoundTrip.fieldValues(second),
                    "the re-read export gives the same place values");
            assertEquals(once, twice, "export(convert(export(convert(x)))) == export(convert(x))");
        }
    }

    private static long sum(int i) {
        return TOTALS.values().stream().mapToLong(t -> t[i]).sum();
    }

    @AfterAll
    static void overall() {
        if (!TOTALS.isEmpty()) {
            System.out.printf(
                    "TOTAL %d sources: lus %d, exportés %d, relus et convertis %d, lignes différentes %d, id répétés %d%n",
                    TOTALS.size(), sum(0), sum(1), sum(2), sum(3), sum(4));
        }
    }
}
