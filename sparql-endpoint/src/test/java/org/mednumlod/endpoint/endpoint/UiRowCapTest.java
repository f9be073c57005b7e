package org.mednumlod.endpoint.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UiRowCapTest {
    private final UiRowCap cap = new UiRowCap(7);

    @ParameterizedTest(name = "{0} → LIMIT {1} OFFSET {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            SELECT * { ?s ?p ?o }                                  | 7 | -
            SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s    | 7 | -
            SELECT * { ?s ?p ?o } LIMIT 8                          | 7 | -
            SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 100 OFFSET 20  | 7 | 20
            PREFIX ex: <http://example.org/> SELECT * { ?s ex:p ?o } | 7 | -
            """)
    void selectsWithoutOrAboveTheCapAreCapped(String text, long limit, Long offset) {
        Query q = QueryFactory.create(cap.capped(text).orElseThrow());
        assertTrue(q.isSelectType());
        assertEquals(limit, q.getLimit());
        assertEquals(offset == null ? Query.NOLIMIT : offset, q.getOffset());
        assertEquals(QueryFactory.create(text).getQueryPattern(), q.getQueryPattern(), "same pattern");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * { ?s ?p ?o } LIMIT 7
            SELECT * { ?s ?p ?o } LIMIT 3
            ASK { ?s ?p ?o }
            CONSTRUCT WHERE { ?s ?p ?o }
            DESCRIBE <http://example.org/x>
            SELECT * {
            INSERT DATA { <urn:a> <urn:b> <urn:c> }
            """)
    void otherQueriesAndUnparsableTextAreLeftToFuseki(String text) {
        assertEquals(Optional.empty(), cap.capped(text));
    }

    @Test
    void onlyTheOuterLimitIsSet() {
        Query q = QueryFactory.create(
                cap.capped("SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 100 } }").orElseThrow());
        assertEquals(7, q.getLimit());
        Query inner = ((ElementSubQuery) ((ElementGroup) q.getQueryPattern()).get(0)).getQuery();
        assertEquals(100, inner.getLimit());
    }

    @Test
    void aCapBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UiRowCap(0));
    }
}
