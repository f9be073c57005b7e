package org.mednumlod.site.signalement;

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
class RegistreTest {
    @TempDir
    Path dir;

    @Test
    void reportsOfOneMillisecondAreListedInReverseOrderOfReception() throws Exception {
        Registre registre = new Registre(new SiteProperties("http://test.example", dir, null, null));
        try {
            Instant same = Instant.parse("2026-11-29T10:00:00.123Z");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                ids.add(registre.enregistrer(new Registre.Nouveau("http://test.example/id/lieu/a.1", "r1",
                        List.of(Champ.values()[i % Champ.values().length]), "n° " + i, null, "192.0.2." + i), same).id());
            }
            List<String> listed = registre.liste(Filtre.TOUT, 0, 0).stream().map(Signalement::id).toList();
            List<String> expected = new ArrayList<>(ids);
            java.util.Collections.reverse(expected);
            assertEquals(expected, listed);
            assertEquals(List.of(ids.get(29), ids.get(28)), registre.liste(Filtre.TOUT, 2, 0).stream().map(Signalement::id).toList());
            assertEquals(List.of(ids.get(0)), registre.liste(Filtre.TOUT, 10, 29).stream().map(Signalement::id).toList());
            assertEquals(30, registre.nombre(Filtre.TOUT));
        } finally {
            registre.destroy();
        }
    }

    @Test
    void timesAreWrittenWithAFixedWidthSoThatTheyAlsoSortAsText() {
        assertEquals("2026-11-29T10:00:01.000Z", Signalement.texte(Instant.parse("2026-11-29T10:00:01Z")));
        assertEquals("2026-11-29T10:00:01.005Z", Signalement.texte(Instant.parse("2026-11-29T10:00:01.005Z")));
        assertEquals(-1, Integer.signum(Signalement.texte(Instant.parse("2026-11-29T10:00:01Z"))
                .compareTo(Signalement.texte(Instant.parse("2026-11-29T10:00:01.005Z")))));
    }

    @Test
    void aPlacesReportsArePagedNewestFirst() throws Exception {
        Registre registre = new Registre(new SiteProperties("http://test.example", dir, null, null));
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 51; i++) {
                ids.add(registre.enregistrer(new Registre.Nouveau("http://test.example/id/lieu/b.1", "r1",
                        List.of(i % 2 == 0 ? Champ.LABELS : Champ.PUBLIC), "Lot n° " + i, null, "192.0.2." + (i % 200)),
                        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).id());
            }
            registre.enregistrer(new Registre.Nouveau("http://test.example/id/lieu/a.1", "r1", List.of(Champ.HORAIRES),
                    "autre", null, "192.0.2.1"), Instant.now());
            Filtre f = new Filtre(null, "http://test.example/id/lieu/b.1", null, null, null);
            List<String> page1 = registre.liste(f, 50, 0).stream().map(Signalement::id).toList();
            List<Integer> order = page1.stream().map(ids::indexOf).toList();
            assertEquals(ids.get(50), page1.get(0), order.toString());
            assertEquals(List.of(ids.get(0)), registre.liste(f, 50, 50).stream().map(Signalement::id).toList());
        } finally {
            registre.destroy();
        }
    }

    @Test
    void onlyReportsHandledBeforeTheLimitAreDeletedAndNumbersAreNotReused() throws Exception {
        Registre registre = new Registre(new SiteProperties("http://test.example", dir, null, null));
        try {
            String oldHandled = report(registre, "ancien traité", "2025-01-01T10:00:00Z");
            String recentHandled = report(registre, "récent traité", "2025-01-01T10:00:00Z");
            String oldNew = report(registre, "ancien jamais traité", "2024-01-01T10:00:00Z");
            registre.traiter(oldHandled, "admin", Instant.parse("2025-01-02T10:00:00Z"));
            registre.traiter(recentHandled, "admin", Instant.parse("2026-11-01T10:00:00Z"));
            assertEquals(0, registre.supprimerTraitesAvant(Instant.parse("2025-01-02T10:00:00Z")), "strictly before");
            assertEquals(1, registre.supprimerTraitesAvant(Instant.parse("2025-11-29T00:00:00Z")));
            assertEquals(List.of(oldNew, recentHandled), ids(registre));
            assertEquals(0, registre.supprimerTraitesAvant(Instant.parse("2025-11-29T00:00:00Z")), "nothing left to delete");
            String next = report(registre, "suivant", "2026-11-29T10:00:00Z");
            assertEquals(List.of(next, oldNew, recentHandled), ids(registre), "the next number follows the highest given");
            assertEquals(false, registre.traiter(oldHandled, "admin", Instant.now()), "the deleted report is gone whole");
        } finally {
            registre.destroy();
        }
    }

    private static String report(Registre registre, String text, String when) {
        return registre.enregistrer(new Registre.Nouveau("http://test.example/id/lieu/a.1", "r1", List.of(Champ.HORAIRES),
                text, "usager@exemple.fr", "192.0.2.1"), Instant.parse(when)).id();
    }

    private static List<String> ids(Registre registre) {
        return registre.liste(Filtre.TOUT, 0, 0).stream().map(Signalement::id).toList();
    }
}
