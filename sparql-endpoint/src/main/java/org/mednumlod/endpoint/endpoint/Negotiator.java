package org.mednumlod.endpoint.endpoint;

import java.util.Optional;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * Content negotiation on an {@code Accept} header, the rule the whole site follows (its pages, its RDF documents),
 * given to the endpoint so that {@code /sparql} answers by the same rule.
 */
public interface Negotiator {
    /** The service description's default: Turtle. */
    Format TURTLE = new Format(WebContent.contentTypeTurtle, Optional.of(RDFFormat.TURTLE_PRETTY));

    /** The format chosen for {@code accept} (null when absent: HTML), or empty when none is acceptable (406). */
    Optional<Format> choose(String accept);

    /**
     * Whether {@code accept} names HTML itself ({@code text/html}, {@code application/xhtml+xml}) with a quality
     * above zero, not only through a wildcard; a header that does not parse counts as naming it.
     */
    boolean namesHtml(String accept);

    /** A representation: its media type and, for RDF, the writer's format (empty for HTML). */
    record Format(String mediaType, Optional<RDFFormat> rdf) {
        public boolean isRdf() {
            return rdf.isPresent();
        }

        public boolean isHtml() {
            return rdf.isEmpty();
        }
    }
}
