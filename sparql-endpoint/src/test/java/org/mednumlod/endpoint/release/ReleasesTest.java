package org.mednumlod.endpoint.release;

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
import org.mednumlod.converters.Outcome;
import org.mednumlod.converters.Source;
import org.mednumlod.endpoint.identity.Tombstones;

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
            first = releases.publish(progress::add);
            List<Outcome> outcomes = new ArrayList<>();
            second = releases.publish(List.of(Source.nationalSchema("test", csv)), outcomes::add, progress::add);
            Release r = releases.current().orElseThrow();
            assertEquals(second, r.id());
            assertNotEquals(first, second);
            assertEquals(2, outcomes.size(), "every record accounted for");
            assertEquals(1, outcomes.stream().filter(Outcome::quarantined).count());
            long places = Txn.calculateRead(r.dataset(), () -> {
                try (QueryExecution qe =
                        QueryExecution.dataset(r.dataset()).query("""
                        SELECT (COUNT(?p) AS ?n) { GRAPH <http://example.org/graph/source/test> {
                          ?p a <https://w3id.org/mednum-lod/def#FicheLieu> }
                          GRAPH <http://example.org/graph/lieux> {
                          ?l a <https://w3id.org/mednum-lod/def#LieuMediationNumerique> ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?p } }""").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(1, places);
            assertEquals(List.of(first, second), releases.completeReleases());
        }
        assertTrue(progress.stream()
                .anyMatch(l -> l.contains("Source « test » : 2 fiches lues, 1 publiées, 1 en quarantaine")));
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

    @Test
    void anotherInstanceFollowsThePointerWhenRefreshed() {
        Path var = dir.resolve("var");
        try (Releases publisher = Releases.open(var, "http://example.org");
                Releases server = Releases.open(var, "http://example.org")) {
            String first = publisher.publish(line -> {});
            assertEquals(first, server.current().orElseThrow().id());
            assertTrue(server.refresh().isEmpty(), "nothing new");
            String second = publisher.publish(line -> {});
            assertEquals(first, server.current().orElseThrow().id(), "served until refreshed");
            Release old = server.refresh().orElseThrow();
            assertEquals(first, old.id());
            assertEquals(second, server.current().orElseThrow().id());
            Releases.release(old.dataset());
            assertEquals(second, publisher.rollback().equals(first) ? second : "", "rollback names the first");
            assertEquals(second, server.refresh().orElseThrow().id(), "a rollback is followed too");
            assertEquals(first, server.current().orElseThrow().id());
        }
    }

    @Test
    void aPublishRemovesHalfBuiltReleasesAndKeepsTheThreeNewest() throws Exception {
        Path var = dir.resolve("var");
        for (String id : List.of("20200101T000000000Z", "20200102T000000000Z", "20200103T000000000Z")) {
            Files.createDirectories(var.resolve("releases").resolve(id).resolve("tdb2"));
            Files.writeString(var.resolve("releases").resolve(id).resolve("COMPLETE"), "test\n");
        }
        Files.createDirectories(var.resolve("releases/20200104T000000000Z/tdb2")); // a killed publish
        List<String> progress = new ArrayList<>();
        try (Releases releases = Releases.open(var, "http://example.org")) {
            String id = releases.publish(progress::add);
            assertEquals(List.of("20200102T000000000Z", "20200103T000000000Z", id), releases.completeReleases());
            assertTrue(Files.notExists(var.resolve("releases/20200104T000000000Z")), "half-built release removed");
            assertTrue(Files.notExists(var.resolve("releases/20200101T000000000Z")), "oldest release removed");
        }
        assertTrue(progress.contains("Version inachevée supprimée : 20200104T000000000Z"), progress.toString());
    }

    @Test
    void onePublishAtATime() throws Exception {
        Path var = dir.resolve("var");
        try (var lock = new ReleaseDirectory(var).lockForPublish();
                Releases releases = Releases.open(var, "http://example.org")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> releases.publish(line -> {}));
            assertTrue(e.getMessage().contains("une publication est déjà en cours"), e.getMessage());
        }
    }

    @Test
    void aSourceThatFailsMidLoadLeavesTheServedReleaseAndIsCleanedUpLater() throws Exception {
        Path var = dir.resolve("var");
        try (Releases releases = Releases.open(var, "http://example.org")) {
            String served = releases.publish(line -> {});
            List<Source> broken = List.of(Source.nationalSchema("absente", dir.resolve("absente.csv")));
            assertThrows(
                    RuntimeException.class,
                    () -> releases.publish(broken, o -> {}, line -> {}),
                    "the conversion thread's failure reaches the caller");
            assertEquals(served, releases.currentId().orElseThrow(), "still the served release");
            assertEquals(List.of(served), releases.completeReleases());
            List<String> progress = new ArrayList<>();
            releases.publish(progress::add);
            assertTrue(
                    progress.stream().anyMatch(l -> l.startsWith("Version inachevée supprimée")), progress.toString());
        }
    }

    @Test
    void aWithdrawnPlaceKeepsATombstoneUntilItComesBack() throws Exception {
        Path both = dir.resolve("deux.csv");
        Files.writeString(both, """
                id,pivot,nom,commune,code_postal,adresse,date_maj
                a,21490007800012,Médiathèque,Angers,49000,1 rue de la Paix,2025-12-01
                c,21490007800012,Espace numérique,Angers,49000,2 rue de la Paix,2025-12-01
                """);
        Path one = dir.resolve("un.csv");
        Files.writeString(one, """
                id,pivot,nom,commune,code_postal,adresse,date_maj
                a,21490007800012,Médiathèque,Angers,49000,1 rue de la Paix,2025-12-01
                """);
        List<String> c = List.of(
                "http://example.org/id/fiche/test.c Espace numérique",
                "http://example.org/id/lieu/test.c Espace numérique");
        try (Releases releases = Releases.open(dir.resolve("var"), "http://example.org")) {
            releases.publish(List.of(Source.nationalSchema("test", both)), o -> {}, l -> {});
            assertEquals(List.of(), tombstones(releases), "nothing withdrawn yet");
            releases.publish(List.of(Source.nationalSchema("test", one)), o -> {}, l -> {});
            assertEquals(c, tombstones(releases), "the place and its record");
            releases.publish(List.of(Source.nationalSchema("test", one)), o -> {}, l -> {});
            assertEquals(c, tombstones(releases), "carried to later releases");
            releases.publish(List.of(Source.nationalSchema("test", both)), o -> {}, l -> {});
            assertEquals(List.of(), tombstones(releases), "back: no tombstone");
        }
    }

    @Test
    void aRollbackKeepsEveryTombstoneAndTheURIsOfTheReleaseItLeaves() throws Exception {
        String header = "id,pivot,nom,commune,code_postal,adresse,date_maj\n";
        String a = "a,21490007800012,Médiathèque,Angers,49000,1 rue de la Paix,2025-12-01\n";
        String c = "c,,Espace numérique,Angers,49000,2 rue de la Paix,2025-12-01\n";
        String d = "d,,Fablab des Justices,Angers,49000,9 rue des Justices,2025-12-01\n";
        Path ac = dir.resolve("ac.csv");
        Files.writeString(ac, header + a + c);
        Path onlyA = dir.resolve("a.csv");
        Files.writeString(onlyA, header + a);
        Path ad = dir.resolve("ad.csv");
        Files.writeString(ad, header + a + d);
        String base = "http://example.org";
        List<String> gone =
                List.of(base + "/id/fiche/test.c Espace numérique", base + "/id/lieu/test.c Espace numérique");
        List<String> progress = new ArrayList<>();
        try (Releases releases = Releases.open(dir.resolve("var"), base)) {
            releases.publish(List.of(Source.nationalSchema("test", ac)), o -> {}, l -> {});
            releases.publish(List.of(Source.nationalSchema("test", onlyA)), o -> {}, l -> {});
            assertEquals(gone, tombstones(releases), "a withdrawn place and its record");
            assertEquals(
                    List.of(base + "/id/lieu/test.c"),
                    objects(
                            releases,
                            base + "/id/fiche/test.c",
                            "http://example.org/graph/tombstones",
                            "https://w3id.org/mednum-lod/def#lieu"),
                    "the record's tombstone names the place it described");
            String third = releases.publish(List.of(Source.nationalSchema("test", ad)), o -> {}, l -> {});
            assertTrue(releases.tombstone(base + "/id/lieu/test.d").isEmpty(), "d is published");
            String second = releases.rollback();
            assertNotEquals(third, second);
            assertTrue(releases.refresh().isPresent());
            assertEquals(gone, tombstones(releases), "the release served again keeps its own tombstones");
            for (String uri : List.of(base + "/id/lieu/test.d", base + "/id/fiche/test.d")) {
                var t = releases.tombstone(uri).orElseThrow(() -> new AssertionError("no tombstone for " + uri));
                assertTrue(
                        t.contains(
                                org.apache.jena.graph.NodeFactory.createURI(uri),
                                Tombstones.INVALIDATED,
                                org.apache.jena.graph.Node.ANY),
                        uri + " answers 410 after the rollback");
            }
            assertTrue(releases.tombstone(base + "/id/lieu/test.c").isPresent(), "and c still has its tombstone");
            assertTrue(releases.tombstone(base + "/id/lieu/test.a").isEmpty(), "a was never withdrawn");
            // The next publish starts from the release served again and still tombstones what the one left had.
            releases.publish(List.of(Source.nationalSchema("test", onlyA)), o -> {}, progress::add);
            assertEquals(
                    List.of(
                            base + "/id/fiche/test.c Espace numérique",
                            base + "/id/fiche/test.d Fablab des Justices",
                            base + "/id/lieu/test.c Espace numérique",
                            base + "/id/lieu/test.d Fablab des Justices"),
                    tombstones(releases));
            // A source that is no longer published: its URI and its records' get their tombstones too.
            releases.publish(List.of(Source.nationalSchema("autre", onlyA)), o -> {}, l -> {});
            assertTrue(
                    tombstones(releases).contains(base + "/id/source/test test"),
                    tombstones(releases).toString());
            assertTrue(tombstones(releases).contains(base + "/id/lieu/test.a Médiathèque"));
        }
        assertTrue(
                progress.stream()
                        .anyMatch(l -> l.startsWith("URI retirées (lieux, fiches, sources) : 0 depuis les "
                                + "versions précédentes, 4 plus anciennes")),
                progress.toString());
    }

    /**
     * Place keys of records that merge: a withdrawn place whose record comes back merged into another place answers
     * 301 to it, not 410; a key redirected (301) to a place that a later release withdraws answers 410 like that
     * place, never 404.
     */
    @Test
    void placeKeysOfMergedRecordsNeverFallTo404() throws Exception {
        String header = "id,pivot,nom,commune,code_postal,adresse,date_maj\n";
        Path x = dir.resolve("x.csv");
        Files.writeString(
                x, header + "x,21490007800012,Médiathèque Toussaint,Angers,49000,7 rue Toussaint,2025-12-01\n");
        Path apart = dir.resolve("x-ailleurs.csv");
        Files.writeString(apart, header + "x,,Fablab des Justices,Angers,49000,9 rue des Justices,2025-12-01\n");
        Path other = dir.resolve("autre.csv");
        Files.writeString(other, header + "z,,Espace numérique,Angers,49000,2 rue de la Paix,2025-12-01\n");
        String base = "http://example.org";
        try (Releases releases = Releases.open(dir.resolve("var"), base)) {
            // a.x alone, then b.x alone (a.x withdrawn), then both: the same place, keyed b.x (the served one).
            releases.publish(List.of(Source.nationalSchema("a", x)), o -> {}, l -> {});
            releases.publish(List.of(Source.nationalSchema("b", x)), o -> {}, l -> {});
            assertTrue(
                    answers(releases, base + "/id/lieu/a.x").startsWith("410"),
                    answers(releases, base + "/id/lieu/a.x"));
            releases.publish(List.of(Source.nationalSchema("a", x), Source.nationalSchema("b", x)), o -> {}, l -> {});
            assertEquals(
                    "301 " + base + "/id/lieu/b.x",
                    answers(releases, base + "/id/lieu/a.x"),
                    "its record came back, merged into b.x");
            // Two places, then merged (b.x → 301 a.x), then both gone: b.x answers 410 like a.x.
            releases.publish(List.of(Source.nationalSchema("c", other)), o -> {}, l -> {});
            releases.publish(
                    List.of(Source.nationalSchema("a", x), Source.nationalSchema("b", apart)), o -> {}, l -> {});
            releases.publish(List.of(Source.nationalSchema("a", x), Source.nationalSchema("b", x)), o -> {}, l -> {});
            String kept = answers(releases, base + "/id/lieu/a.x").equals("200") ? "a.x" : "b.x";
            String moved = kept.equals("a.x") ? "b.x" : "a.x";
            assertEquals("301 " + base + "/id/lieu/" + kept, answers(releases, base + "/id/lieu/" + moved));
            releases.publish(List.of(Source.nationalSchema("c", other)), o -> {}, l -> {});
            for (String key : List.of("a.x", "b.x")) {
                assertTrue(
                        answers(releases, base + "/id/lieu/" + key).startsWith("410"),
                        key + ": " + answers(releases, base + "/id/lieu/" + key));
            }
        }
    }

    /** What a place URI answers in the served release: 200, 301 and its successor, 410, or 404. */
    private static String answers(Releases releases, String uri) {
        Release r = releases.current().orElseThrow();
        boolean live = r.read(() -> {
            try (QueryExecution qe = r.query()
                    .query("ASK { GRAPH <http://example.org/graph/lieux> { <" + uri + "> ?p ?o } }")
                    .build()) {
                return qe.execAsk();
            }
        });
        if (live) {
            return "200";
        }
        var t = releases.tombstone(uri);
        if (t.isEmpty()) {
            return "404";
        }
        org.apache.jena.graph.Node s = org.apache.jena.graph.NodeFactory.createURI(uri);
        var next = t.get()
                .find(s, Tombstones.REPLACED_BY, org.apache.jena.graph.Node.ANY)
                .toList();
        if (!next.isEmpty()) {
            return "301 " + next.get(0).getObject().getURI();
        }
        return t.get().contains(s, Tombstones.INVALIDATED, org.apache.jena.graph.Node.ANY) ? "410" : "404";
    }

    private static List<String> objects(Releases releases, String s, String g, String p) {
        Release r = releases.current().orElseThrow();
        return r.read(() -> {
            try (QueryExecution qe = r.query()
                    .query("SELECT ?o { GRAPH <" + g + "> { <" + s + "> <" + p + "> ?o } }")
                    .build()) {
                List<String> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(row -> rows.add(row.get("o").toString()));
                return rows;
            }
        });
    }

    private static List<String> tombstones(Releases releases) {
        Release r = releases.current().orElseThrow();
        return r.read(() -> {
            try (QueryExecution qe = r.query().query("""
                    PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?s ?label { GRAPH <http://example.org/graph/tombstones> {
                      ?s prov:invalidatedAtTime ?t ; rdfs:label ?label ; prov:wasDerivedFrom ?g } } ORDER BY ?s""").build()) {
                List<String> rows = new ArrayList<>();
                qe.execSelect()
                        .forEachRemaining(row -> rows.add(row.getResource("s").getURI() + " "
                                + row.getLiteral("label").getString()));
                return rows;
            }
        });
    }
}
