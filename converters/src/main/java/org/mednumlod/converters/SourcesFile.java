package org.mednumlod.converters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources file: JSON {@code {"sources": [{"nom", "fichier", "correspondance"?, "contacts_personnels"?, …}]}},
 * paths relative to it.
 */
final class SourcesFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SourcesFile() {
    }

    static List<Conversion.Source> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        Path dir = file.toAbsolutePath().getParent();
        List<Conversion.Source> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            sources.add(new Conversion.Source(s.path("nom").asText(null), dir.resolve(s.path("fichier").asText()),
                    s.hasNonNull("correspondance") ? dir.resolve(s.get("correspondance").asText()) : null,
                    s.path("version").asText(null), s.path("tableau").asText(null), s.path("titre").asText(null),
                    s.path("producteur").asText(null), s.path("licence").asText(null), strings(s.path("identifiant")),
                    s.hasNonNull("regles") ? dir.resolve(s.get("regles").asText()) : null,
                    personalContacts(file, s)));
        }
        return sources;
    }

    /**
     * {@code "contacts_personnels"}: {@code "publies"} when the producer publishes its persons' contacts with their
     * consent, {@code "retires"} (the default) otherwise.
     */
    private static boolean personalContacts(Path file, JsonNode s) {
        JsonNode v = s.get("contacts_personnels");
        if (v == null || v.isNull() || v.asText().equals("retires")) {
            return false;
        }
        if (v.asText().equals("publies")) {
            return true;
        }
        throw new IllegalArgumentException(file + " : source « " + s.path("nom").asText("?") + " », champ "
                + "« contacts_personnels » : « " + v.asText() + " » n'est pas une valeur admise (« publies » ou « retires »)");
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
