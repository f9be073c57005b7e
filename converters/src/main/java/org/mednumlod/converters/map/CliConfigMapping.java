package org.mednumlod.converters.map;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mednumlod.converters.internal.RawRecord;
import org.mednumlod.converters.internal.SchemaRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Applies a mapping in the format of ANCT's mednum-cli ({@code *.config.json}): one JSON object keyed by
 * schema field (any schema version's names), whose values are
 * <ul>
 * <li>{@code {"colonne": "X"}} (or a list of columns, first non-empty wins) and {@code {"valeur": "constant"}};</li>
 * <li>{@code {"joindre": {"colonnes": [...], "séparateur": " "}}};</li>
 * <li>{@code {"dissocier": {"colonne": "X" | [...], "séparateur": ",", "partie": 0}}};</li>
 * <li>for list fields, rules {@code [{"colonnes": [...], "termes": [...], "sauf": [...], "cible": "value"}]}: a rule
 * fires when a listed column contains a term (case-insensitive) and no {@code sauf} term; without columns it
 * always fires; without terms any non-empty value fires; without {@code cible} the column values are copied;</li>
 * <li>{@code horaires}: {@code {"jours": [{"colonne": "X" | ["matin", "après-midi"], "osm": "Mo"}]}},
 * {@code {"semaine": "X"}} (free text) or {@code {"osm": "X"}}.</li>
 * </ul>
 * A column the data lacks is read as empty, as mednum-cli does. See {@code docs/mapping-format.md}.
 */
final class CliConfigMapping {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, DayOfWeek> OSM_DAYS = Map.of(
            "Mo",
            DayOfWeek.MONDAY,
            "Tu",
            DayOfWeek.TUESDAY,
            "We",
            DayOfWeek.WEDNESDAY,
            "Th",
            DayOfWeek.THURSDAY,
            "Fr",
            DayOfWeek.FRIDAY,
            "Sa",
            DayOfWeek.SATURDAY,
            "Su",
            DayOfWeek.SUNDAY);

    private final JsonNode config;
    private final Set<String> columns = new LinkedHashSet<>();

    private CliConfigMapping(JsonNode config) {
        this.config = config;
        collectColumns(config);
    }

    static CliConfigMapping read(Path file) throws IOException {
        JsonNode node = JSON.readTree(file.toFile());
        if (!node.isObject()) {
            throw new IOException("la configuration " + file + " n'est pas un objet JSON");
        }
        return new CliConfigMapping(node);
    }

    /** Whether the mapping gives schema field {@code field} a rule (a source without {@code id} rule has no ids). */
    boolean maps(String field) {
        return config.has(field);
    }

    /** Every source column the mapping names (for the report of columns missing from the data). */
    Set<String> columns() {
        return columns;
    }

    SchemaRecord apply(RawRecord in) {
        SchemaRecord out = new SchemaRecord(in.row());
        config.properties().forEach(e -> {
            String field = e.getKey();
            JsonNode rule = e.getValue();
            if (field.equals("horaires")) {
                hours(rule, in, out.hours());
            } else if (field.equals("semaine_ouverture")) {
                out.hours().weekParity = column(rule, in);
            } else if (rule.isArray()) {
                for (JsonNode r : rule) {
                    listRule(field, r, in, out);
                }
            } else if (rule.has("joindre")) {
                out.add(field, join(rule.get("joindre"), in));
            } else if (rule.has("dissocier")) {
                out.add(field, split(rule.get("dissocier"), in));
            } else if (rule.has("valeur")) {
                out.add(field, rule.get("valeur").asString());
            } else {
                out.add(field, column(rule, in));
            }
        });
        return out;
    }

    /** {@code colonne}: one column or the first non-empty of several. */
    private static String column(JsonNode rule, RawRecord in) {
        JsonNode col = rule.get("colonne");
        if (col == null) {
            return null;
        }
        for (String c : names(col)) {
            String v = in.get(c).trim();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String join(JsonNode join, RawRecord in) {
        String sep = join.path("séparateur").asString(" ");
        List<String> parts = new ArrayList<>();
        for (String c : names(join.path("colonnes"))) {
            String v = in.get(c).trim();
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        return parts.isEmpty() ? null : String.join(sep, parts);
    }

    private static String split(JsonNode split, RawRecord in) {
        String whole = null;
        for (String c : names(split.path("colonne"))) {
            String v = in.get(c).trim();
            if (!v.isEmpty()) {
                whole = v;
                break;
            }
        }
        if (whole == null) {
            return null;
        }
        String[] parts = whole.split(
                java.util.regex.Pattern.quote(split.path("séparateur").asString(",")));
        int index = split.path("partie").asInt(0);
        return index < parts.length ? parts[index].trim() : null;
    }

    private static void listRule(String field, JsonNode rule, RawRecord in, SchemaRecord out) {
        List<String> cols = names(rule.path("colonnes"));
        String target = rule.hasNonNull("cible") ? rule.get("cible").asString() : null;
        if (cols.isEmpty()) {
            out.add(field, target);
            return;
        }
        List<String> terms = lower(names(rule.path("termes")));
        List<String> except = lower(names(rule.path("sauf")));
        for (String c : cols) {
            String value = in.get(c).trim();
            if (value.isEmpty()) {
                continue;
            }
            String v = value.toLowerCase(Locale.ROOT);
            boolean matches = terms.isEmpty() || terms.stream().anyMatch(v::contains);
            boolean excluded = except.stream().anyMatch(v::contains);
            if (matches && !excluded) {
                if (target == null) {
                    out.add(field, value);
                } else {
                    out.add(field, target);
                    return;
                }
            }
        }
    }

    private static void hours(JsonNode rule, RawRecord in, SchemaRecord.Hours hours) {
        if (rule.has("osm")) {
            hours.osm = blankToNull(in.get(rule.get("osm").asString()));
        }
        if (rule.has("semaine")) {
            hours.weekText = blankToNull(in.get(rule.get("semaine").asString()));
        }
        for (JsonNode day : rule.path("jours")) {
            DayOfWeek d = OSM_DAYS.get(day.path("osm").asString());
            if (d == null) {
                continue;
            }
            List<String> cols = names(day.path("colonne"));
            if (cols.size() == 2) {
                hours.halfDays.put(d, new String[] {
                    in.get(cols.get(0)).trim(), in.get(cols.get(1)).trim()
                });
            } else if (cols.size() == 1) {
                hours.days.put(d, in.get(cols.get(0)).trim());
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.asString().isEmpty()) {
                    out.add(n.asString());
                }
            });
        } else if (node.isString() && !node.asString().isEmpty()) {
            out.add(node.asString());
        }
        return out;
    }

    private static List<String> lower(List<String> terms) {
        return terms.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    private void collectColumns(JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String k = e.getKey();
                if (k.equals("colonne") || k.equals("colonnes")) {
                    columns.addAll(names(e.getValue()));
                } else if ((k.equals("osm") || k.equals("semaine"))
                        && e.getValue().isString()
                        && !OSM_DAYS.containsKey(e.getValue().asString())) {
                    columns.add(e.getValue().asString());
                } else {
                    collectColumns(e.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(this::collectColumns);
        }
    }
}
