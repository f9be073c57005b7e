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
import org.mednumlod.ontology.Identifiers;

/**
 * A source without ids through three publishes: first as an earlier release published it, keyed by row
 * ({@code gironde.1}, {@code gironde.2}: here a file with those ids); then the same places from a file without id
 * column, in another order, one phone changed (the transition: content keys, the row keys answer 301 — records and
 * places — and no place is withdrawn); then shuffled again with one name misspelt and a new place (keys kept, read
 * back from the release's {@code fiches-sans-identifiant.nq.gz}; the new place gets a key of its own).
 */
class IdlessPublishTest {
    private static final String BASE = "http://example.org";
    private static final Identifiers IDS = new Identifiers(BASE);
    private static final String BY_ROW = "id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,telephone\n"
            + "1,Abracodabra,Bordeaux,33000,33063,8 rue de la Boétie,44.8396,-0.5802,+33556000001\n"
            + "2,ADAV33,Bordeaux,33000,33063,91 rue de la République,44.8310,-0.5740,+33556000002\n"
            + "3,EPN de Cenon,Cenon,33150,33119,1 avenue Carnot,44.8570,-0.5310,+33556000003\n";
    private static final String HEADER = "Lieu,Ville,CP,INSEE,Adresse,Lat,Lon,Tel\n";
    private static final String SHUFFLED = HEADER
            + "EPN de Cenon,Cenon,33150,33119,1 avenue Carnot,44.8570,-0.5310,+33556000099\n"
            + "ADAV33,Bordeaux,33000,33063,91 rue de la République,44.8310,-0.5740,+33556000002\n"
            + "Abracodabra,Bordeaux,33000,33063,8 rue de la Boétie,44.8396,-0.5802,+33556000001\n";
    private static final String MISSPELT_AND_NEW = HEADER
            + "ADAV33,Bordeaux,33000,33063,91 rue de la République,44.8310,-0.5740,+33556000002\n"
            + "Tiers-lieu La Fabrique,Cenon,33150,33119,4 place Jean Jaurès,44.8580,-0.5320,+33556000004\n"
            + "Abracoddabra,Bordeaux,33000,33063,8 rue de la Boétie,44.8396,-0.5802,+33556000001\n"
            + "EPN de Cenon,Cenon,33150,33119,1 avenue Carnot,44.8570,-0.5310,+33556000099\n";
    private static final String MAPPING = """
            {"nom": {"colonne": "Lieu"}, "commune": {"colonne": "Ville"}, "code_postal": {"colonne": "CP"},
             "code_insee": {"colonne": "INSEE"}, "adresse": {"colonne": "Adresse"}, "latitude": {"colonne": "Lat"},
             "longitude": {"colonne": "Lon"}, "telephone": {"colonne": "Tel"}}""";

    @TempDir
    static Path dir;

    static final List<Map<String, String>> places = new ArrayList<>();
    static final List<Map<String, String>> replaced = new ArrayList<>();
    static final List<Long> withdrawn = new ArrayList<>();
    static final List<Map<String, String>> renamedFiles = new ArrayList<>();

    @BeforeAll
    static void publishThreeTimes() throws Exception {
        Path byRow = Files.writeString(dir.resolve("gironde-rangs.csv"), BY_ROW);
        Path mapping = Files.writeString(dir.resolve("gironde.config.json"), MAPPING);
        Path shuffled = Files.writeString(dir.resolve("gironde.csv"), SHUFFLED);
        Path misspelt = Files.writeString(dir.resolve("gironde-2.csv"), MISSPELT_AND_NEW);
        try (Releases releases = Releases.open(dir.resolve("var"), BASE)) {
            for (Source source : List.of(
                    Source.nationalSchema("gironde", byRow),
                    Source.builder("gironde", shuffled).mapping(mapping).build(),
                    Source.builder("gironde", misspelt).mapping(mapping).build())) {
                String id = releases.publish(List.of(source), o -> {}, l -> {});
                Release r = releases.current().orElseThrow();
                places.add(recordToPlace(r));
                replaced.add(select(
                        r,
                        "SELECT ?a ?b { GRAPH <" + BASE
                                + "/graph/tombstones> { ?a <http://purl.org/dc/terms/isReplacedBy> ?b } }"));
                withdrawn.add((long) select(
                                r,
                                "SELECT ?a ?b { GRAPH <" + BASE
                                        + "/graph/tombstones> { ?a <http://www.w3.org/ns/prov#invalidatedAtTime> ?b } }")
                        .size());
                renamedFiles.add(
                        Fusion.readPairs(dir.resolve("var/releases").resolve(id).resolve(ContentKeys.RENAMED)));
            }
        }
    }

    private static String content(String name, String commune, String street) {
        return Identifiers.contentKey("gironde", name, commune, street, 0);
    }

    @Test
    void rowKeysGiveWayToContentKeysAndAnswer301() {
        assertEquals(
                Map.of("gironde.1", "gironde.1", "gironde.2", "gironde.2", "gironde.3", "gironde.3"), places.get(0));
        String abra = content("Abracodabra", "33063", "8 rue de la Boétie");
        String adav = content("ADAV33", "33063", "91 rue de la République");
        String cenon = content("EPN de Cenon", "33119", "1 avenue Carnot");
        assertEquals(
                Map.of(abra, abra, adav, adav, cenon, cenon),
                places.get(1),
                "each record and place under its content key");
        assertEquals(Map.of("gironde.1", abra, "gironde.2", adav, "gironde.3", cenon), renamedFiles.get(1));
        Map<String, String> expected = new TreeMap<>();
        renamedFiles.get(1).forEach((row, key) -> {
            expected.put(IDS.placeIri(row), IDS.placeIri(key));
            expected.put(IDS.recordIri(row), IDS.recordIri(key));
        });
        assertEquals(
                expected, replaced.get(1), "/id/lieu/gironde.1 and /id/fiche/gironde.1 answer 301 to the content key");
        assertEquals(0L, withdrawn.get(1), "no place withdrawn");
    }

    @Test
    void keysHoldWhenTheFileMovesAgainAndANameIsMisspelt() {
        Map<String, String> now = new TreeMap<>(places.get(2));
        String fresh = content("Tiers-lieu La Fabrique", "33119", "4 place Jean Jaurès");
        assertEquals(fresh, now.remove(fresh), "a new place gets a key of its own");
        assertEquals(places.get(1), now, "the others keep theirs, the misspelt one too");
        assertEquals(renamedFiles.get(1), renamedFiles.get(2), "row keys carried forward");
        assertEquals(replaced.get(1), replaced.get(2), "and still answer 301");
        assertEquals(0L, withdrawn.get(2));
        assertTrue(Files.exists(dir.resolve("var/releases")), "releases kept");
    }

    /** Record key → place key, read from the release's places graph. */
    private static Map<String, String> recordToPlace(Release r) {
        Map<String, String> out = new TreeMap<>();
        select(r, "SELECT ?a ?b { GRAPH <" + BASE + "/graph/lieux> { ?a <https://w3id.org/mednum-lod/def#lieu> ?b } }")
                .forEach((a, b) ->
                        out.put(IDS.recordKey(a).orElseThrow(), IDS.placeKey(b).orElseThrow()));
        return out;
    }

    private static Map<String, String> select(Release r, String query) {
        return Txn.calculateRead(r.dataset(), () -> {
            Map<String, String> out = new TreeMap<>();
            try (QueryExecution qe = r.query().query(query).build()) {
                qe.execSelect()
                        .forEachRemaining(
                                s -> out.put(s.get("a").toString(), s.get("b").toString()));
            }
            return out;
        });
    }
}
