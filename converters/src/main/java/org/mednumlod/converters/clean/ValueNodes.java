package org.mednumlod.converters.clean;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The RDF terms a cleaned value becomes: a string, a decimal, a date, an http(s) IRI. */
final class ValueNodes {

    private ValueNodes() {}

    static Node literal(String value) {
        return NodeFactory.createLiteralString(value);
    }

    static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    /** An absolute http(s) URL with a host, as an IRI; otherwise null. */
    static Node iri(String url) {
        try {
            URI u = new URI(url);
            if (u.getHost() != null
                    && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))) {
                return NodeFactory.createURI(u.toASCIIString());
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }
}
