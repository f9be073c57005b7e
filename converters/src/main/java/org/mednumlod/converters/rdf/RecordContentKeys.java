package org.mednumlod.converters.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Place;
import org.mednumlod.ontology.Identifiers;

/**
 * Keys the records of a source without ids by what identifies the place ({@link Identifiers#contentKey}: name,
 * commune, street), not by their row: a record that moves in the file keeps its key. Two records of the file with
 * the same name, commune and street take the next salts in file order, and the later one says so (a finding on
 * {@code id}, rule {@code id.cle-contenu-collision}); the publish then matches every record to the served release's
 * records of the source (sparql-endpoint {@code ContentKeys}), which keeps each key with its place whatever the order.
 */
final class RecordContentKeys {
    private final String source;
    private final Fields fields = Fields.get();
    private final Map<String, Long> rowOfKey = new HashMap<>();

    RecordContentKeys(String source) {
        this.source = source;
    }

    /** The place with its content key, and its {@code id} value set to that key. */
    Place key(Place p) {
        String name = first(p, "nom");
        String street = first(p, "adresse");
        String commune = p.commune() == null ? "" : p.commune();
        int salt = 0;
        String key = Identifiers.contentKey(source, name, commune, street, 0);
        while (rowOfKey.containsKey(key)) {
            key = Identifiers.contentKey(source, name, commune, street, ++salt);
        }
        List<Finding> findings = new ArrayList<>(p.findings());
        if (salt > 0) {
            long first = rowOfKey.get(Identifiers.contentKey(source, name, commune, street, 0));
            findings.add(Finding.fix(
                    "id",
                    null,
                    "id.cle-contenu-collision",
                    "Source sans identifiant : même nom, même " + "commune et même adresse que la fiche du rang "
                            + first + " ; clé « " + key + " » attribuée"));
        }
        rowOfKey.put(key, p.row());
        Map<Fields.Field, List<Node>> values = new LinkedHashMap<>();
        values.put(fields.field("id"), List.of(NodeFactory.createLiteralString(key)));
        p.values().forEach((f, v) -> {
            if (!f.name().equals("id")) {
                values.put(f, v);
            }
        });
        return new Place(null, p.row(), values, p.latitude(), p.longitude(), p.commune(), findings, key);
    }

    private String first(Place p, String field) {
        List<Node> v = p.values().get(fields.field(field));
        return v == null || v.isEmpty() || !v.get(0).isLiteral() ? "" : v.get(0).getLiteralLexicalForm();
    }
}
