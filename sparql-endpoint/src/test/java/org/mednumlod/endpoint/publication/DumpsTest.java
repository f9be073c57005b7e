package org.mednumlod.endpoint.publication;

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
import org.mednumlod.converters.Source;
import org.mednumlod.endpoint.release.Releases;

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
        String id = releases.publish(
                List.of(Source.builder("test", csv)
                        .title("Lieux de test")
                        .producer("Réseau test")
                        .build()),
                o -> {},
                l -> {});
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
        assertTrue(
                d49.getNamedModel(BASE + "/graph/source/test")
                        .containsResource(d49.getDefaultModel().createResource(BASE + "/id/fiche/test.a")),
                "its source record, in its source graph");
        assertTrue(
                !d49.getNamedModel(BASE + "/graph/source/test")
                        .containsResource(d49.getDefaultModel().createResource(BASE + "/id/fiche/test.b")),
                "not another territory's record");
        Dataset whole = read(dumps.resolve("mednum-lod.nq.gz"));
        assertTrue(whole.containsNamedModel(BASE + "/graph/territoires"));
        assertTrue(
                !whole.containsNamedModel(BASE + "/graph/catalogue"),
                "the catalogue describes the dumps, it is not in them");
    }

    /**
     * The whole N-Quads file (which starts with the reference graphs' gzip member kept with the reference template,
     * {@link ReferenceTemplate}) and each graph's own file hold exactly the release's graphs but the catalogue: each
     * graph compared as a multiset of N-Triples lines (an order-free digest, the files being too large to hold twice
     * in memory), and graphs with blank nodes (the vocabulary's) by isomorphism.
     */
    @Test
    void theNQuadsFilesHoldExactlyTheReleasesGraphs() throws Exception {
        Dataset release = releases.current().orElseThrow().dataset();
        Map<String, GraphDigest> stored = Txn.calculateRead(release, () -> {
            Map<String, GraphDigest> out = new java.util.TreeMap<>();
            release.asDatasetGraph()
                    .find()
                    .forEachRemaining(q -> out.computeIfAbsent(q.getGraph().getURI(), g -> new GraphDigest())
                            .add(q.asTriple()));
            return out;
        });
        stored.remove(BASE + "/graph/catalogue");
        assertEquals(stored, digests(dumps.resolve("mednum-lod.nq.gz")), "mednum-lod.nq.gz");
        for (Map.Entry<String, GraphDigest> g : stored.entrySet()) {
            String file = Dumps.graphFile(BASE, org.apache.jena.graph.NodeFactory.createURI(g.getKey()));
            if (file != null) {
                assertEquals(Map.of(g.getKey(), g.getValue()), digests(dumps.resolve(file)), file);
            }
        }
    }

    /**
     * A graph as a count and a sum of 64-bit hashes of its N-Triples lines (blank-node-free triples), and its
     * triples with blank nodes kept as a graph, compared by isomorphism.
     */
    private static final class GraphDigest {
        long count;
        long sum;
        final org.apache.jena.graph.Graph blank = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();

        void add(org.apache.jena.graph.Triple t) {
            count++;
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                blank.add(t);
                return;
            }
            String line = org.apache.jena.riot.out.NodeFmtLib.str(t);
            sum += java.util
                    .UUID
                    .nameUUIDFromBytes(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .getMostSignificantBits();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GraphDigest d && d.count == count && d.sum == sum && d.blank.isIsomorphicWith(blank);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(count * 31 + sum);
        }

        @Override
        public String toString() {
            return count + " triples, digest " + Long.toHexString(sum) + ", " + blank.size() + " with blank nodes";
        }
    }

    private static Map<String, GraphDigest> digests(Path file) throws Exception {
        Map<String, GraphDigest> out = new java.util.TreeMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                    out.computeIfAbsent(q.getGraph().getURI(), g -> new GraphDigest())
                            .add(q.asTriple());
                }
            });
        }
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
            String id = other.publish(
                    List.of(Source.nationalSchema("test", dumps.resolve("mednum-lod.csv"))), o -> {}, l -> {});
            assertEquals(
                    Files.readString(dumps.resolve("mednum-lod.csv")).replaceAll("(?m)^test\\.", "test.test."),
                    Files.readString(other.dumps(id).orElseThrow().resolve("mednum-lod.csv")));
        }
    }

    /** As the national output: `source` is the producer's name, `commune` the COG name of the linked commune. */
    @Test
    void csvDumpsCarryTheProducerAndTheCogNameOfTheCommune() throws Exception {
        try (var in = Files.newBufferedReader(dumps.resolve("mednum-lod.csv"))) {
            Map<String, List<String>> rows = new java.util.TreeMap<>();
            org.apache.commons.csv.CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .forEach(r -> rows.put(r.get("id"), List.of(r.get("source"), r.get("commune"))));
            assertEquals(
                    Map.of("test.a", List.of("Réseau test", "Angers"), "test.b", List.of("Réseau test", "Bordeaux")),
                    rows);
        }
    }

    @Test
    void checksumsAndSizesAreListedAndInTheCatalogue() throws Exception {
        List<String> lines = Files.readAllLines(dumps.resolve("SHA256SUMS"));
        assertEquals(
                2 * (1 + 26 + 109) + 5,
                lines.size(),
                "N-Quads and CSV: the whole dataset, each région-level "
                        + "territory, each département; and the N-Quads of each named graph but the catalogue (places, "
                        + "territories, vocabulary, statistics, the source; no tombstone graph: nothing withdrawn)");
        for (String graph : List.of("lieux", "territoires", "vocabulaire", "statistiques", "source-test")) {
            assertTrue(lines.stream().anyMatch(l -> l.endsWith("  graphe-" + graph + ".nq.gz")), graph);
        }
        Map<String, String> sums =
                lines.stream().map(l -> l.split("  ")).collect(Collectors.toMap(a -> a[1], a -> a[0]));
        for (var e : sums.entrySet()) {
            byte[] bytes = Files.readAllBytes(dumps.resolve(e.getKey()));
            assertEquals(
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    e.getValue(),
                    e.getKey());
        }
        Dataset ds = releases.current().orElseThrow().dataset();
        List<QuerySolution> rows = Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                    PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX spdx: <http://spdx.org/rdf/terms#> PREFIX void: <http://rdfs.org/ns/void#>
                    SELECT ?name ?size ?sha ?places { GRAPH <http://example.org/graph/catalogue> {
                      ?owner dcat:distribution ?d . ?d dcterms:title ?name ; dcat:byteSize ?size ;
                      spdx:checksum/spdx:checksumValue ?sha .
                      OPTIONAL { ?owner dcterms:spatial <http://example.org/id/departement/49> ; void:entities ?places } } }""").build()) {
                List<QuerySolution> all = new java.util.ArrayList<>();
                // Copied inside the transaction: TDB2 resolves the terms of a solution lazily.
                org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect())
                        .forEachRemaining(all::add);
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
        org.apache.jena.graph.Graph catalogue = Txn.calculateRead(
                ds, () -> copy(ds.getNamedModel(BASE + "/graph/catalogue").getGraph()));
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
