package org.mednumlod.shapes;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** Where a Java check reports: builds results with the rule's severity, field and messages. */
final class Findings {
    private final RuleCatalog catalog;
    private final ReferenceGraph reference;
    private final Node place;
    private final List<ValidationResult> out;

    Findings(RuleCatalog catalog, ReferenceGraph reference, Node place, List<ValidationResult> out) {
        this.catalog = catalog;
        this.reference = reference;
        this.place = place;
        this.out = out;
    }

    /** Reports a value node of the rule's own path. */
    void add(String ruleId, Node valueNode, Map<String, String> vars) {
        add(ruleId, null, valueNode, reference.display(valueNode), vars);
    }

    /**
     * Reports a finding.
     *
     * @param path      the property concerned, or null for the rule's {@code sh:path}
     * @param valueNode the value as an RDF term, or null
     * @param value     the value as shown to the producer
     * @param vars      the named values of the message template
     */
    void add(String ruleId, Node path, Node valueNode, String value, Map<String, String> vars) {
        Rule rule = catalog.rule(ruleId);
        Node p = path != null ? path : rule.path();
        String focus = place.isURI() ? place.getURI() : place.toString();
        String pathName = p == null ? "" : catalog.shortForm(p);
        out.add(new ValidationResult(
                rule.id(),
                rule.severity(),
                catalog.fieldOf(rule, p),
                value,
                MessageTemplate.render(rule.messageFr(), value, focus, pathName, vars),
                MessageTemplate.render(rule.messageEn(), value, focus, pathName, vars),
                rule.blocksPublication(),
                place,
                p,
                valueNode,
                MNLS.ControleJavaComponent));
    }
}
