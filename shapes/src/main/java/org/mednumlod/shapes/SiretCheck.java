package org.mednumlod.shapes;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.mednumlod.ontology.MNL;

/**
 * The check digit of a 14-digit pivot (SIRET): Luhn, except for La Poste's establishments (the SIREN declared
 * by {@code mnls:sirenException}), whose SIRETs may instead have a digit sum that is a multiple of 5.
 */
final class SiretCheck implements PlaceCheck {
    static final String RULE = "pivot.cle-siret";
    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");
    private static final Pattern ZEROS = Pattern.compile("0+");

    private final String exceptionSiren;

    SiretCheck(Graph controls) {
        Node siren = RuleCatalog.object(controls, NodeFactory.createURI(MNLS.NS + RULE), MNLS.sirenException);
        this.exceptionSiren = siren == null ? null : siren.getLiteralLexicalForm();
    }

    @Override
    public Set<String> rules() {
        return Set.of(RULE);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        for (Node pivot : place.all(MNL.pivot.asNode())) {
            if (!pivot.isLiteral()) {
                continue;
            }
            String value = pivot.getLiteralLexicalForm();
            if (FOURTEEN_DIGITS.matcher(value).matches()
                    && !ZEROS.matcher(value).matches()
                    && !valid(value)) {
                findings.add(RULE, pivot, Map.of());
            }
        }
    }

    boolean valid(String siret) {
        if (luhn(siret)) {
            return true;
        }
        return siret.startsWith(exceptionSiren == null ? "-" : exceptionSiren) && digitSum(siret) % 5 == 0;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}
