package org.mednumlod.endpoint.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.endpoint.publication.Dumps;
import org.mednumlod.ontology.TerritoryUris;

/**
 * The template of the reference graphs: a database filled from it holds exactly the reference quads; the second
 * database is filled from the kept template; another reference (here another base URI) gets a template of its own; a
 * scratch folder left by a killed build is never taken for a template and is removed once unused for a day, as are
 * templates no publish used for a day.
 */
class ReferenceTemplateTest {
    @TempDir
    Path dir;

    private static ReferenceTemplate template(Path folder, String base) {
        return new ReferenceTemplate(
                folder,
                new TerritoryUris(base),
                NodeFactory.createURI(base + "/graph/vocabulaire"),
                NodeFactory.createURI(base + "/graph/territoires"));
    }

    @Test
    void templatesAreBuiltOnceCopiedAfterwardsAndRemovedOnceUnused() throws Exception {
        Path folder = dir.resolve("referentiel");
        ReferenceTemplate t = template(folder, "http://example.org");
        List<String> progress = new ArrayList<>();
        ReferenceTemplate.Copy copy = t.copyInto(dir.resolve("a"), progress::add);
        long quads = copy.quads();
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("Référentiel : ")), progress.toString());
        long[] generated = {0};
        t.write(
                new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        generated[0]++;
                    }
                },
                l -> {});
        assertEquals(generated[0], quads);
        assertTrue(quads > 500_000, "vocabulary, code lists and the COG: " + quads);
        assertEquals(
                Set.of("http://example.org/graph/vocabulaire", "http://example.org/graph/territoires"),
                graphs(dir.resolve("a")));
        assertEquals(quads, count(dir.resolve("a")));
        long[] dumped = {0};
        try (var in = new java.util.zip.GZIPInputStream(
                Files.newInputStream(copy.dumps().resolve(Dumps.REFERENCE)))) {
            org.apache.jena.riot.RDFParser.source(in)
                    .lang(org.apache.jena.riot.Lang.NQUADS)
                    .parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            dumped[0]++;
                        }
                    });
        }
        assertEquals(quads, dumped[0], "the reference dump holds every quad");
        assertTrue(Files.exists(copy.dumps().resolve("graphe-territoires.nq.gz")));
        assertTrue(Files.exists(copy.dumps().resolve("graphe-vocabulaire.nq.gz")));

        // The second database is filled from the kept template.
        progress.clear();
        assertEquals(quads, t.copyInto(dir.resolve("b"), progress::add).quads());
        assertTrue(
                progress.stream()
                        .anyMatch(l -> l.startsWith(
                                "Référentiel (vocabulaire, listes de codes, " + "territoires) repris de ")),
                "the second one is copied: " + progress);
        assertEquals(graphs(dir.resolve("a")), graphs(dir.resolve("b")));
        assertEquals(1, templates(folder).size());

        // Another reference (another base URI) gets its own template; a build killed after its count is not one.
        Files.createDirectories(folder.resolve(".construction-123/tdb2"));
        Files.writeString(folder.resolve(".construction-123/quads"), "12");
        progress.clear();
        template(folder, "http://data.example.org").copyInto(dir.resolve("c"), progress::add);
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("Référentiel : ")), "built, not copied: " + progress);
        assertEquals(
                Set.of("http://data.example.org/graph/vocabulaire", "http://data.example.org/graph/territoires"),
                graphs(dir.resolve("c")));
        assertEquals(2, templates(folder).size(), "the first one, used today, is kept: " + templates(folder));
        assertTrue(Files.exists(folder.resolve(".construction-123")), "a build maybe still running is left alone");

        // A day later, only what is used stays.
        FileTime old =
                FileTime.from(Instant.now().minus(ReferenceTemplate.UNUSED).minusSeconds(60));
        for (String name : templates(folder)) {
            Files.setLastModifiedTime(folder.resolve(name).resolve("quads"), old);
        }
        Files.setLastModifiedTime(folder.resolve(".construction-123/quads"), old);
        template(folder, "http://data.example.org").copyInto(dir.resolve("d"), l -> {});
        assertEquals(1, templates(folder).size());
        assertFalse(Files.exists(folder.resolve(".construction-123")));
        assertEquals(graphs(dir.resolve("c")), graphs(dir.resolve("d")));
    }

    private static List<String> templates(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> graphs(Path database) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(database));
        try {
            return Txn.calculateRead(dsg, () -> {
                List<Node> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                return names.stream().map(Node::getURI).collect(Collectors.toSet());
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static long count(Path database) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(database));
        try {
            return Txn.calculateRead(dsg, () -> {
                long n = 0;
                for (var it = dsg.find(); it.hasNext(); it.next()) {
                    n++;
                }
                return n;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
