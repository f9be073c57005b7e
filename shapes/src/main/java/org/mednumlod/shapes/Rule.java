package org.mednumlod.shapes;

import org.apache.jena.graph.Node;

/**
 * A rule as declared in Turtle: a SHACL shape or a {@code mnls:ControleJava}, with what a result needs.
 *
 * @param id                the local name of the rule's IRI
 * @param iri               the rule's IRI
 * @param severity          its severity
 * @param field             the field it reports, or null to take it from the result's path
 * @param path              its {@code sh:path} when it is a single property, else null
 * @param messageFr         the French message template
 * @param messageEn         the English message template
 * @param blocksPublication true for the publication gate and for conformance rules marked
 *                          {@code mnls:bloquePublication}
 * @param publicationGate   true for the rules of the publication gate (they do not affect conformance)
 */
record Rule(
        String id,
        Node iri,
        Severity severity,
        String field,
        Node path,
        String messageFr,
        String messageEn,
        boolean blocksPublication,
        boolean publicationGate) {}
