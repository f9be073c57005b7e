package org.mednumlod.shapes;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * Severity of a validation result, as in SHACL. Only {@link #VIOLATION} makes a place non-conforming.
 *
 * <pre>
 * boolean blocking = result.severity() == Severity.VIOLATION;
 * </pre>
 */
public enum Severity {
    VIOLATION(SHACL.Violation, "Violation"),
    WARNING(SHACL.Warning, "Avertissement"),
    INFO(SHACL.Info, "Information");

    private final Node iri;
    private final String labelFr;

    Severity(Node iri, String labelFr) {
        this.iri = iri;
        this.labelFr = labelFr;
    }

    /** The SHACL term: {@code sh:Violation}, {@code sh:Warning} or {@code sh:Info}. */
    public Node iri() {
        return iri;
    }

    /** The French label shown in the producer reports. */
    public String labelFr() {
        return labelFr;
    }

    static Severity of(Node iri) {
        for (Severity s : values()) {
            if (s.iri.equals(iri)) {
                return s;
            }
        }
        throw new IllegalArgumentException("sévérité SHACL inconnue : " + iri);
    }
}
