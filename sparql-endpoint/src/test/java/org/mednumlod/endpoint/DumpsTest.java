package org.mednumlod.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.converters.Conversion;

/**
 * The dumps of a release: the whole dataset and one file per région and per département, each file's checksum
 * and size in SHA256SUMS and in the catalogue (DCAT distributions, SPDX checksums), places in the files of their
 * territories only.
 */
class DumpsTest {
    private static final String BASE = "http://example.org";
    private static final String PLACE = BASE + "/id/lieu/test.a";

    @TempDir
    static Path dir;
    static Path dumps;
    static Releases releases;

    @BeforeAll
    static void publish() throws Exception {
        Path csv = dir.resolve("lieux.csv");
        Files.writeString(csv, """
                id,pivot,nom,commune,code_postal,code_insee,adresse,date_maj
                a,21490007800012,Médiathèque,ANGERS,49000,49007,1 rue de la Paix,2025-12-01
                b,21330063500017,Bibliothèque,Bordeaux,33000,33063,2 place Pey-Berland,2025-12-01
                """);
        releases = Releases.open(dir.resolve("var"), BASE);
        String id = releases.publish(List.of(new Conversion.Source("test", csv, null, null, null, "Lieux de test",
                "Réseau test", null)), o -> { }, l -> { });
        dumps = releases.dumps(id).orElseThrow();
    }

    @Test
    void eachPlaceIsInTheFilesOfItsDepartementAndRegionOnly() throws Exception {
        assertEquals(Map.of(PLACE, 1L), places(dumps.resolve("departement-49.nq.gz")));
        assertEquals(Map.of(PLACE, 1L), places(dumps.resolve("region-52.nq.gz")));
        assertEquals(Map.of(BASE + "/id/lieu/test.b", 1L), places(dumps.resolve("departement-33.nq.gz")));
        assertEquals(Map.of(), places(dumps.resolve("departement-44.nq.gz")), "a département without place");
        assertEquals(2, places(dumps.resolve("mednum-lod.nq.gz")).size());
        Dataset d49 = read(dumps.resolve("departement-49.nq.gz"));
        assertTrue(d49.containsNamedModel(BASE + "/graph/lieux"), "the place, in the places graph");
        assertTrue(d49.getNamedModel(BASE + "/graph/source/test").containsResource(
                d49.getDefaultModel().createResource(BASE + "/id/fiche/test.a")), "its source record, in its source graph");
        assertTrue(!d49.getNamedModel(BASE + "/graph/source/test").containsResource(
                d49.getDefaultModel().createResource(BASE + "/id/fiche/test.b")), "not another territory's record");
        Dataset whole = read(dumps.resolve("mednum-lod.nq.gz"));
        assertTrue(whole.containsNamedModel(BASE + "/graph/territoires"));
        assertTrue(!whole.containsNamedModel(BASE + "/graph/catalogue"), "the catalogue describes the dumps, it is not in them");
    }

