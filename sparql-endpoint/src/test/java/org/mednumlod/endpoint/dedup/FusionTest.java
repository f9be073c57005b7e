package org.mednumlod.endpoint.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.endpoint.identity.Tombstones;

/**
 * The merge rules on two records of two sources that describe one place, and one record alone: what the place
 * takes from each, and that it says so.
 */
class FusionTest {
    private static final String BASE = "http://example.org";
    private static final String RECORDS = """
            PREFIX mnl: <https://w3id.org/mednum-lod/def#>
            PREFIX schema: <https://schema.org/>
            PREFIX code: <https://w3id.org/mednum-lod/code/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            GRAPH <http://example.org/graph/source/angers> {
              <http://example.org/id/fiche/angers.12> a mnl:FicheLieu ; mnl:id "12" ;
                mnl:nom "Médiathèque Toussaint" ; mnl:telephone "+33241000000" ;
                mnl:adresse "49 rue Toussaint" ; mnl:codePostal "49100" ; mnl:commune "Angers" ;
                mnl:situeDansCommune <http://example.org/id/commune/49007> ;
                schema:geo <http://example.org/id/fiche/angers.12#coordonnees> ;
                mnl:service code:services\\/aide-aux-demarches-administratives ;
                mnl:dispositifProgrammeNational code:dispositifs-programmes-nationaux\\/conseillers-numeriques ;
                mnl:dateMaj "2024-01-10"^^xsd:date ; mnl:source "Angers" .
              <http://example.org/id/fiche/angers.12#coordonnees> a schema:GeoCoordinates ;
                schema:latitude 47.4712 ; schema:longitude -0.5518 .
            }
            GRAPH <http://example.org/graph/source/conumm> {
              <http://example.org/id/fiche/conumm.7> a mnl:FicheLieu ; mnl:id "7" ;
                mnl:nom "Mediatheque Toussaint (Angers)" ;
                mnl:service code:services\\/maitrise-des-outils-numeriques-du-quotidien ;
                mnl:service code:services\\/aide-aux-demarches-administratives ;
                mnl:dispositifProgrammeNational code:dispositifs-programmes-nationaux\\/france-services ;
                mnl:dateMaj "2025-03-01"^^xsd:date ; mnl:source "Conumm" .
            }
            GRAPH <http://example.org/graph/source/angers> {
              <http://example.org/id/fiche/angers.13> a mnl:FicheLieu ; mnl:id "13" ; mnl:nom "Alone" .
            }
            """;

    @TempDir
    static Path dir;

    static Dataset places;
    static Fusion.Result result;

    @BeforeAll
    static void merge() throws Exception {
        DatasetGraph stored = DatasetGraphFactory.create();
        RecordCollector collector =
                new RecordCollector(new org.mednumlod.ontology.Identifiers(BASE), StreamRDFLib.dataset(stored));
        RDFParser.fromString(RECORDS, Lang.TRIG).parse(collector);
        DatasetGraph out = DatasetGraphFactory.create();
        Files.createDirectories(dir.resolve("r1"));
        Fusion.Grouping matcher = records -> List.of(new Fusion.Cluster(
                List.of("conumm.7", "angers.12"),
                List.of(new Matcher.Link("angers.12", "conumm.7", 0.97, List.of("noms proches 0,95")))));
        result = Fusion.write(
                collector.records(),
                matcher,
                new MergedPlaces(BASE, NodeFactory.createURI(BASE + "/graph/lieux")),
                dir.resolve("r1"),
                Optional.empty(),
                StreamRDFLib.dataset(out),
                l -> {});
        places = DatasetFactory.wrap(out);
        assertTrue(
                stored.contains(
                        NodeFactory.createURI(BASE + "/graph/source/angers"),
                        NodeFactory.createURI(BASE + "/id/fiche/angers.12"),
                        Node.ANY,
                        Node.ANY),
                "records keep their graph, renamed");
    }

