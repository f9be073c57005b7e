package org.mednumlod.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * The official example rows of the schema, written as RDF by hand (the converter will produce them later). The
 * v1.0.1 row (identical in v1.0.0 and in the unreleased main) is valid: no violation. Its coordinates are in
 * Aix-en-Provence while its commune is Reims — a known defect of the official example, reported as two warnings —
 * and its date_maj is more than a year old at the test clock (information).
 */
class ExampleRowsTest {

    @Test
    void officialExampleOfVersion101HasNoViolation() {
        Graph graph = RDFDataMgr.loadGraph("examples/v1.0.1-exemple-valide.ttl");
        Node place = NodeFactory.createURI("http://example.org/id/lieu/exemple.structure-1");
        PlaceReport report = Fixtures.validation().validate(graph, place);

        assertTrue(report.conforms(), () -> "violations : " + report.results());
        assertTrue(report.publishable());
        assertEquals(0, report.count(Severity.VIOLATION));
        assertEquals(List.of("commune.coherence", "coordonnees.loin-de-la-commune"), rules(report, Severity.WARNING));
        assertEquals(List.of("date_maj.ancienne"), rules(report, Severity.INFO));
        assertEquals(new RecordRef("exemple", "structure-1", 1), report.record());
        ValidationResult far = report.results().stream()
                .filter(r -> r.rule().equals("coordonnees.loin-de-la-commune"))
                .findFirst()
                .orElseThrow();
        assertTrue(far.messageFr().contains("Reims"), far.messageFr());
    }

    private static List<String> rules(PlaceReport report, Severity severity) {
        return report.results().stream()
                .filter(r -> r.severity() == severity)
                .map(ValidationResult::rule)
                .toList();
    }
}