    /**
     * The whole N-Quads file (which starts with the reference graphs' gzip member kept with the reference template,
     * {@link ReferenceTemplate}) and each graph's own file hold exactly the release's graphs, blank nodes included,
     * but the catalogue.
     */
    @Test
    void theNQuadsFilesHoldExactlyTheReleasesGraphs() throws Exception {
        Dataset whole = read(dumps.resolve("mednum-lod.nq.gz"));
        Dataset release = releases.current().orElseThrow().dataset();
        List<String> names = Txn.calculateRead(release, () -> {
            List<String> out = new java.util.ArrayList<>();
            release.listNames().forEachRemaining(out::add);
            return out;
        });
        names.remove(BASE + "/graph/catalogue");
        assertEquals(java.util.Set.copyOf(names), java.util.Set.copyOf(iterate(whole.listNames())));
        assertTrue(whole.getDefaultModel().isEmpty());
        for (String name : names) {
            org.apache.jena.graph.Graph stored = Txn.calculateRead(release, () -> copy(release.getNamedModel(name).getGraph()));
            assertTrue(stored.isIsomorphicWith(whole.getNamedModel(name).getGraph()), name + " in mednum-lod.nq.gz");
            String file = Dumps.graphFile(BASE, org.apache.jena.graph.NodeFactory.createURI(name));
            if (file != null) {
                Dataset own = read(dumps.resolve(file));
                assertEquals(List.of(name), iterate(own.listNames()), file);
                assertTrue(stored.isIsomorphicWith(own.getNamedModel(name).getGraph()), name + " in " + file);
            }
        }
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void csvDumpsAreNationalSchemaRowsOfTheirTerritory() throws Exception {
        List<String> d49 = Files.readAllLines(dumps.resolve("departement-49.csv"));
        assertEquals(2, d49.size(), "header and the Angers place");
        assertTrue(d49.get(0).startsWith("id,"), d49.get(0));
        assertTrue(d49.get(1).startsWith("test.a,21490007800012,Médiathèque,"), "id = the place key: " + d49.get(1));
        assertEquals(3, Files.readAllLines(dumps.resolve("mednum-lod.csv")).size());
        assertEquals(1, Files.readAllLines(dumps.resolve("departement-44.csv")).size(), "header only");
        // The round trip: the CSV dump read back as a national-schema source gives the same CSV, but for the id
        // column, now the key of a place of the new source ("test." + the id read).
        Path again = dir.resolve("again");
        try (Releases other = Releases.open(again, BASE)) {
            String id = other.publish(List.of(Conversion.Source.nationalSchema("test", dumps.resolve("mednum-lod.csv"))),
                    o -> { }, l -> { });
            assertEquals(Files.readString(dumps.resolve("mednum-lod.csv")).replaceAll("(?m)^test\\.", "test.test."),
                    Files.readString(other.dumps(id).orElseThrow().resolve("mednum-lod.csv")));
        }
    }

    /** As the national output: `source` is the producer's name, `commune` the COG name of the linked commune. */
    @Test
    void csvDumpsCarryTheProducerAndTheCogNameOfTheCommune() throws Exception {
        try (var in = Files.newBufferedReader(dumps.resolve("mednum-lod.csv"))) {
            Map<String, List<String>> rows = new java.util.TreeMap<>();
            org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .forEach(r -> rows.put(r.get("id"), List.of(r.get("source"), r.get("commune"))));
            assertEquals(Map.of("test.a", List.of("Réseau test", "Angers"), "test.b", List.of("Réseau test", "Bordeaux")), rows);
        }
    }

    @Test
    void checksumsAndSizesAreListedAndInTheCatalogue() throws Exception {
        List<String> lines = Files.readAllLines(dumps.resolve("SHA256SUMS"));
        assertEquals(2 * (1 + 26 + 109) + 5, lines.size(), "N-Quads and CSV: the whole dataset, each région-level "
                + "territory, each département; and the N-Quads of each named graph but the catalogue (places, "
                + "territories, vocabulary, statistics, the source; no tombstone graph: nothing withdrawn)");
        for (String graph : List.of("lieux", "territoires", "vocabulaire", "statistiques", "source-test")) {
            assertTrue(lines.stream().anyMatch(l -> l.endsWith("  graphe-" + graph + ".nq.gz")), graph);
        }
        Map<String, String> sums = lines.stream().map(l -> l.split("  ")).collect(Collectors.toMap(a -> a[1], a -> a[0]));
        for (var e : sums.entrySet()) {
            byte[] bytes = Files.readAllBytes(dumps.resolve(e.getKey()));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), e.getValue(), e.getKey());
        }
        Dataset ds = releases.current().orElseThrow().dataset();
        List<QuerySolution> rows = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX spdx: <http://spdx.org/rdf/terms#> PREFIX void: <http://rdfs.org/ns/void#>
                    SELECT ?name ?size ?sha ?places { GRAPH <http://example.org/graph/catalogue> {
                      ?owner dcat:distribution ?d . ?d dcterms:title ?name ; dcat:byteSize ?size ;
                      spdx:checksum/spdx:checksumValue ?sha .
                      OPTIONAL { ?owner dcterms:spatial <http://example.org/id/departement/49> ; void:entities ?places } } }""")
                    .build()) {
                List<QuerySolution> all = new java.util.ArrayList<>();
                // Copied inside the transaction: TDB2 resolves the terms of a solution lazily.
                org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(all::add);
                return all;
            }
        });
        assertEquals(sums.size(), rows.size(), "one distribution per file");
        for (QuerySolution r : rows) {
            String name = r.getLiteral("name").getString();
            assertEquals(sums.get(name), r.getLiteral("sha").getLexicalForm(), name);
            assertEquals(Files.size(dumps.resolve(name)), r.getLiteral("size").getLong(), name);
            if (name.equals("departement-49.nq.gz")) {
                assertEquals(1, r.getLiteral("places").getLong(), "statistics: places of the département");
            }
        }
    }

    @Test
    void theCatalogueMeetsTheMandatoryPropertiesOfDcatAp3() {
        Dataset ds = releases.current().orElseThrow().dataset();
        org.apache.jena.graph.Graph catalogue = Txn.calculateRead(ds,
                () -> copy(ds.getNamedModel(BASE + "/graph/catalogue").getGraph()));
        org.apache.jena.graph.Graph shapes = org.apache.jena.riot.RDFDataMgr.loadGraph("dcat-ap-3-obligatoire.ttl");
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, catalogue);
        assertTrue(report.conforms(), () -> {
            var out = new java.io.ByteArrayOutputStream();
            org.apache.jena.shacl.lib.ShLib.printReport(new java.io.PrintStream(out), report);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        });
        assertTrue(catalogue.size() > 1000, "the catalogue describes every file: " + catalogue.size());
    }

    private static org.apache.jena.graph.Graph copy(org.apache.jena.graph.Graph g) {
        org.apache.jena.graph.Graph mem = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        g.find().forEachRemaining(mem::add);
        return mem;
    }

    private static Dataset read(Path file) throws Exception {
        Dataset ds = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(ds);
        }
        return ds;
    }

    /** Places (typed) in a dump, with how many graphs hold each. */
    private static Map<String, Long> places(Path file) throws Exception {
        Dataset ds = read(file);
        try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                SELECT ?p { GRAPH ?g { ?p a <https://w3id.org/mednum-lod/def#LieuMediationNumerique> } }""").build()) {
            Map<String, Long> found = new java.util.TreeMap<>();
            qe.execSelect().forEachRemaining(r -> found.merge(r.getResource("p").getURI(), 1L, Long::sum));
            return found;
        }
    }
}
