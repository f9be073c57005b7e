package org.mednumlod.converters.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mednumlod.converters.internal.CodeListIndex;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;
import org.mednumlod.converters.internal.RawRecord;
import org.mednumlod.converters.internal.SchemaRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The project's own mapping rules, beyond mednum-cli's format (a sibling file named by {@code "regles"} in the
 * sources file; see {@code docs/mapping-format.md}): applied after the mapping, they add values of a closed list
 * from a source column, either by a table (« Médiathèque / Bibliothèque » → {@code BIB}) or from a yes/no column
 * (« France services : oui » → {@code France Services}). Every target is checked against the field's code list when
 * the file is read, so a mistyped code fails with the file, the rule and the value named.
 *
 * <pre>
 * {"regles": [
 *   {"champ": "typologie", "colonne": "Type de lieu", "separateur": "/",
 *    "table": {"Médiathèque / Bibliothèque": "BIB", "Association et Centre social": ["ASSO", "CS"]}},
 *   {"champ": "dispositif_programmes_nationaux", "colonne": "France services", "oui": ["oui"],
 *    "cible": "France Services"}]}
 * </pre>
 */
final class MappingRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What counts as « yes » when a rule does not say. */
    private static final List<String> YES = List.of("oui", "o", "yes", "y", "true", "vrai", "1", "x");

    /** One rule: a table of folded source values to targets, or the folded yes-values and their one target. */
    private record Rule(
            String field,
            String column,
            Map<String, List<String>> table,
            Pattern separator,
            Set<String> yes,
            String target) {}

    private final List<Rule> rules = new ArrayList<>();

    private MappingRules() {}

    /** Reads and checks a rules file; a bad rule fails with a French message naming the file, the rule and the value. */
    static MappingRules read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        MappingRules out = new MappingRules();
        int n = 0;
        for (JsonNode r : root.path("regles")) {
            n++;
            String where = "règles " + file.getFileName() + ", règle " + n;
            String fieldName = r.path("champ").asString("");
            Field field = Fields.get().field(fieldName);
            if (field == null || !field.isClosedList()) {
                throw new IOException(
                        where + " : « " + fieldName + " » n'est pas un champ à liste fermée du schéma 1.0");
            }
            String column = r.path("colonne").asString("");
            if (column.isEmpty()) {
                throw new IOException(where + " : « colonne » manque");
            }
            if (r.has("table")) {
                Map<String, List<String>> table = new LinkedHashMap<>();
                r.get("table").properties().forEach(e -> {
                    List<String> targets = new ArrayList<>();
                    if (e.getValue().isArray()) {
                        e.getValue().forEach(t -> targets.add(t.asString()));
                    } else {
                        targets.add(e.getValue().asString());
                    }
                    table.put(CodeListIndex.fold(e.getKey()), targets);
                });
                for (List<String> targets : table.values()) {
                    for (String t : targets) {
                        check(where, field, t);
                    }
                }
                String sep = r.path("separateur").asString("");
                out.rules.add(new Rule(
                        field.name(),
                        column,
                        table,
                        sep.isEmpty() ? null : Pattern.compile(Pattern.quote(sep)),
                        null,
                        null));
            } else if (r.has("cible")) {
                String target = r.get("cible").asString();
                check(where, field, target);
                Set<String> yes = new LinkedHashSet<>();
                (r.has("oui") ? strings(r.get("oui")) : YES).forEach(y -> yes.add(CodeListIndex.fold(y)));
                out.rules.add(new Rule(field.name(), column, null, null, yes, target));
            } else {
                throw new IOException(where + " : une règle a soit « table », soit « cible » (colonne oui/non)");
            }
        }
        return out;
    }

    private static void check(String where, Field field, String value) throws IOException {
        if (CodeListIndex.get().exact(value, Set.of(field.scheme())).isEmpty()) {
            throw new IOException(where + " : « " + value + " » n'appartient pas à la liste « " + field.name() + " »");
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** The source columns the rules read (for the report of columns missing from the data). */
    Set<String> columns() {
        Set<String> out = new LinkedHashSet<>();
        rules.forEach(r -> out.add(r.column()));
        return out;
    }

    /** Adds the values the rules give for one raw record. */
    void apply(RawRecord in, SchemaRecord out) {
        for (Rule r : rules) {
            String cell = in.get(r.column()).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (r.table() == null) {
                if (r.yes().contains(CodeListIndex.fold(cell))) {
                    out.add(r.field(), r.target());
                }
                continue;
            }
            List<String> whole = r.table().get(CodeListIndex.fold(cell));
            if (whole != null) {
                whole.forEach(t -> out.add(r.field(), t));
            } else if (r.separator() != null) {
                for (String part : r.separator().split(cell)) {
                    List<String> targets = r.table().get(CodeListIndex.fold(part));
                    if (targets != null) {
                        targets.forEach(t -> out.add(r.field(), t));
                    }
                }
            }
        }
    }
}
