package org.mednumlod.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.converters.Conversion;

/** Releases built beside each other, the pointer switched, the previous one kept and restorable. */
class ReleasesTest {
    @TempDir
    Path dir;

    @Test
    void publishSwitchesRollbackRestores() throws Exception {
        Path csv = dir.resolve("lieux.csv");
        Files.writeString(csv, """
                id,pivot,nom,commune,code_postal,adresse,date_maj
                a,21490007800012,Médiathèque,Angers,49000,1 rue de la Paix,2025-12-01
                b,,Sans commune,Atlantide,99999,1 rue A,2025-12-01
                """);
        List<String> progress = new ArrayList<>();
        String first;
        String second;
        try (Releases releases = Releases.open(dir.resolve("var"), "http://example.org")) {
            assertTrue(releases.current().isEmpty());
            first = releases.publish(progress::add).id();
            List<Conversion.Outcome> outcomes = new ArrayList<>();
            Releases.Release r = releases.publish(List.of(Conversion.Source.nationalSchema("test", csv)), outcomes::add,
                    progress::add);
            second = r.id();
            assertNotEquals(first, second);
            assertEquals(2, outcomes.size(), "every record accounted for");
            assertEquals(1, outcomes.stream().filter(Conversion.Outcome::quarantined).count());
            long places = Txn.calculateRead(r.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(r.dataset()).query("""
                        SELECT (COUNT(?p) AS ?n) { GRAPH <http://example.org/graph/source/test> {
                          ?p a <https://w3id.org/mednum-lod/def#LieuMediationNumerique> } }""").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(1, places);
            assertEquals(List.of(first, second), releases.completeReleases());
        }
        assertTrue(progress.stream().anyMatch(l -> l.contains("Source « test » : 2 fiches lues, 1 publiées, 1 en quarantaine")));
        try (Releases releases = Releases.open(dir.resolve("var"), "http://example.org")) {
            assertEquals(second, releases.currentId().orElseThrow());
            assertEquals(first, releases.rollback());
        }
        try (Releases releases = Releases.open(dir.resolve("var"), "http://example.org")) {
            assertEquals(first, releases.current().orElseThrow().id());
            assertThrows(IllegalStateException.class, releases::rollback, "nothing before the first release");
        }
    }

    @Test
    void anIncompleteReleaseIsNeverServed() throws Exception {
        Files.createDirectories(dir.resolve("var/releases/20260101T000000000Z/tdb2"));
        Files.writeString(dir.resolve("var/current"), "20260101T000000000Z\n");
        try (Releases releases = Releases.open(dir.resolve("var"), "http://example.org")) {
            assertThrows(IllegalStateException.class, releases::current);
            assertTrue(releases.completeReleases().isEmpty());
        }
    }
}