    private static List<String> values(String place, String property) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(places)
                .query("PREFIX mnl: <https://w3id.org/mednum-lod/def#> " + "SELECT ?o { GRAPH ?g { <" + BASE
                        + "/id/lieu/" + place + "> " + property + " ?o } } ORDER BY ?o")
                .build()) {
            qe.execSelect()
                    .forEachRemaining(r -> out.add(
                            r.get("o").isLiteral()
                                    ? r.getLiteral("o").getLexicalForm()
                                    : r.getResource("o").getURI().replaceAll(".*/", "")));
        }
        return out;
    }

    @Test
    void twoRecordsMakeOnePlaceUnderTheSmallerKey() {
        assertEquals(3, result.records());
        assertEquals(2, result.places());
        assertEquals(
                List.of("fiche/angers.12", "fiche/conumm.7").stream()
                        .map(s -> s.replaceAll(".*/", ""))
                        .toList(),
                values("angers.12", "<http://www.w3.org/ns/prov#wasDerivedFrom>"));
        assertEquals(List.of("2"), values("angers.12", "mnl:nombreSources"));
        assertEquals(List.of("angers.12"), values("angers.12", "mnl:id"), "id = place key, unique in the release");
    }

    @Test
    void scalarsComeFromTheFreshestRecordThatHasThem() {
        assertEquals(List.of("Mediatheque Toussaint (Angers)"), values("angers.12", "mnl:nom"));
        assertEquals(List.of("2025-03-01"), values("angers.12", "mnl:dateMaj"));
        assertEquals(List.of("+33241000000"), values("angers.12", "mnl:telephone"), "the fresher one has no phone");
    }

    @Test
    void listsAreUnitedAndProgrammesKept() {
        assertEquals(
                List.of("aide-aux-demarches-administratives", "maitrise-des-outils-numeriques-du-quotidien"),
                values("angers.12", "mnl:service"));
        assertEquals(
                List.of("conseillers-numeriques", "france-services"),
                values("angers.12", "mnl:dispositifProgrammeNational"));
    }

    @Test
    void theLocationComesWholeFromOneRecord() {
        assertEquals(List.of("49 rue Toussaint"), values("angers.12", "mnl:adresse"));
        assertEquals(List.of("49007"), values("angers.12", "mnl:situeDansCommune"));
        assertEquals(List.of("angers.12#coordonnees"), values("angers.12", "<https://schema.org/geo>"));
        assertEquals(List.of("47.4712"), values("angers.12#coordonnees", "<https://schema.org/latitude>"));
    }

    @Test
    void eachValueSaysWhereItCameFrom() {
        try (QueryExecution qe = QueryExecution.dataset(places).query("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#> PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?p ?r { GRAPH ?g { <http://example.org/id/lieu/angers.12> mnl:origineValeur ?o . ?o mnl:propriete ?p ;
                prov:wasDerivedFrom ?r } }""").build()) {
            Set<String> origins = new java.util.TreeSet<>();
            qe.execSelect()
                    .forEachRemaining(r -> origins.add(r.getResource("p").getLocalName() + " "
                            + r.getResource("r").getURI().replaceAll(".*/", "")));
            assertTrue(origins.contains("nom conumm.7"), origins.toString());
            assertTrue(origins.contains("telephone angers.12"), origins.toString());
            assertTrue(
                    origins.contains("service angers.12") && origins.contains("service conumm.7"), origins.toString());
        }
        assertEquals(List.of("0.970"), values("angers.12", "mnl:rapprochement/mnl:score"));
    }

    @Test
    void aRecordAloneIsAPlaceWithoutMergeAnnotations() {
        assertEquals(List.of("Alone"), values("angers.13", "mnl:nom"));
        assertEquals(List.of("1"), values("angers.13", "mnl:nombreSources"));
        assertFalse(values("angers.13", "mnl:origineValeur").size() > 0);
    }

    /** A served release from before the merge lists its places (each a record) in lieux.tsv only. */
    @Test
    void aReleaseBeforeTheMergeGivesEachRecordItsPlaceKey() throws Exception {
        Path earlier = Files.createDirectories(dir.resolve("r0"));
        Files.writeString(
                earlier.resolve(Tombstones.PLACES),
                BASE + "/id/lieu/angers.12\tMédiathèque\t" + BASE + "/graph/source/angers\n" + BASE
                        + "/id/lieu/conumm.7\tMédiathèque\t" + BASE + "/graph/source/conumm\n");
        DatasetGraph stored = DatasetGraphFactory.create();
        RecordCollector collector =
                new RecordCollector(new org.mednumlod.ontology.Identifiers(BASE), StreamRDFLib.dataset(stored));
        RDFParser.fromString(RECORDS, Lang.TRIG).parse(collector);
        Files.createDirectories(dir.resolve("r2"));
        Fusion.Result again = Fusion.write(
                collector.records(),
                records -> List.of(new Fusion.Cluster(List.of("angers.12", "conumm.7"), List.of())),
                new MergedPlaces(BASE, NodeFactory.createURI(BASE + "/graph/lieux")),
                dir.resolve("r2"),
                Optional.of(earlier),
                StreamRDFLib.sinkNull(),
                l -> {});
        assertEquals(java.util.Map.of("conumm.7", "angers.12"), again.redirects(), "the place conumm.7 answers 301");
    }

    @Test
    void keysAreKeptBesideTheReleaseForTheNextPublish() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("r1").resolve(Fusion.RECORDS));
        assertEquals(
                Set.of("angers.12\tangers.12", "conumm.7\tangers.12", "angers.13\tangers.13"),
                lines.stream().collect(Collectors.toSet()));
    }
}
