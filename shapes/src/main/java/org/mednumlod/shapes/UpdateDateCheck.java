package org.mednumlod.shapes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.mednumlod.ontology.MNL;

/**
 * date_maj against the validation clock (Europe/Paris): a placeholder date, a date in the future (beyond the
 * declared tolerance), or a date older than the declared maximum age. Only well-formed xsd:date values.
 */
final class UpdateDateCheck implements PlaceCheck {
    static final String FUTURE = "date_maj.future";
    static final String OLD = "date_maj.ancienne";
    static final String PLACEHOLDER = "date_maj.remplissage";
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Clock clock;
    private final int toleranceDays;
    private final Period maxAge;
    private final Set<LocalDate> placeholders = new HashSet<>();

    UpdateDateCheck(Graph controls, Clock clock) {
        this.clock = clock;
        this.toleranceDays =
                Integer.parseInt(param(controls, FUTURE, MNLS.toleranceJours).getLiteralLexicalForm());
        this.maxAge = Period.parse(param(controls, OLD, MNLS.ancienneteMaximale).getLiteralLexicalForm());
        controls.find(NodeFactory.createURI(MNLS.NS + PLACEHOLDER), MNLS.dateDeRemplissage, Node.ANY)
                .forEach(t -> placeholders.add(LocalDate.parse(t.getObject().getLiteralLexicalForm())));
    }

    private static Node param(Graph controls, String rule, Node p) {
        Node o = RuleCatalog.object(controls, NodeFactory.createURI(MNLS.NS + rule), p);
        if (o == null) {
            throw new IllegalStateException("paramètre absent : " + rule + " " + p);
        }
        return o;
    }

    @Override
    public Set<String> rules() {
        return Set.of(FUTURE, OLD, PLACEHOLDER);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        for (Node node : place.all(MNL.dateMaj.asNode())) {
            LocalDate date = dateOf(node);
            if (date == null) {
                continue;
            }
            if (placeholders.contains(date)) {
                findings.add(PLACEHOLDER, node, Map.of());
            } else if (date.isAfter(today.plusDays(toleranceDays))) {
                findings.add(FUTURE, node, Map.of());
            } else if (date.isBefore(today.minus(maxAge))) {
                findings.add(OLD, node, Map.of());
            }
        }
    }

    private static LocalDate dateOf(Node node) {
        if (!node.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(node.getLiteralDatatypeURI())) {
            return null;
        }
        try {
            return LocalDate.parse(node.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
