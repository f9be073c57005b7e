package org.mednumlod.shapes;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.mednumlod.ontology.Identifiers;
import org.mednumlod.ontology.MNL;

/** Reads the record a place comes from out of its provenance triples (docs/place-model.md). */
final class Provenance {
    private Provenance() {}

    static RecordRef recordOf(Graph graph, Node place) {
        String source = "";
        Node derivedFrom = first(graph, place, MNLS.provWasDerivedFrom);
        if (derivedFrom != null && derivedFrom.isURI()) {
            source = Identifiers.sourceNameInAnyBase(derivedFrom.getURI()).orElse("");
        }
        Node id = first(graph, place, MNLS.mnlIdentifiantSource);
        if (id == null) {
            id = first(graph, place, MNL.id.asNode());
        }
        long row = 0;
        Node ligne = first(graph, place, MNLS.mnlLigneSource);
        if (ligne != null && ligne.isLiteral()) {
            try {
                row = Long.parseLong(ligne.getLiteralLexicalForm().trim());
            } catch (NumberFormatException e) {
                row = 0;
            }
        }
        return new RecordRef(source, id != null && id.isLiteral() ? id.getLiteralLexicalForm() : "", row);
    }

    private static Node first(Graph graph, Node s, Node p) {
        ExtendedIterator<Triple> it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
