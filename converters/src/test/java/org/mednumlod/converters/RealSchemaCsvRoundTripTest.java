package org.mednumlod.converters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * place values. By default the files already in the national schema; {@code -Dexport.allReal=true} adds the
 * mapped sources.
 */
class RealSchemaCsvRoundTripTest {
    private static final Map<String, long[]> TOTALS = new TreeMap<>();

    @TempDir
    Path tmp;

    static List<Conversion.Source> sources() throws Exception {
        boolean all = Boolean.getBoolean("export.allReal");
        return RealSourcesTest.sources().stream().filter(s -> all || s.mapping() == null).toList();
    }

    @BeforeAll
    static void needsSharedData() {
        assumeTrue(RealSourcesTest.findShared() != null, "../shared/data/real absent: real-data test skipped");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void exportIsIdempotent(Conversion.Source source) throws Exception {
        Converted first = SchemaCsvRoundTrip.convert(source);
        String once = SchemaCsvRoundTrip.export(first);
        Converted second = SchemaCsvRoundTrip.reconvert(source.name(), once, tmp);
        String twice = SchemaCsvRoundTrip.export(second);
        List<CSVRecord> a = SchemaCsvExportTest.parse(once);
        List<CSVRecord> b = SchemaCsvExportTest.parse(twice);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            for (String column : SchemaCsvExportTest.officialHeader()) {
                if (!a.get(i).get(column).equals(b.get(i).get(column))) {
                    diffs.add(a.get(i).get("id") + " " + column + ": « " + a.get(i).get(column) + " » → « "
                            + b.get(i).get(column) + " »");
                }
            }
        }
        long rowsDiffering = diffs.stream().map(d -> d.substring(0, d.indexOf(' '))).distinct().count();
        synchronized (TOTALS) {
            TOTALS.put(source.name(), new long[] {first.summary().read(), a.size(), b.size(), rowsDiffering});
        }
        System.out.printf("%-38s lus %5d  exportés %5d  relus et convertis %5d  lignes différentes %d%n", source.name(),
                first.summary().read(), a.size(), second.summary().converted(), rowsDiffering);
        diffs.stream().limit(20).forEach(d -> System.out.println("    " + d));
        assertEquals(a.size(), second.summary().converted(), "every exported row converts again");
        assertTrue(diffs.isEmpty(), diffs.size() + " cells change on the second round, e.g. " + diffs.stream().limit(5).toList());
        assertEquals(SchemaCsvRoundTrip.fieldValues(first), SchemaCsvRoundTrip.fieldValues(second),
                "the re-read export gives the same place values");
        assertEquals(once, twice, "export(convert(export(convert(x)))) == export(convert(x))");
    }

    @AfterAll
    static void overall() {
        if (!TOTALS.isEmpty()) {
            System.out.printf("TOTAL %d sources: lus %d, exportés %d, relus %d, lignes différentes %d%n", TOTALS.size(),
                    TOTALS.values().stream().mapToLong(t -> t[0]).sum(), TOTALS.values().stream().mapToLong(t -> t[1]).sum(),
                    TOTALS.values().stream().mapToLong(t -> t[2]).sum(), TOTALS.values().stream().mapToLong(t -> t[3]).sum());
        }
    }
}
