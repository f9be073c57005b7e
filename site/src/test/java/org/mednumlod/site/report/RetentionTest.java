package org.mednumlod.site.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.SiteProperties;

/** The retention rule: its period, the limit it computes, its French text, and the job it runs at start. */
class RetentionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            P12M   | Les signalements traités sont supprimés 12 mois après leur traitement ; ceux qui ne sont pas traités sont conservés.
            P1Y    | Les signalements traités sont supprimés 1 an après leur traitement ; ceux qui ne sont pas traités sont conservés.
            P2Y6M  | Les signalements traités sont supprimés 2 ans et 6 mois après leur traitement ; ceux qui ne sont pas traités sont conservés.
            P1D    | Les signalements traités sont supprimés 1 jour après leur traitement ; ceux qui ne sont pas traités sont conservés.
            P0D    | Les signalements sont conservés sans limite de durée (aucune suppression automatique).
            """)
    void theRuleIsStatedInFrench(String period, String text) throws Exception {
        ReportRegistry registry = new ReportRegistry(new SiteProperties("http://test.example", dir, null, null));
        Retention c = new Retention(registry, Period.parse(period), Duration.ofHours(24));
        try {
            assertEquals(text, c.text());
            assertEquals(!period.equals("P0D"), c.enabled());
        } finally {
            c.destroy();
            registry.destroy();
        }
    }

    @Test
    void anEmptyPeriodIsTheDefaultAndACheckIntervalMustBePositive() throws Exception {
        ReportRegistry registry = new ReportRegistry(new SiteProperties("http://test.example", dir, null, null));
        try {
            Retention c = new Retention(registry, null, Duration.ofHours(24));
            assertEquals(Period.ofMonths(12), c.period());
            c.destroy();
            for (Duration bad : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1)}) {
                IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalStateException.class, () -> new Retention(registry, Period.ofMonths(12), bad));
                assertTrue(e.getMessage().contains("conservation-controle"), e.getMessage());
            }
        } finally {
            registry.destroy();
        }
    }

    @Test
    void theJobRunsAtStartAndDeletesWhatWasHandledBeforeTheLimit() throws Exception {
        ReportRegistry registry = new ReportRegistry(new SiteProperties("http://test.example", dir, null, null));
        try {
            Report old = registry.save(
                    new ReportRegistry.NewReport(
                            "http://test.example/id/lieu/a.1",
                            "r1",
                            java.util.List.of(ReportField.HOURS),
                            "ancien",
                            null,
                            "192.0.2.1"),
                    Instant.parse("2024-01-01T00:00:00Z"));
            Report kept = registry.save(
                    new ReportRegistry.NewReport(
                            "http://test.example/id/lieu/a.1",
                            "r1",
                            java.util.List.of(ReportField.HOURS),
                            "non traité",
                            null,
                            "192.0.2.1"),
                    Instant.parse("2024-01-01T00:00:00Z"));
            registry.markHandled(old.id(), "admin", Instant.parse("2024-01-02T00:00:00Z"));
            Retention c = new Retention(registry, Period.ofMonths(12), Duration.ofHours(24));
            try {
                ZonedDateTime expected =
                        ZonedDateTime.now(ZoneId.of("Europe/Paris")).minusMonths(12);
                assertTrue(
                        Math.abs(Duration.between(expected.toInstant(), c.cutoff())
                                        .toSeconds())
                                < 60,
                        c.cutoff().toString());
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (registry.count(ReportFilter.ANY) > 1 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertEquals(
                        java.util.List.of(kept.id()),
                        registry.list(ReportFilter.ANY, 0, 0).stream()
                                .map(Report::id)
                                .toList());
            } finally {
                c.destroy();
            }
            Retention off = new Retention(registry, Period.ZERO, Duration.ofMillis(1));
            assertFalse(off.enabled());
            off.destroy();
        } finally {
            registry.destroy();
        }
    }
}
