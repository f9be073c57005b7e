package org.mednumlod.converters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The sources file: JSON {@code {"sources": [{"nom", "fichier", "correspondance"?, "contacts_personnels"?, …}]}},
 * paths relative to it.
 *
 * <pre>
 * List&lt;Source&gt; sources = SourcesFile.read(Path.of("sources.json"));
 * </pre>
 */
public final class SourcesFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SourcesFile() {}

    /** The sources the file lists, in its order; a value the file may not hold is refused with a French message. */
    public static List<Source> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        Path dir = file.toAbsolutePath().getParent();
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            sources.add(Source.builder(
                            s.path("nom").asString(null),
                            dir.resolve(s.path("fichier").asString()))
                    .mapping(
                            s.hasNonNull("correspondance")
                                    ? dir.resolve(s.get("correspondance").asString())
                                    : null)
                    .version(s.path("version").asString(null))
                    .arrayKey(s.path("tableau").asString(null))
                    .title(s.path("titre").asString(null))
                    .producer(s.path("producteur").asString(null))
                    .licence(s.path("licence").asString(null))
                    .identity(strings(s.path("identifiant")))
                    .rules(s.hasNonNull("regles") ? dir.resolve(s.get("regles").asString()) : null)
                    .personalContactsPublished(personalContacts(file, s))
                    .build());
        }
        return sources;
    }

    /**
     * {@code "contacts_personnels"}: {@code "publies"} when the producer publishes its persons' contacts with their
     * consent, {@code "retires"} (the default) otherwise.
     */
    private static boolean personalContacts(Path file, JsonNode s) {
        JsonNode v = s.get("contacts_personnels");
        if (v == null || v.isNull()) {
            return false;
        }
        // asString() refuses an object or an array (Jackson 3): the message shows them as JSON
        String value = v.isValueNode() ? v.asString() : v.toString();
        if (value.equals("retires")) {
            return false;
        }
        if (value.equals("publies")) {
            return true;
        }
        throw new IllegalArgumentException(
                file + " : source « " + s.path("nom").asString("?") + " », champ " + "« contacts_personnels » : « "
                        + value + " » n'est pas une valeur admise (« publies » ou « retires »)");
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asString()));
        return out;
    }
}
