package org.mednumlod.site.place;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * How the nodes of a place's RDF document are shown on its page: a property's text (French first), a code-list
 * concept's label, a link for an http(s) IRI, a decimal.
 */
final class NodeText {
    private NodeText() {}

    /** The label of a code-list concept, the URI's text for another resource, a literal's text. */
    static String label(RDFNode n) {
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        Resource r = n.asResource();
        return Optional.ofNullable(string(r, SKOS.prefLabel))
                .or(() -> Optional.ofNullable(string(r, RDFS.label)))
                .orElse(r.isURIResource() ? r.getURI() : "");
    }

    static PlaceView.Link value(RDFNode n) {
        if (n.isURIResource()
                && (n.asResource().hasProperty(SKOS.prefLabel) || n.asResource().hasProperty(RDFS.label))) {
            return new PlaceView.Link(label(n), null);
        }
        return web(n);
    }

    /** A link only for an absolute http(s) IRI; anything else is shown as text. */
    static PlaceView.Link web(RDFNode n) {
        String text = label(n);
        boolean http = n.isURIResource() && (text.startsWith("https://") || text.startsWith("http://"));
        return new PlaceView.Link(text, http ? text : null);
    }

    static String text(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st == null
                ? null
                : st.getObject().isLiteral()
                        ? st.getLiteral().getLexicalForm()
                        : st.getObject().toString();
    }

    static List<String> texts(Resource s, Property p) {
        return s.listProperties(p).toList().stream()
                .filter(st -> st.getObject().isLiteral())
                .map(st -> st.getLiteral().getLexicalForm())
                .sorted()
                .toList();
    }

    static String string(Resource r, Property p) {
        String fr = french(r, p);
        if (fr != null) {
            return fr;
        }
        Statement st = r.getProperty(p);
        return st == null || !st.getObject().isLiteral()
                ? null
                : st.getLiteral().getLexicalForm();
    }

    /** The French (or language-less) literal value of a property, if any. */
    static String french(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().isEmpty() || l.getLanguage().startsWith("fr"))
                .sorted(Comparator.comparing(l -> l.getLanguage().isEmpty() ? 1 : 0))
                .map(Literal::getLexicalForm)
                .findFirst()
                .orElse(null);
    }

    static Double decimal(Resource s, Property p) {
        Statement st = s.getProperty(p);
        if (st == null || !st.getObject().isLiteral()) {
            return null;
        }
        try {
            return Double.valueOf(st.getLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
