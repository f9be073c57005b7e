package org.mednumlod.converters;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads records already in the national schema, whatever its version (pre-0.1 CNFS exports, 0.1.0, 0.1.1,
 * the 2023–24 hybrids, 1.0.0–1.0.2): columns keep their names (older names are resolved to 1.0 fields later),
 * GeoJSON properties lose their {@code properties.} prefix and a point geometry gives the coordinates.
 */
final class NationalSchemaMapping {
    private static final Set<String> V1_ONLY = Set.of("courriels", "itinerance", "dispositif_programmes_nationaux",
            "formations_labels", "autres_formations_labels", "modalites_acces", "fiche_acces_libre",
            "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge");
    private static final Set<String> V01_ONLY = Set.of("courriel", "cle_ban", "publics_accueillis", "conditions_acces",
            "labels_nationaux", "labels_autres", "accessibilite");

    /** The schema versions a file can be in, as detected from its columns. */
    enum Version {
        V1("1.0.x"), V01("0.1.x"), PRE_V01("antérieure à 0.1 (export CNFS 2022)"), HYBRID("hybride 0.1 / 1.0");

        private final String label;

        Version(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        /** True when 0.1.x list separators ({@code ;}, or {@code ,} before 0.1) may be used. */
        boolean oldSeparators() {
            return this != V1;
        }

        static Version parse(String s) {
            return switch (s) {
                case "1.0", "1.0.0", "1.0.1", "1.0.2" -> V1;
                case "0.1", "0.1.0", "0.1.1" -> V01;
                case "pre-0.1" -> PRE_V01;
                case "hybride" -> HYBRID;
                default -> throw new IllegalArgumentException("version du schéma inconnue : " + s
                        + " (1.0, 0.1, pre-0.1, hybride)");
            };
        }
    }

    static Version detect(Collection<String> columns) {
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(c.startsWith("properties.") ? c.substring("properties.".length()) : c));
        if (names.contains("conditions_access")) {
            return Version.PRE_V01;
        }
        boolean v1 = names.stream().anyMatch(V1_ONLY::contains);
        boolean v01 = names.stream().anyMatch(V01_ONLY::contains);
        if (v1 && v01) {
            return Version.HYBRID;
        }
        return v01 ? Version.V01 : Version.V1;
    }

    SchemaRecord apply(RawRecord in) {
        SchemaRecord out = new SchemaRecord(in.row());
        Map<String, String> fields = in.fields();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String column = e.getKey().startsWith("properties.") ? e.getKey().substring("properties.".length()) : e.getKey();
            if (column.equals("horaires")) {
                out.hours().osm = e.getValue();
            } else if (!column.contains(".")) {
                out.add(column, e.getValue());
            }
        }
        if (out.first("latitude") == null && fields.containsKey("geometry.coordinates.1")) {
            out.add("longitude", fields.get("geometry.coordinates.0"));
            out.add("latitude", fields.get("geometry.coordinates.1"));
        }
        return out;
    }
}
