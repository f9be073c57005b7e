package org.mednumlod.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;

/** The SPARQL run on a release while it is built: {@code .rq} resources beside this class. */
final class ReleaseQueries {
    private ReleaseQueries() {
    }

    /** Runs the SELECT {@code name}.rq on {@code ds} (inside the caller's read transaction). */
    static List<QuerySolution> select(Dataset ds, String name) {
        return select(ds, name, java.util.Map.of());
    }

    /** Runs the SELECT {@code name}.rq with variables bound to RDF terms (inside the caller's read transaction). */
    static List<QuerySolution> select(Dataset ds, String name, java.util.Map<String, org.apache.jena.graph.Node> bindings) {
        var builder = QueryExecution.dataset(ds).query(text(name));
        bindings.forEach((var, value) -> builder.substitution(var, org.apache.jena.sparql.util.ModelUtils.convertGraphNodeToRDFNode(value)));
        try (QueryExecution qe = builder.build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The text of {@code name}.rq. */
    static String text(String name) {
        try (InputStream in = ReleaseQueries.class.getResourceAsStream(name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("requête absente : " + name + ".rq");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
