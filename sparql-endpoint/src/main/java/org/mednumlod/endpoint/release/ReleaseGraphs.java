package org.mednumlod.endpoint.release;

import java.util.List;
import org.apache.jena.graph.Node;
import org.mednumlod.ontology.Identifiers;

/** The platform's named graphs in every release, under one base URI. */
record ReleaseGraphs(Identifiers ids) {

    ReleaseGraphs(String baseUri) {
        this(new Identifiers(baseUri));
    }

    /** The vocabulary and the SKOS code lists. */
    Node vocabulary() {
        return ids.graph(Identifiers.Graph.VOCABULAIRE);
    }

    /** The catalogue of the release (DCAT-AP, VoID). */
    Node catalogue() {
        return ids.graph(Identifiers.Graph.CATALOGUE);
    }

    /** The figures of every territory, computed at publish (RDF Data Cube, {@code docs/statistics.md}). */
    Node statistics() {
        return ids.graph(Identifiers.Graph.STATISTIQUES);
    }

    /** The tombstones of withdrawn places (their URIs answer 410, never 404). */
    Node tombstones() {
        return ids.graph(Identifiers.Graph.TOMBSTONES);
    }

    /** The places: each merges the source records that describe it (docs/deduplication.md). */
    Node places() {
        return ids.graph(Identifiers.Graph.LIEUX);
    }

    /** The territory reference. */
    Node territories() {
        return ids.graph(Identifiers.Graph.TERRITOIRES);
    }

    /** The graphs every release has (or may have: the tombstone graph is absent while nothing was withdrawn). */
    List<Node> platform() {
        return List.of(places(), territories(), vocabulary(), statistics(), tombstones(), catalogue());
    }
}
