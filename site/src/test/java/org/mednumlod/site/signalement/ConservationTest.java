package org.mednumlod.site.signalement;

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
class ConservationTest {
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
        Registre registre = new Registre(new SiteProperties("http://test.example", dir, null, null));
        Conservation c = new Conservation(registre, Period.parse(period), Duration.ofHours(24));
        try {
            assertEquals(text, c.texte());
            assertEquals(!period.equals("P0D"), c.actif());
        } finally {
            c.destroy();
            registre.destroy();
        }
    }

    @Test
    void anEmptyPeriodIsTheDefaultAndACheckIntervalMustBePositive() throws Exception {
        Registre registre = new Registre(new SiteProperties("http://test.example", dir, null, null));
        try {
            Conservation c = new Conservation(registre, null, Duration.ofHours(24));
            assertEquals(Period.ofMonths(12), c.periode());
            c.destroy();
            for (Duration bad : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1)}) {
                IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                        () -> new Conservation(registre, Period.ofMonths(12), bad));
                assertTrue(e.getMessage().contains("conservation-controle"), e.getMessage());
            }
        } finally {
            registre.destroy();
        }
    }

    @Test
    void theJobRunsAtStartAndDeletesWhatWasHandledBeforeTheLimit() throws Exception {
        Registre registre = new Registre(new SiteProperties("http://test.example", dir, null, null));
        try {
            Signalement old = registre.enregistrer(new Registre.Nouveau("http://test.example/id/lieu/a.1", "r1",
                    java.util.List.of(Champ.HORAIRES), "ancien", null, "192.0.2.1"), Instant.parse("2024-01-01T00:00:00Z"));
            Signalement kept = registre.enregistrer(new Registre.Nouveau("http://test.example/id/lieu/a.1", "r1",
                    java.util.List.of(Champ.HORAIRES), "non traité", null, "192.0.2.1"), Instant.parse("2024-01-01T00:00:00Z"));
            registre.traiter(old.id(), "admin", Instant.parse("2024-01-02T00:00:00Z"));
            Conservation c = new Conservation(registre, Period.ofMonths(12), Duration.ofHours(24));
            try {
                ZonedDateTime expected = ZonedDateTime.now(ZoneId.of("Europe/Paris")).minusMonths(12);
                assertTrue(Math.abs(Duration.between(expected.toInstant(), c.limite()).toSeconds()) < 60, c.limite().toString());
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (registre.nombre(Filtre.TOUT) > 1 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertEquals(java.util.List.of(kept.id()),
                        registre.liste(Filtre.TOUT, 0, 0).stream().map(Signalement::id).toList());
            } finally {
                c.destroy();
            }
            Conservation off = new Conservation(registre, Period.ZERO, Duration.ofMillis(1));
            assertFalse(off.actif());
            off.destroy();
        } finally {
            registre.destroy();
        }
    }
}
