package org.mednumlod.endpoint.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.converters.Source;
import org.mednumlod.endpoint.release.Release;
import org.mednumlod.endpoint.release.Releases;

/**
 * Place URIs across publishes with deduplication: the same records twice give the same places; a source that joins
 * (describing a known place) changes no URI; two known places found to be one keep one URI and the other answers
 * 301 (its successor in the tombstone graph).
 */
class StablePlacesTest {
    private static final String BASE = "http://example.org";
    private static final String HEADER =
            "id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,telephone,date_maj\n";
    private static final String ALPHA = HEADER
            + "1,,Médiathèque Toussaint,Angers,49100,49007,49 rue Toussaint,47.4712,-0.5518,+33241000000,2024-01-10\n"
            + "2,,Espace numérique de la gare,Angers,49100,49007,2 place de la Gare,47.4647,-0.5566,+33241000001,2024-01-10\n"
            + "3,,Centre social Jean Vilar,Angers,49000,49007,1 square Jean Vilar,47.4839,-0.5803,+33241000002,2024-01-10\n";
    private static final String BETA = HEADER
            + "a,,Mediatheque Toussaint,Angers,49100,49007,49 rue Toussaint,47.4712,-0.5518,02 41 00 00 00,2025-02-01\n"
            + "b,,Maison de quartier des Justices,Angers,49000,49007,7 rue des Justices,47.4501,-0.5302,+33241000009,2025-02-01\n";
    private static final String BETA_NOW_MATCHING_THE_STATION = HEADER
            + "a,,Mediatheque Toussaint,Angers,49100,49007,49 rue Toussaint,47.4712,-0.5518,02 41 00 00 00,2025-02-01\n"
            + "b,,Espace numérique de la gare,Angers,49100,49007,2 place de la Gare,47.4647,-0.5566,+33241000001,2025-03-01\n";
    private static final String GAMMA = HEADER
            + "z,,Médiathèque Toussaint,Angers,49100,49007,49 rue Toussaint,47.4712,-0.5518,+33241000000,2023-06-01\n";

    @TempDir
    static Path dir;

    static List<Map<String, String>> places = new ArrayList<>();
    static Map<String, String> redirects;

    @BeforeAll
    static void publishFourTimes() throws Exception {
        Path alpha = write("alpha.csv", ALPHA);
        Path beta = write("beta.csv", BETA);
        Path gamma = write("gamma.csv", GAMMA);
        Path beta2 = write("beta2.csv", BETA_NOW_MATCHING_THE_STATION);
        try (Releases releases = Releases.open(dir.resolve("var"), BASE)) {
            for (List<Source> sources : List.of(
                    List.of(source("alpha", alpha), source("beta", beta)),
                    List.of(source("alpha", alpha), source("beta", beta)),
                    List.of(source("alpha", alpha), source("beta", beta), source("gamma", gamma)),
                    List.of(source("alpha", alpha), source("beta", beta2), source("gamma", gamma)))) {
                releases.publish(sources, o -> {}, l -> {});
                places.add(recordToPlace(releases.current().orElseThrow()));
            }
            redirects = successors(releases.current().orElseThrow());
        }
    }

    private static Source source(String name, Path csv) {
        return Source.nationalSchema(name, csv);
    }

    private static Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Record key → place key, read from the release's places graph. */
    private static Map<String, String> recordToPlace(Release r) {
        return Txn.calculateRead(r.dataset(), () -> {
            Map<String, String> out = new TreeMap<>();
            try (QueryExecution qe = r.query().query("""
                    SELECT ?r ?p { GRAPH <http://example.org/graph/lieux> {
                      ?r <https://w3id.org/mednum-lod/def#lieu> ?p } }""").build()) {
                qe.execSelect()
                        .forEachRemaining(s -> out.put(
                                s.getResource("r").getURI().replace(BASE + "/id/fiche/", ""),
                                s.getResource("p").getURI().replace(BASE + "/id/lieu/", "")));
            }
            return out;
        });
    }

    private static Map<String, String> successors(Release r) {
        return Txn.calculateRead(r.dataset(), () -> {
            Map<String, String> out = new TreeMap<>();
            try (QueryExecution qe = r.query().query("""
                    SELECT ?old ?new { GRAPH <http://example.org/graph/tombstones> {
                      ?old <http://purl.org/dc/terms/isReplacedBy> ?new } }""").build()) {
                qe.execSelect()
                        .forEachRemaining(s -> out.put(
                                s.getResource("old").getURI().replace(BASE + "/id/lieu/", ""),
                                s.getResource("new").getURI().replace(BASE + "/id/lieu/", "")));
            }
            return out;
        });
    }

    @Test
    void twoSourcesDescribingOnePlaceGiveOnePlace() {
        assertEquals(
                Map.of(
                        "alpha.1", "alpha.1", "alpha.2", "alpha.2", "alpha.3", "alpha.3", "beta.a", "alpha.1", "beta.b",
                        "beta.b"),
                places.get(0));
    }

    @Test
    void publishingTwiceChangesNoUri() {
        assertEquals(places.get(0), places.get(1));
    }

    @Test
    void aSourceThatJoinsChangesNoUri() {
        Map<String, String> third = new TreeMap<>(places.get(2));
        assertEquals("alpha.1", third.remove("gamma.z"), "the new record joins the known place");
        assertEquals(places.get(1), third);
    }

    @Test
    void twoKnownPlacesFoundToBeOneKeepOneUriAndTheOtherMoves() {
        Map<String, String> fourth = places.get(3);
        assertEquals("alpha.2", fourth.get("beta.b"), "beta.b now describes the station");
        assertEquals(Map.of("beta.b", "alpha.2"), redirects, "the place beta.b answers 301 to alpha.2");
        for (String record : List.of("alpha.1", "alpha.2", "alpha.3", "beta.a", "gamma.z")) {
            assertEquals(places.get(2).get(record), fourth.get(record), record);
        }
        assertTrue(Files.exists(dir.resolve("var")), "releases kept");
    }
}
