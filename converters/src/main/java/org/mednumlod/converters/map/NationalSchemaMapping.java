package org.mednumlod.converters.map;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mednumlod.converters.internal.RawRecord;
import org.mednumlod.converters.internal.SchemaRecord;
import org.mednumlod.converters.internal.SchemaVersion;

/**
 * Reads records already in the national schema, whatever its version (pre-0.1 CNFS exports, 0.1.0, 0.1.1,
 * the 2023–24 hybrids, 1.0.0–1.0.2): columns keep their names (older names are resolved to 1.0 fields later),
 * GeoJSON properties lose their {@code properties.} prefix and a point geometry gives the coordinates.
 */
final class NationalSchemaMapping {
    private static final Set<String> V1_ONLY = Set.of(
            "courriels",
            "itinerance",
            "dispositif_programmes_nationaux",
            "formations_labels",
            "autres_formations_labels",
            "modalites_acces",
            "fiche_acces_libre",
            "publics_specifiquement_adresses",
            "prise_en_charge_specifique",
            "frais_a_charge");
    private static final Set<String> V01_ONLY = Set.of(
            "courriel",
            "cle_ban",
            "publics_accueillis",
            "conditions_acces",
            "labels_nationaux",
            "labels_autres",
            "accessibilite");

    static SchemaVersion detect(Collection<String> columns) {
        Set<String> names = new LinkedHashSet<>();
        columns.forEach(c -> names.add(c.startsWith("properties.") ? c.substring("properties.".length()) : c));
        if (names.contains("conditions_access")) {
            return SchemaVersion.PRE_V01;
        }
        boolean v1 = names.stream().anyMatch(V1_ONLY::contains);
        boolean v01 = names.stream().anyMatch(V01_ONLY::contains);
        if (v1 && v01) {
            return SchemaVersion.HYBRID;
        }
        return v01 ? SchemaVersion.V01 : SchemaVersion.V1;
    }

    SchemaRecord apply(RawRecord in) {
        SchemaRecord out = new SchemaRecord(in.row());
        Map<String, String> fields = in.fields();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String column =
                    e.getKey().startsWith("properties.") ? e.getKey().substring("properties.".length()) : e.getKey();
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
