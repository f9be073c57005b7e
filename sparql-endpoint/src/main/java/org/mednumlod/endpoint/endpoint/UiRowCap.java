package org.mednumlod.endpoint.endpoint;

import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * The row cap of the HTML query interface ({@code /query}): a SELECT sent by the interface whose LIMIT is absent or
 * above {@code maxRows} is rewritten with {@code LIMIT maxRows}, so that a browser is never asked to render an
 * unbounded table. Queries sent to {@code /sparql} directly are not capped (only the timeout applies).
 */
public record UiRowCap(long maxRows) {
    /** Request header set by the interface (YASGUI's request configuration) on the queries it sends. */
    public static final String MARKER_HEADER = "X-Mednum-Interface";
    /** Response header: present, with the cap as value, when the server set the LIMIT of the query. */
    public static final String APPLIED_HEADER = "X-Mednum-Limite-Lignes";

    public UiRowCap {
        if (maxRows < 1) {
            throw new IllegalArgumentException("mednum.sparql.ui-max-rows must be at least 1: " + maxRows);
        }
    }

    /**
     * The query to run instead of {@code queryText}, when the cap applies: a SELECT (parsed with ARQ, the syntax
     * Fuseki uses) without LIMIT or with a larger one. Empty for any other query, and for text that does not parse
     * (Fuseki then answers with its own syntax error).
     */
    Optional<String> capped(String queryText) {
        Query query;
        try {
            query = QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return Optional.empty();
        }
        if (!query.isSelectType() || (query.hasLimit() && query.getLimit() <= maxRows)) {
            return Optional.empty();
        }
        query.setLimit(maxRows);
        return Optional.of(query.serialize());
    }
}
