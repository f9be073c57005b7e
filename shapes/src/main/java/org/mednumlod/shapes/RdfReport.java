package org.mednumlod.shapes;

import java.io.OutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;

/**
 * The producer report as one SHACL {@code sh:ValidationReport}, streamed with a Jena writer: one
 * {@code sh:result} per finding, with both messages and the record it concerns ({@code mnls:source},
 * {@code mnls:identifiantEnregistrement}, {@code mnls:ligne}); {@code sh:conforms} is written last.
 */
final class RdfReport implements ReportWriter {
    private final StreamRDF out;
    private final Node report = NodeFactory.createBlankNode();
    private boolean conforms = true;

    RdfReport(OutputStream stream, RDFFormat format) {
        out = StreamRDFWriter.getWriterStream(stream, format);
        out.start();
        out.prefix("sh", SHACL.getURI());
        out.prefix("xsd", XSDDatatype.XSD + "#");
        out.prefix("mnl", "https://w3id.org/mednum-lod/def#");
        out.prefix("mnls", MNLS.NS);
        out.triple(Triple.create(report, RDF.type.asNode(), SHACL.ValidationReport));
    }

    @Override
    public void write(PlaceReport placeReport) {
        conforms &= placeReport.conforms();
        RecordRef ref = placeReport.record();
        for (ValidationResult r : placeReport.results()) {
            Node result = NodeFactory.createBlankNode();
            out.triple(Triple.create(report, SHACL.result, result));
            emit(result, RDF.type.asNode(), SHACL.ValidationResult);
            emit(result, SHACL.focusNode, r.focusNode());
            emit(result, SHACL.resultSeverity, r.severity().iri());
            emit(result, SHACL.sourceShape, NodeFactory.createURI(r.ruleIri()));
            if (r.component() != null) {
                emit(result, SHACL.sourceConstraintComponent, r.component());
            }
            if (r.path() != null) {
                emit(result, SHACL.resultPath, r.path());
            }
            if (r.valueNode() != null) {
                emit(result, SHACL.value, r.valueNode());
            }
            emit(result, SHACL.resultMessage, NodeFactory.createLiteralLang(r.messageFr(), "fr"));
            emit(result, SHACL.resultMessage, NodeFactory.createLiteralLang(r.messageEn(), "en"));
            emit(result, MNLS.source, NodeFactory.createLiteralString(ref.source()));
            emit(result, MNLS.identifiantEnregistrement, NodeFactory.createLiteralString(ref.recordId()));
            emit(result, MNLS.ligne, NodeFactory.createLiteralDT(Long.toString(ref.row()), XSDDatatype.XSDlong));
        }
    }

    private void emit(Node s, Node p, Node o) {
        out.triple(Triple.create(s, p, o));
    }

    @Override
    public void close() {
        out.triple(Triple.create(
                report,
                SHACL.conforms,
                NodeFactory.createLiteralDT(Boolean.toString(conforms), XSDDatatype.XSDboolean)));
        out.finish();
    }
}
