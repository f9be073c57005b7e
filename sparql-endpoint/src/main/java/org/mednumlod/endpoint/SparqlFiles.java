package org.mednumlod.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.util.ModelUtils;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The project's SPARQL kept as {@code .rq} files on the classpath: read once, parsed once, then given as a
 * {@link Query}, a {@link ParameterizedSparqlString} or an {@link UpdateRequest}. Values are bound as RDF terms by
 * the caller (substitution), never written into the text.
 *
 * <pre>{@code Query q = SparqlFiles.query("/queries/place-describe.rq");
 * Query beside = SparqlFiles.query(SparqlFiles.beside(Dumps.class, "dumps-places"));}</pre>
 */
public final class SparqlFiles {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

    private SparqlFiles() {}

    /** The classpath path of {@code name.rq} in the package of {@code type}. */
    public static String beside(Class<?> type, String name) {
        return "/" + type.getPackageName().replace('.', '/') + "/" + name + ".rq";
    }

    /** The text of the classpath resource {@code resource} (an absolute path such as {@code /queries/x.rq}). */
    public static String text(String resource) {
        return TEXTS.computeIfAbsent(resource, SparqlFiles::read);
    }

    /**
     * The query of {@code resource}, parsed once and shared: run it as is (bindings by substitution), and change only
     * a copy ({@link Query#cloneQuery()}).
     */
    public static Query query(String resource) {
        return QUERIES.computeIfAbsent(resource, r -> QueryFactory.create(text(r)));
    }

    /** A new parameterized string of {@code resource}, for a caller that sets its parameters. */
    public static ParameterizedSparqlString parameterized(String resource) {
        return new ParameterizedSparqlString(text(resource));
    }

    /** A new update request parsed from {@code resource}. */
    public static UpdateRequest update(String resource) {
        return UpdateFactory.create(text(resource));
    }

    /**
     * Runs the SELECT of {@code resource} on an embedded dataset with variables bound to RDF terms, inside the
     * caller's read transaction.
     */
    public static List<QuerySolution> select(Dataset ds, String resource, Map<String, Node> bindings) {
        var builder = QueryExecution.dataset(ds).query(query(resource));
        bindings.forEach((var, value) -> builder.substitution(var, ModelUtils.convertGraphNodeToRDFNode(value)));
        try (QueryExecution qe = builder.build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static String read(String resource) {
        try (InputStream in = SparqlFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("requête absente : " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
