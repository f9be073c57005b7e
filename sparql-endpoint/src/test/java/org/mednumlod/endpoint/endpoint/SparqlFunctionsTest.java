package org.mednumlod.endpoint.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.endpoint.release.Releases;

/**
 * The extension functions come with the endpoint: building {@link SparqlEndpoint} registers them, with no page
 * feature of the site around (this module has none), and a query on the served release evaluates them.
 */
class SparqlFunctionsTest {
    @TempDir
    Path dir;

    /** Hours "24/7" open at every minute; any other text cannot be evaluated. */
    private static Optional<SparqlFunctions.Hours> hours(String osm) {
        return !osm.equals("24/7")
                ? Optional.empty()
                : Optional.of(new SparqlFunctions.Hours() {
                    @Override
                    public boolean openAt(LocalDateTime t) {
                        return true;
                    }

                    @Override
                    public boolean openWithin(LocalDate day, int from, int to) {
                        return from < to;
                    }
                });
    }

    private static final Negotiator NONE = new Negotiator() {
        @Override
        public Optional<Format> choose(String accept) {
            return Optional.empty();
        }

        @Override
        public boolean namesHtml(String accept) {
            return false;
        }
    };

    @Test
    void theEndpointRegistersItsFunctions() throws Exception {
        FunctionRegistry.get().remove(SparqlFunctions.OUVERT);
        FunctionRegistry.get().remove(SparqlFunctions.OUVERT_LE);
        assertFalse(FunctionRegistry.get().isRegistered(SparqlFunctions.OUVERT));
        Releases releases = Releases.open(dir.resolve("var"), "http://example.org");
        releases.publish(line -> {});
        try (ServedRelease served =
                new ServedRelease(releases, dir.resolve("sources.json"), new ServedRelease.Settings(60_000, 1_000))) {
            new SparqlEndpoint(
                    served,
                    "http://example.org",
                    new SparqlEndpoint.Settings(30_000, 4, 100),
                    NONE,
                    SparqlFunctionsTest::hours);
            QuerySolution row = served.read(release -> {
                try (QueryExecution qe =
                        QueryExecution.dataset(release.dataset()).query("""
                        PREFIX mnlfn: <https://w3id.org/mednum-lod/fn#>
                        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                        SELECT * WHERE {
                          BIND(mnlfn:ouvert("24/7", "2026-11-28T10:00:00"^^xsd:dateTime) AS ?open)
                          BIND(mnlfn:ouvert("Mo 25:00", "2026-11-28T10:00:00"^^xsd:dateTime) AS ?unreadable)
                          BIND(mnlfn:ouvertLe("24/7", "2026-11-28"^^xsd:date, "10:00:00"^^xsd:time) AS ?day)
                          BIND(mnlfn:ouvertLe("24/7", "2026-11-28"^^xsd:date, "10:00:00"^^xsd:time, "10:00:00"^^xsd:time) AS ?empty)
                        }""").build()) {
                    return qe.execSelect().next();
                }
            });
            assertTrue(row.getLiteral("open").getBoolean(), "ouvert: 24/7 is open");
            assertFalse(row.getLiteral("unreadable").getBoolean(), "hours that cannot be evaluated give false");
            assertTrue(row.getLiteral("day").getBoolean(), "ouvertLe: open from 10:00 to the end of the day");
            assertFalse(row.getLiteral("empty").getBoolean(), "ouvertLe: an empty span is never open");
            assertEquals(4, row.varNames().hasNext() ? countVars(row) : 0);
        }
    }

    private static int countVars(QuerySolution row) {
        int n = 0;
        for (var it = row.varNames(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
