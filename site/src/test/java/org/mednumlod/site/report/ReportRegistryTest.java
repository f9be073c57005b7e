package org.mednumlod.site.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.site.SiteProperties;

/**
 * The registry: the order of reception (reports of one same instant are still listed newest first) and the
 * retention (handled reports deleted after the period, the others never).
 */
class ReportRegistryTest {
    @TempDir
    Path dir;

    @Test
    void reportsOfOneMillisecondAreListedInReverseOrderOfReception() throws Exception {
        ReportRegistry registry = new ReportRegistry(new SiteProperties("http://test.example", dir, null, null));
        try {
            Instant same = Instant.parse("2026-11-29T10:00:00.123Z");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ids.add(registry.save(
                                new ReportRegistry.NewReport(
                                        "http://test.example/id/lieu/a.1",
                                        "r1",
                                        List.of(ReportField.values()[i % ReportField.values().length]),
                                        "n° " + i,
                                        null,
                                        "192.0.2." + i),
                                same)
                        .id());
            }
            List<String> listed = registry.list(ReportFilter.ANY, 0, 0).stream()
                    .map(Report::id)
                    .toList();
            List<String> expected = new ArrayList<>(ids);
            java.util.Collections.reverse(expected);
            assertEquals(expected, listed);
            assertEquals(
                    List.of(ids.get(29), ids.get(28)),
                    registry.list(ReportFilter.ANY, 2, 0).stream()
                            .map(Report::id)
                            .toList());
            assertEquals(
                    List.of(ids.get(0)),
                    registry.list(ReportFilter.ANY, 10, 29).stream()
                            .map(Report::id)
                            .toList());
            assertEquals(30, registry.count(ReportFilter.ANY));
        } finally {
            registry.destroy();
        }
    }

    @Test
    void timesAreWrittenWithAFixedWidthSoThatTheyAlsoSortAsText() {
        assertEquals("2026-11-29T10:00:01.000Z", Report.timestamp(Instant.parse("2026-11-29T10:00:01Z")));
        assertEquals("2026-11-29T10:00:01.005Z", Report.timestamp(Instant.parse("2026-11-29T10:00:01.005Z")));
        assertEquals(
                -1,
                Integer.signum(Report.timestamp(Instant.parse("2026-11-29T10:00:01Z"))
                        .compareTo(Report.timestamp(Instant.parse("2026-11-29T10:00:01.005Z")))));
    }

    @Test
    void aPlacesReportsArePagedNewestFirst() throws Exception {
        ReportRegistry registry = new ReportRegistry(new SiteProperties("http://test.example", dir, null, null));
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 51; i++) {
                ids.add(registry.save(
                                new ReportRegistry.NewReport(
                                        "http://test.example/id/lieu/b.1",
                                        "r1",
                                        List.of(i % 2 == 0 ? ReportField.LABELS : ReportField.AUDIENCE),
                                        "Lot n° " + i,
                                        null,
                                        "192.0.2." + (i % 200)),
                                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                        .id());
            }
            registry.save(
                    new ReportRegistry.NewReport(
                            "http://test.example/id/lieu/a.1",
                            "r1",
                            List.of(ReportField.HOURS),
                            "autre",
                            null,
                            "192.0.2.1"),
                    Instant.now());
            ReportFilter f = new ReportFilter(null, "http://test.example/id/lieu/b.1", null, null, null);
            List<String> page1 =
                    registry.list(f, 50, 0).stream().map(Report::id).toList();
            List<Integer> order = page1.stream().map(ids::indexOf).toList();
            assertEquals(ids.get(50), page1.get(0), order.toString());
            assertEquals(
                    List.of(ids.get(0)),
                    registry.list(f, 50, 50).stream().map(Report::id).toList());
        } finally {
            registry.destroy();
        }
    }

    @Test
    void onlyReportsHandledBeforeTheLimitAreDeletedAndNumbersAreNotReused() throws Exception {
        ReportRegistry registry = new ReportRegistry(new SiteProperties("http://test.example", dir, null, null));
        try {
            String oldHandled = report(registry, "ancien traité", "2025-01-01T10:00:00Z");
            String recentHandled = report(registry, "récent traité", "2025-01-01T10:00:00Z");
            String oldNew = report(registry, "ancien jamais traité", "2024-01-01T10:00:00Z");
            registry.markHandled(oldHandled, "admin", Instant.parse("2025-01-02T10:00:00Z"));
            registry.markHandled(recentHandled, "admin", Instant.parse("2026-11-01T10:00:00Z"));
            assertEquals(0, registry.deleteHandledBefore(Instant.parse("2025-01-02T10:00:00Z")), "strictly before");
            assertEquals(1, registry.deleteHandledBefore(Instant.parse("2025-11-29T00:00:00Z")));
            assertEquals(List.of(oldNew, recentHandled), ids(registry));
            assertEquals(
                    0, registry.deleteHandledBefore(Instant.parse("2025-11-29T00:00:00Z")), "nothing left to delete");
            String next = report(registry, "suivant", "2026-11-29T10:00:00Z");
            assertEquals(
                    List.of(next, oldNew, recentHandled), ids(registry), "the next number follows the highest given");
            assertEquals(
                    false,
                    registry.markHandled(oldHandled, "admin", Instant.now()),
                    "the deleted report is gone whole");
        } finally {
            registry.destroy();
        }
    }

    private static String report(ReportRegistry registry, String text, String when) {
        return registry.save(
                        new ReportRegistry.NewReport(
                                "http://test.example/id/lieu/a.1",
                                "r1",
                                List.of(ReportField.HOURS),
                                text,
                                "usager@exemple.fr",
                                "192.0.2.1"),
                        Instant.parse(when))
                .id();
    }

    private static List<String> ids(ReportRegistry registry) {
        return registry.list(ReportFilter.ANY, 0, 0).stream().map(Report::id).toList();
    }
}
