package org.mednumlod.shapes;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * The list syntax of the schema's closed lists: their patterns, {@code (?:(?:^|\|)(V1|V2|…))+$}, take exact values
 * joined by {@code |}, so an item with white space around it or an empty item makes the cell invalid. The
 * converter keeps such items as written in strict mode (a literal); this check names the stray space or the empty
 * item. It applies to the lists whose closed-list rule ({@code *.liste}) is a violation, read from the catalog
 * (the 9 lists the schema constrains; not {@code typologie}, which schema 1.0.1 leaves free).
 */
final class ListSyntaxCheck implements PlaceCheck {
    static final String SPACES = "liste.espaces";
    static final String EMPTY = "liste.element-vide";
    /** White space as the {@code *.liste} shapes see it ({@code [ \t\n\r]}, XML Schema's {@code \s}). */
    private static final String SPACE = " \t\n\r";

    private final Set<Node> properties = new LinkedHashSet<>();
    private final SchemaFields fields;

    ListSyntaxCheck(RuleCatalog catalog) {
        this.fields = catalog.fields();
        catalog.rules().stream()
                .filter(r -> r.id().endsWith(".liste") && r.severity() == Severity.VIOLATION && r.path() != null)
                .forEach(r -> properties.add(r.path()));
        if (properties.isEmpty()) {
            throw new IllegalStateException("aucune liste fermée du schéma dans les règles");
        }
    }

    @Override
    public Set<String> rules() {
        return Set.of(SPACES, EMPTY);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        for (Node property : properties) {
            for (Node value : place.all(property)) {
                if (!value.isLiteral()) {
                    continue;
                }
                String text = value.getLiteralLexicalForm();
                String field = fields.field(property);
                if (text.isEmpty()) {
                    findings.add(EMPTY, property, value, text, Map.of("champ", field));
                    continue;
                }
                boolean before = SPACE.indexOf(text.charAt(0)) >= 0;
                boolean after = SPACE.indexOf(text.charAt(text.length() - 1)) >= 0;
                String stripped = text.replaceAll("^[ \\t\\n\\r]+|[ \\t\\n\\r]+$", "");
                if (before || after) {
                    String where = before && after
                            ? "avant et après la valeur"
                            : before ? "avant la valeur" : "après la valeur";
                    String whereEn = before && after
                            ? "before and after the value"
                            : before ? "before the value" : "after the value";
                    findings.add(
                            SPACES,
                            property,
                            value,
                            text,
                            Map.of(
                                    "champ", field, "ou", where, "where", whereEn, "corrige", stripped, "fixed",
                                    stripped));
                }
            }
        }
    }
}
