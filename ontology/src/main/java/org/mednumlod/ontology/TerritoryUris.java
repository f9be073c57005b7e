package org.mednumlod.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.mednumlod.ontology.Territories.CommuneType;

/**
 * Territory URIs under the deployment's base URI: {@code {base}/id/region/{code}},
 * {@code /id/departement/{code}}, {@code /id/epci/{siren}}, {@code /id/commune/{code}} (COG 2026 codes), and
 * {@code /id/commune-deleguee|commune-associee|arrondissement-municipal/{code}} (a delegated commune may share
 * its code with the current commune it belongs to).
 */
public record TerritoryUris(String base) {

    public TerritoryUris {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public Node region(String code) {
        return node("region", code);
    }

    public Node departement(String code) {
        return node("departement", code);
    }

    public Node epci(String siren) {
        return node("epci", siren);
    }

    public Node commune(String code) {
        return commune(CommuneType.ACTUELLE, code);
    }

    public Node commune(CommuneType type, String code) {
        return node(type.pathSegment(), code);
    }

    /** The territory of the kind whose path segment is {@code segment} ({@code region}, {@code commune-deleguee}…). */
    public Node territory(String segment, String code) {
        return node(segment, code);
    }

    private Node node(String kind, String code) {
        return NodeFactory.createURI(base + "/id/" + kind + "/" + code);
    }
}
