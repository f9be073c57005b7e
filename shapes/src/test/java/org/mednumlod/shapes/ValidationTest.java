package org.mednumlod.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The facade: overloads agree, the input is untouched, streams keep order and are thread-safe. */
class ValidationTest {
    private static final List<String> FILES = List.of(
            "ok/lieu-complet",
            "ko/services.liste",
            "ko/telephone.mobile",
            "ko/coordonnees.loin-de-la-commune",
            "ko/donnees-personnelles.personne",
            "ko/publication.commune",
            "ko/horaires.osm",
            "ko/code_insee.commune");

    @Test
    void modelAndGraphGiveTheSameReport() {
        Graph graph = Fixtures.data("ko/services.liste");
        Model model = ModelFactory.createModelForGraph(graph);
        Node place = Fixtures.place(graph);
        assertEquals(
                Fixtures.validation().validate(graph, place),
                Fixtures.validation().validate(model, model.wrapAsResource(place)));
    }

    @Test
    void theInputGraphIsNotModified() {
        Graph graph = Fixtures.data("ok/lieu-complet");
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEach(copy::add);
        Fixtures.validation().validate(graph, Fixtures.place(graph));
        assertTrue(graph.isIsomorphicWith(copy));
    }

    @Test
    void thePlaceIsValidatedWhateverItsType() {
        Graph graph = Fixtures.data("ko/services.liste");
        Node place = Fixtures.place(graph);
        PlaceReport typed = Fixtures.validation().validate(graph, place);
        graph.delete(org.apache.jena.graph.Triple.create(
                place, RDF.type.asNode(), org.mednumlod.ontology.MNL.LieuMediationNumerique.asNode()));
        assertEquals(typed, Fixtures.validation().validate(graph, place));
    }

    @Test
    void aPlaceAbsentFromTheGraphFailsEveryRequiredField() {
        PlaceReport report = Fixtures.validation()
                .validate(GraphFactory.createGraphMem(), NodeFactory.createURI("http://example.org/id/lieu/absent"));
        assertFalse(report.conforms());
        assertFalse(report.publishable());
        assertEquals(7 + 3, report.count(Severity.VIOLATION)); // 7 required fields, id, nom, commune to publish
    }

    @Test
    void threadsGiveTheSameReportsInTheSameOrder() {
        List<PlaceInput> inputs = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> {
            Graph g = Fixtures.data(FILES.get(i % FILES.size()));
            inputs.add(PlaceInput.of(g, Fixtures.place(g)));
        });
        List<PlaceReport> sequential = new ArrayList<>();
        Fixtures.validation().validateAll(inputs.stream(), (in, r) -> sequential.add(r));
        List<PlaceReport> parallel = new ArrayList<>();
        Fixtures.validation().validateAll(inputs.stream(), 4, (in, r) -> parallel.add(r));
        List<PlaceReport> parallelStream = new ArrayList<>();
        Fixtures.validation().validateAll(inputs.parallelStream(), 3, (in, r) -> parallelStream.add(r));
        assertEquals(sequential, parallelStream);
        assertEquals(sequential, parallel);
        // Every file repeats the same place id in the same source: all but the first occurrences are duplicates.
        long duplicates = sequential.stream()
                .filter(r -> r.results().stream().anyMatch(x -> x.rule().equals("id.unique")))
                .count();
        assertEquals(40 - 1, duplicates);
    }

    @Test
    void severitiesOrderTheResults() {
        Graph graph = Fixtures.data("ko/id.obligatoire");
        PlaceReport report = Fixtures.validation().validate(graph, Fixtures.place(graph));
        assertEquals(Severity.VIOLATION, report.results().get(0).severity());
        assertEquals(
                List.of("publication.id"),
                report.blockingResults().stream().map(ValidationResult::rule).toList());
    }
}
