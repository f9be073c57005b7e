package org.mednumlod.endpoint.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.system.Txn;
import org.mednumlod.endpoint.SparqlFiles;

/**
 * Publishing into an external SPARQL 1.1 store instead of serving the embedded TDB2 database: two datasets of that
 * store ("slots", blue/green) take turns. A release is built and checked in TDB2 as usual, then each of its graphs is
 * uploaded with the Graph Store Protocol (PUT, streamed from a file) into the slot that is not served, the graphs it
 * does not have are deleted there, the triple count of every graph is checked through the SPARQL Protocol, and only
 * then is the pointer switched: readers go from one whole dataset to the other; the previous release stays in the
 * other slot for rollback.
 */
final class RemoteStore {
    private final Releases.Remote config;

    RemoteStore(Releases.Remote config) {
        if (config.queryUrls().size() != 2 || config.graphStoreUrls().size() != 2) {
            throw new IllegalArgumentException("le mode magasin distant demande deux jeux de données (requête et Graph "
                    + "Store Protocol pour chacun), reçu " + config.queryUrls() + " / " + config.graphStoreUrls());
        }
        this.config = config;
    }

    String queryUrl(int slot) {
        return config.queryUrls().get(slot);
    }

    /** Replaces the whole content of {@code slot} by the graphs of {@code dsg} (in a read transaction here). */
    void upload(DatasetGraph dsg, int slot, Path scratch, Consumer<String> progress) {
        String gsp = config.graphStoreUrls().get(slot);
        List<Node> graphs = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(graphs::add));
        Set<String> keep = new HashSet<>();
        graphs.forEach(g -> keep.add(g.getURI()));
        for (String old : remoteGraphs(slot)) {
            if (!keep.contains(old)) {
                gsp(gsp).graphName(old).DELETE();
            }
        }
        try {
            Files.createDirectories(scratch);
            for (Node g : graphs) {
                Path file = scratch.resolve("graphe.nt");
                long size = Txn.calculateRead(dsg, () -> {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        RDFDataMgr.write(out, dsg.getGraph(g), Lang.NTRIPLES);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return dsg.getGraph(g).size();
                });
                gsp(gsp).graphName(g).contentType(RDFFormat.NTRIPLES).PUT(file.toString());
                long remote = count(slot, g);
                if (remote != size) {
                    throw new IllegalStateException(String.format(
                            Locale.FRANCE,
                            "magasin distant %s : le graphe %s a %d " + "triplets au lieu de %d après chargement",
                            gsp,
                            g.getURI(),
                            remote,
                            size));
                }
                progress.accept(String.format(
                        Locale.FRANCE, "Magasin distant : graphe %s chargé (%d triplets)", g.getURI(), size));
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GSP gsp(String url) {
        GSP gsp = GSP.service(url);
        authorization().ifPresent(value -> gsp.httpHeader("Authorization", value));
        return gsp;
    }

    /** A query on a slot (the SPARQL Protocol), with the configured credentials. */
    QueryExecutionHTTPBuilder query(int slot) {
        QueryExecutionHTTPBuilder builder = QueryExecution.service(queryUrl(slot));
        authorization().ifPresent(value -> builder.httpHeader("Authorization", value));
        // Every query is bounded (a store that accepts and never answers would hold a request thread for ever);
        // a caller that needs longer (an index read once per release) sets its own limit on the builder.
        builder.timeout(config.queryTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return builder;
    }

    private java.util.Optional<String> authorization() {
        if (config.user() == null || config.user().isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Basic "
                + Base64.getEncoder()
                        .encodeToString((config.user() + ":" + config.password()).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The limit of the checks a publish makes after loading (the graphs of a dataset, the size of a graph just
     * loaded): counting millions of triples may take longer than a page's query may.
     */
    private static final long LOAD_CHECK_MINUTES = 10;

    private List<String> remoteGraphs(int slot) {
        List<String> graphs = new ArrayList<>();
        try (QueryExecution qe = query(slot)
                .query(SparqlFiles.query(SparqlFiles.beside(RemoteStore.class, "remote-graphs")))
                .timeout(LOAD_CHECK_MINUTES, java.util.concurrent.TimeUnit.MINUTES)
                .build()) {
            qe.execSelect()
                    .forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
        }
        return graphs;
    }

    private long count(int slot, Node graph) {
        try (QueryExecution qe = query(slot)
                .query(SparqlFiles.query(SparqlFiles.beside(RemoteStore.class, "remote-graph-size")))
                .timeout(LOAD_CHECK_MINUTES, java.util.concurrent.TimeUnit.MINUTES)
                .substitution("g", org.apache.jena.rdf.model.ResourceFactory.createResource(graph.getURI()))
                .build()) {
            QuerySolution row = qe.execSelect().next();
            return row.getLiteral("n").getLong();
        }
    }
}
