package org.mednumlod.site.signalement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.site.SiteProperties;

/** The registry's order of reception: reports of one same instant are still listed newest first. */
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
}
