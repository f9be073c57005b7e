package org.mednumlod.endpoint.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.converters.Source;

/** A publish goes through its named steps in order, each timed, and says so in one French line. */
class PublicationStepsTest {
    @TempDir
    Path dir;

    /** The steps of a publish in the embedded store (no upload step), in order. */
    private static final List<String> STEPS = List.of(
            "données de référence",
            "sources",
            "dédoublonnage",
            "chargement",
            "pierres tombales",
            "faits des sources",
            "statistiques",
            "fichiers téléchargeables",
            "catalogue",
            "registre des URI");

    @Test
    void theStepsAreNamedTimedAndInOrder() throws Exception {
        Path csv = dir.resolve("lieux.csv");
        Files.writeString(csv, """
                id,pivot,nom,commune,code_postal,adresse,date_maj
                a,21490007800012,Médiathèque,Angers,49000,1 rue de la Paix,2025-12-01
                """);
        List<String> progress = new ArrayList<>();
        try (Releases releases = Releases.open(dir.resolve("var"), "http://example.org")) {
            Published published = releases.publishReporting(
                    List.of(Source.nationalSchema("test", csv)), outcome -> {}, summary -> {}, progress::add);
            assertEquals(releases.currentId().orElseThrow(), published.id());
            assertEquals(
                    STEPS, published.steps().stream().map(Published.Step::name).toList());
            published.steps().forEach(s -> assertFalse(s.duration().isNegative(), s.name()));
            String line = published.stepsLine();
            assertTrue(line.startsWith("Étapes : données de référence "), line);
            assertTrue(
                    line.matches("Étapes : (\\p{L}[\\p{L} ]*\\p{L} [0-9]+,[0-9] s, )+registre des URI [0-9]+,[0-9] s"),
                    line);
        }
        assertTrue(progress.get(progress.size() - 1).startsWith("Version "), progress.toString());
        assertEquals(
                "Étapes : sources 1,2 s, catalogue 0,0 s",
                new Published(
                                "x",
                                List.of(
                                        new Published.Step("sources", Duration.ofMillis(1234)),
                                        new Published.Step("catalogue", Duration.ofMillis(20))))
                        .stepsLine());
    }
}
