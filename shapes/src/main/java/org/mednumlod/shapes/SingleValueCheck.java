package org.mednumlod.shapes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * A column that holds one value (mnl:multivalue false in the vocabulary) must give at most one triple. Driven by
 * the vocabulary, so a column added there is checked without code.
 */
final class SingleValueCheck implements PlaceCheck {
    static final String RULE = "valeur-unique";

    private final SchemaFields fields;
    private final ReferenceGraph reference;

    SingleValueCheck(SchemaFields fields, ReferenceGraph reference) {
        this.fields = fields;
        this.reference = reference;
    }

    @Override
    public Set<String> rules() {
        return Set.of(RULE);
    }

    @Override
    public void check(PlaceFacts place, Findings findings) {
        for (Node property : fields.singleValued()) {
            List<Node> values = place.all(property);
            if (values.size() > 1) {
                String joined = values.stream().map(reference::display).sorted().collect(Collectors.joining(" | "));
                findings.add(
                        RULE,
                        property,
                        null,
                        joined,
                        Map.of("champ", fields.field(property), "nombre", Integer.toString(values.size())));
            }
        }
    }
}
