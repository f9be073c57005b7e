package org.mednumlod.endpoint.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.mednumlod.endpoint.SparqlFiles;

/**
 * What the reference graphs say of the territories, for {@link Statistics}: the current communes with their parents
 * (EPCI, département, région), population and centroid, and the population of every territory.
 */
record TerritoryFrame(Map<Node, Commune> communes, Map<Node, Long> population) {

    /** A current commune: the territories it belongs to (EPCI, département, région), population, centroid. */
    record Commune(List<Node> parents, Long population, Double latitude, Double longitude) {}

    /**
     * The frames of the references met in this process, by the fingerprint of the reference graphs (the release's
     * reference template): the same reference graphs give the same frame, read once.
     */
    private static final Map<String, TerritoryFrame> FRAMES = new ConcurrentHashMap<>();

    /**
     * The frame of the reference graphs of {@code ds}, read once per process for each fingerprint {@code reference}
     * (null: read now, not kept).
     */
    static TerritoryFrame of(String reference, Dataset ds, Map<String, Node> territories) {
        TerritoryFrame frame = reference == null ? null : FRAMES.get(reference);
        if (frame == null) {
            frame = Txn.calculateRead(ds, () -> read(ds, territories));
            if (reference != null) {
                if (FRAMES.size() >= 4) {
                    FRAMES.clear(); // a long-running process that met several references keeps the newest only
                }
                FRAMES.put(reference, frame);
            }
        }
        return frame;
    }

    /** What the reference graphs say of the territories: the communes with their parents, and the populations. */
    private static TerritoryFrame read(Dataset ds, Map<String, Node> territories) {
        Map<Node, Commune> communes = new HashMap<>();
        Map<Node, Long> population = new HashMap<>();
        for (QuerySolution r :
                SparqlFiles.select(ds, SparqlFiles.beside(Statistics.class, "statistics-communes"), territories)) {
            List<Node> parents = new ArrayList<>(3);
            for (String v : List.of("epci", "departement", "region")) {
                if (r.contains(v)) {
                    parents.add(r.get(v).asNode());
                }
            }
            Node c = r.get("commune").asNode();
            Long p = r.contains("population") ? r.getLiteral("population").getLong() : null;
            communes.put(c, new Commune(parents, p, decimal(r, "latitude"), decimal(r, "longitude")));
            if (p != null) {
                population.put(c, p);
            }
        }
        for (QuerySolution r :
                SparqlFiles.select(ds, SparqlFiles.beside(Statistics.class, "statistics-groupings"), territories)) {
            if (r.contains("population")) {
                population.put(
                        r.get("territoire").asNode(), r.getLiteral("population").getLong());
            }
        }
        return new TerritoryFrame(Map.copyOf(communes), Map.copyOf(population));
    }

    /** A decimal (xsd:decimal, or a double written in a decimal literal: read leniently), or null. */
    private static Double decimal(QuerySolution r, String var) {
        if (!r.contains(var)) {
            return null;
        }
        try {
            return Double.valueOf(r.getLiteral(var).getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
