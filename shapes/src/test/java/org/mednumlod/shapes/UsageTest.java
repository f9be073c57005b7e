package org.mednumlod.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The snippets of README.md, run: how a converter validates a source, and the producer reports. */
class UsageTest {
    private static final List<String> FILES = List.of(
            "ok/lieu-complet",
            "ko/telephone.mobile",
            "ko/publication.commune",
            "ko/donnees-personnelles.propriete",
            "ko/services.liste");

    /** The fixtures share their id: each is given its own source here, so that none is a duplicate. */
    private static Stream<PlaceInput> places() {
        return FILES.stream().map(name -> {
            Graph g = Fixtures.data(name);
            PlaceInput in = PlaceInput.of(g, Fixtures.place(g));
            return new PlaceInput(new RecordRef(name, in.record().recordId(), 1), g, in.place());
        });
    }

    @Test
    void aConverterPublishesOrQuarantinesEachPlace() {
        Validation validation = Fixtures.validation();
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node graphNode = NodeFactory.createURI("http://example.org/graph/source/test");
        StreamRDF out = StreamRDFLib.dataset(dataset);
        List<RecordRef> quarantined = new ArrayList<>();
        List<Node> published = new ArrayList<>();
        dataset.executeWrite(() -> validation.validateAll(places(), 2, (in, r) -> {
            if (r.publishable()) {
                published.add(in.place());
                validation.writeQualityAnnotations(r, graphNode, out);
            } else {
                quarantined.add(in.record());
            }
        }));
        assertEquals(3, published.size());
        assertEquals(2, quarantined.size()); // no commune; a person's given name
        // The fixtures share one place IRI: the published ones all annotate it, conforming or not.
        dataset.executeRead(() -> assertEquals(
                List.of("false", "true"),
                dataset
                        .getGraph(graphNode)
                        .find(Node.ANY, MNLS.dqvValue, Node.ANY)
                        .mapWith(t -> t.getObject().getLiteralLexicalForm())
                        .toList()
                        .stream()
                        .sorted()
                        .toList()));
    }

    @Test
    void theThreeProducerReportsAreFedByTheSameSink() {
        ByteArrayOutputStream csvOut = new ByteArrayOutputStream();
        ByteArrayOutputStream htmlOut = new ByteArrayOutputStream();
        ByteArrayOutputStream ttlOut = new ByteArrayOutputStream();
        try (ReportWriter csv = Validation.csvReport(csvOut);
                ReportWriter html = Validation.htmlReport(htmlOut, "Fichier de la source test");
                ReportWriter rdf = Validation.rdfReport(ttlOut)) {
            Fixtures.validation().validateAll(places(), 2, (in, r) -> {
                csv.write(r);
                html.write(r);
                rdf.write(r);
            });
        }
        assertEquals(1 + 4, csvOut.toString().lines().count()); // header + one row per finding
        assertTrue(htmlOut.toString().contains("<dt>Enregistrements</dt><dd>5</dd>"));
        assertTrue(ttlOut.toString().contains("sh:ValidationReport"));
    }

    @Test
    void theReadmeListsEveryRule() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        RuleCatalog catalog = new RuleCatalog();
        Graph[] graphs = {catalog.conformanceShapes(), catalog.publicationShapes(), catalog.controls()};
        for (Graph g : graphs) {
            g.find(Node.ANY, org.apache.jena.shacl.vocabulary.SHACL.message, Node.ANY)
                    .forEach(t -> {
                        String id = catalog.rule(t.getSubject()).id();
                        assertTrue(readme.contains("| `" + id + "` |"), "README.md ne décrit pas la règle " + id);
                    });
        }
    }
}
