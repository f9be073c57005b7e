package org.mednumlod.ontology;

/** The SPARQL 1.1 Service Description namespace (Jena names it only inside Fuseki's internals). */
public final class SD {
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

    private SD() {}
}
