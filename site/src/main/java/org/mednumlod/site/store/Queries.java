package org.mednumlod.site.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.mednumlod.endpoint.SparqlFiles;
import org.mednumlod.endpoint.release.Release;

/**
 * SPARQL queries kept as {@code .rq} resources under {@code /queries/}, parsed once ({@link SparqlFiles}); values are bound as RDF
 * terms (never concatenated into the query text). They run on the served release, embedded or remote.
 */
public final class Queries {
    private Queries() {}

    public static List<QuerySolution> select(Release ds, String name, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution qe = execution(ds, name, bindings)) {
            return detached(qe.execSelect());
        }
    }

    /** A page of a SELECT: the limit and offset are set on a copy of the parsed query. */
    public static List<QuerySolution> select(
            Release ds, String name, Map<String, ? extends RDFNode> bindings, long limit, long offset) {
        Query q = query(name).cloneQuery();
        q.setLimit(limit);
        q.setOffset(offset);
        var builder = ds.query().query(q);
        bindings.forEach(builder::substitution);
        try (QueryExecution qe = builder.build()) {
            return detached(qe.execSelect());
        }
    }

    /**
     * A SELECT read once per release to build an index (names for the search…): it gets its own time limit
     * instead of the one the dataset gives every query ({@code mednum.sparql.timeout-ms}).
     */
    public static List<QuerySolution> selectOnce(
            Release ds, String name, Map<String, ? extends RDFNode> bindings, java.time.Duration limit) {
        var builder =
                ds.query().query(query(name)).timeout(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        bindings.forEach(builder::substitution);
        try (QueryExecution qe = builder.build()) {
            return detached(qe.execSelect());
        }
    }

    /**
     * A large SELECT read once per release to build an in-memory index, row by row as it streams (no copy of the
     * whole result): call it inside the release's read transaction ({@link PerRelease} does), with its own time limit.
     */
    public static void forEach(
            Release ds, String name, java.time.Duration limit, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = ds.query()
                .query(query(name))
                .timeout(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    /** A copy of the parsed query {@code name}, for a caller that builds a query from it with Jena's syntax API. */
    public static Query parsed(String name) {
        return query(name).cloneQuery();
    }

    /**
     * The rows with their terms resolved now: TDB2 resolves a solution's terms lazily, which fails once the read
     * transaction has ended (a page template reads them after).
     */
    private static List<QuerySolution> detached(ResultSet rs) {
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(row -> {
            QuerySolutionMap copy = new QuerySolutionMap();
            row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
            rows.add(copy);
        });
        return rows;
    }

    public static boolean ask(Release ds, String name, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution qe = execution(ds, name, bindings)) {
            return qe.execAsk();
        }
    }

    public static Model construct(Release ds, String name, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution qe = execution(ds, name, bindings)) {
            return qe.execConstruct();
        }
    }

    private static QueryExecution execution(Release ds, String name, Map<String, ? extends RDFNode> bindings) {
        var builder = ds.query().query(query(name));
        bindings.forEach(builder::substitution);
        return builder.build();
    }

    /**
     * The text of query {@code name} with the bindings written into it as RDF terms (by Jena's syntax transform, not
     * by string building) and, when {@code limit > 0}, the page's LIMIT / OFFSET: the same query as a page runs, for
     * people to run it themselves ({@code /query?requete=}).
     */
    public static String text(String name, Map<String, ? extends RDFNode> bindings, long limit, long offset) {
        Query q = org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.queryReplaceVars(
                query(name).cloneQuery(), bindings);
        if (limit > 0) {
            q.setLimit(limit);
            q.setOffset(offset > 0 ? offset : Query.NOLIMIT);
        }
        return q.serialize();
    }

    /** The projected variables of a SELECT, in order. */
    public static List<String> resultVars(String name) {
        return query(name).getResultVars();
    }

    static Query query(String name) {
        return SparqlFiles.query("/queries/" + name + ".rq");
    }
}
