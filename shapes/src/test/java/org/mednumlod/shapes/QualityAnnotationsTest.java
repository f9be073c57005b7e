package org.mednumlod.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The findings of a published place, written with it as DQV quality annotations. */
class QualityAnnotationsTest {
    private static final String QUERY = """
            PREFIX dqv: <http://www.w3.org/ns/dqv#>
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX mnls: <https://w3id.org/mednum-lod/shapes#>
            SELECT ?conforme ?constat ?severite ?regle ?message WHERE {
                ?lieu dqv:hasQualityMeasurement [ dqv:isMeasurementOf mnls:conformiteSchema ; dqv:value ?conforme ] .
                ?lieu dqv:hasQualityAnnotation ?constat .
                ?constat a dqv:QualityAnnotation ; sh:resultSeverity ?severite ; sh:sourceShape ?regle ;
                    rdfs:comment ?message .
                FILTER (lang(?message) = "fr")
            } ORDER BY ?constat
            """;

    @Test
    void findingsBecomeAnnotationsUnderThePlaceIri() {
        Graph data = Fixtures.data("ko/telephone.mobile");
        PlaceReport report = Fixtures.validation().validate(data, Fixtures.place(data));
        Graph out = GraphFactory.createGraphMem();
        Fixtures.validation().writeQualityAnnotations(report, StreamRDFLib.graph(out));

        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(out))
                .query(QUERY)
                .build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            assertEquals(1, rows.size());
            QuerySolution row = rows.get(0);
            assertTrue(row.getLiteral("conforme").getBoolean());
            assertEquals(
                    "http://example.org/id/lieu/test.lieu-1#constat-1",
                    row.getResource("constat").getURI());
            assertEquals(
                    "http://www.w3.org/ns/shacl#Warning",
                    row.getResource("severite").getURI());
            assertEquals(MNLS.NS + "telephone.mobile", row.getResource("regle").getURI());
            assertTrue(row.getLiteral("message").getString().contains("+33612345678"));
        }
    }

    @Test
    void quadsGoToTheGivenGraph() {
        Graph data = Fixtures.data("ko/services.liste");
        PlaceReport report = Fixtures.validation().validate(data, Fixtures.place(data));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node source = NodeFactory.createURI("http://example.org/graph/source/test");
        dsg.executeWrite(
                () -> Fixtures.validation().writeQualityAnnotations(report, source, StreamRDFLib.dataset(dsg)));
        dsg.executeRead(() -> {
            assertTrue(dsg.getDefaultGraph().isEmpty());
            assertTrue(dsg.getGraph(source)
                    .contains(
                            NodeFactory.createURI("http://example.org/id/lieu/test.lieu-1#conformite"),
                            Node.ANY,
                            Node.ANY));
        });
    }

    @Test
    void aBlankPlaceCannotCarryAnnotations() {
        PlaceReport report =
                new PlaceReport(new RecordRef("s", "1", 1), NodeFactory.createBlankNode(), true, true, List.of());
        assertThrows(
                IllegalArgumentException.class,
                () -> Fixtures.validation().writeQualityAnnotations(report, StreamRDFLib.sinkNull()));
    }
}
