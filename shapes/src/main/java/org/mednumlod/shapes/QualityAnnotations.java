package org.mednumlod.shapes;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes the findings of a published place with the place: a DQV quality measurement of its conformance
 * ({@code {place}#conformite}, boolean) and one DQV quality annotation per finding ({@code {place}#constat-{n}},
 * numbered in the report's order), which is also a SHACL validation result so that SPARQL users can filter by
 * {@code sh:resultSeverity}, {@code sh:sourceShape} or {@code sh:resultPath}.
 */
final class QualityAnnotations {
    private final Node graph;
    private final StreamRDF out;

    private QualityAnnotations(Node graph, StreamRDF out) {
        this.graph = graph;
        this.out = out;
    }

    static void write(PlaceReport report, Node graph, StreamRDF out) {
        Node place = report.place();
        if (!place.isURI() || place.getURI().contains("#")) {
            throw new IllegalArgumentException("le lieu doit être une IRI sans fragment : " + place);
        }
        new QualityAnnotations(graph, out).write(report, place.getURI());
    }

    private void write(PlaceReport report, String placeIri) {
        Node place = report.place();
        Node measurement = NodeFactory.createURI(placeIri + "#conformite");
        emit(place, MNLS.dqvHasQualityMeasurement, measurement);
        emit(measurement, RDF.type.asNode(), MNLS.dqvQualityMeasurement);
        emit(measurement, MNLS.dqvComputedOn, place);
        emit(measurement, MNLS.dqvIsMeasurementOf, MNLS.conformiteSchema);
        emit(
                measurement,
                MNLS.dqvValue,
                NodeFactory.createLiteralDT(Boolean.toString(report.conforms()), XSDDatatype.XSDboolean));
        int n = 0;
        for (ValidationResult r : report.results()) {
            Node a = NodeFactory.createURI(placeIri + "#constat-" + (++n));
            emit(place, MNLS.dqvHasQualityAnnotation, a);
            emit(a, RDF.type.asNode(), MNLS.dqvQualityAnnotation);
            emit(a, RDF.type.asNode(), SHACL.ValidationResult);
            emit(a, MNLS.oaHasTarget, place);
            emit(a, MNLS.oaMotivatedBy, MNLS.dqvQualityAssessment);
            emit(a, RDFS.comment.asNode(), NodeFactory.createLiteralLang(r.messageFr(), "fr"));
            emit(a, RDFS.comment.asNode(), NodeFactory.createLiteralLang(r.messageEn(), "en"));
            emit(a, SHACL.focusNode, place);
            emit(a, SHACL.resultSeverity, r.severity().iri());
            emit(a, SHACL.sourceShape, NodeFactory.createURI(r.ruleIri()));
            if (r.component() != null) {
                emit(a, SHACL.sourceConstraintComponent, r.component());
            }
            if (r.path() != null) {
                emit(a, SHACL.resultPath, r.path());
            }
            if (r.valueNode() != null) {
                emit(a, SHACL.value, r.valueNode());
            }
        }
    }

    private void emit(Node s, Node p, Node o) {
        if (graph == null) {
            out.triple(Triple.create(s, p, o));
        } else {
            out.quad(Quad.create(graph, s, p, o));
        }
    }
}
