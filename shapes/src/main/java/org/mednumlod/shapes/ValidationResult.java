package org.mednumlod.shapes;

import org.apache.jena.graph.Node;

/**
 * One finding on one place: a SHACL validation result or the result of a check implemented in Java, in the
 * same form.
 *
 * <pre>
 * for (ValidationResult r : report.results()) {
 *     System.out.println(r.severity().labelFr() + " " + r.field() + " : " + r.messageFr());
 * }
 * </pre>
 *
 * @param rule              the rule id, the local name of its IRI in {@code https://w3id.org/mednum-lod/shapes#}
 *                          (e.g. {@code code_postal.motif})
 * @param severity          violation, warning or information
 * @param field             the schema column concerned (e.g. {@code code_postal}), or the property's prefixed
 *                          name when it is not a schema column (e.g. {@code foaf:givenName}); empty if none
 * @param value             the value shown to the producer (a concept by its notation); empty if none
 * @param messageFr         the message in French
 * @param messageEn         the message in English
 * @param blocksPublication true if this result keeps the place from being published
 * @param focusNode         the place
 * @param path              the property concerned, or null
 * @param valueNode         the value as an RDF term, or null
 * @param component         the SHACL constraint component (for Java checks {@code mnls:ControleJavaComponent})
 */
public record ValidationResult(
        String rule,
        Severity severity,
        String field,
        String value,
        String messageFr,
        String messageEn,
        boolean blocksPublication,
        Node focusNode,
        Node path,
        Node valueNode,
        Node component) {

    /** The rule's IRI, which is also its {@code sh:sourceShape} in RDF reports. */
    public String ruleIri() {
        return MNLS.NS + rule;
    }
}
