package org.mednumlod.shapes;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.TokenMgrError;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mednumlod.ontology.MNL;

/**
 * The OpenStreetMap opening_hours syntax of {@code horaires}, with ch.poole's parser: strict first, then
 * lenient. Refused by the strict parser only: information; refused by both: warning.
 */
final class OpeningHoursCheck implements PlaceCheck {
    static final String STRICT = "horaires.osm-strict";
    static final String LENIENT = "horaires.osm";

    @Override
    public Set<String> rules() {
        return Set.of(STRICT, LENIENT);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        for (Node hours : place.all(MNL.horaires.asNode())) {
            if (!hours.isLiteral() || hours.getLiteralLexicalForm().isBlank()) {
                continue;
            }
            String text = hours.getLiteralLexicalForm();
            int strictColumn = errorColumn(text, true);
            if (strictColumn == 0) {
                continue;
            }
            int lenientColumn = errorColumn(text, false);
            if (lenientColumn == 0) {
                findings.add(STRICT, hours, Map.of("colonne", Integer.toString(strictColumn)));
            } else {
                findings.add(LENIENT, hours, Map.of("colonne", Integer.toString(lenientColumn)));
            }
        }
    }

    /** 0 when the text parses, else the 1-based column of the first error (1 when the parser gives none). */
    static int errorColumn(String text, boolean strict) {
        try {
            new OpeningHoursParser(new StringReader(text)).rules(strict);
            return 0;
        } catch (OpeningHoursParseException e) {
            return Math.max(1, e.getColumn());
        } catch (TokenMgrError | RuntimeException e) {
            return 1;
        }
    }
}
