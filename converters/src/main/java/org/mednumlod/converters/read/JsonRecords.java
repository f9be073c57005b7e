package org.mednumlod.converters.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.mednumlod.converters.internal.RawRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON records, streamed element by element: a top-level array, an object wrapping an array (the given key, the
 * {@code features} of a GeoJSON FeatureCollection, or else the first array of objects), or an array of features.
 */
final class JsonRecords extends RecordReader {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // one element at a time from a stream: the rest of the array follows each element
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonParser parser;
    private final String shape;
    private long row;
    private boolean done;
    private boolean pending;

    JsonRecords(Path file, String arrayKey) throws IOException {
        this.parser = JSON.createParser(Files.newInputStream(file));
        try {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                shape = "JSON (tableau)";
            } else if (first == JsonToken.START_OBJECT) {
                shape = "JSON (objet, tableau « " + seekArray(arrayKey) + " »)";
            } else {
                throw new Unreadable(0, "le fichier JSON ne contient ni tableau ni objet");
            }
        } catch (JacksonException e) {
            parser.close();
            throw new Unreadable(0, "JSON illisible avant le premier élément : " + e.getOriginalMessage());
        }
    }

    /** Moves the parser into the array to read; returns its key. */
    private String seekArray(String arrayKey) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            boolean wanted = arrayKey != null
                    ? key.equals(arrayKey)
                    : key.equals("features")
                            || key.equals("data")
                            || key.equals("results")
                            || key.equals("values")
                            || key.equals("records");
            if (value == JsonToken.START_ARRAY && (wanted || arrayKey == null)) {
                return key;
            }
            parser.skipChildren();
        }
        throw new Unreadable(
                0,
                arrayKey == null
                        ? "aucun tableau d'enregistrements dans l'objet JSON"
                        : "l'objet JSON n'a pas de tableau « " + arrayKey + " »");
    }

    @Override
    public String describe() {
        return shape;
    }

    @Override
    public boolean hasNext() {
        if (done) {
            return false;
        }
        if (pending) {
            return true;
        }
        try {
            JsonToken t = parser.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) {
                done = true;
                return false;
            }
            row++;
            pending = true;
            return true;
        } catch (JacksonException e) {
            done = true;
            throw new Unreadable(row + 1, "JSON illisible après l'élément " + row + " : " + e.getMessage());
        }
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        pending = false;
        try {
            JsonNode node = JSON.readTree(parser);
            if (!node.isObject()) {
                throw new Unreadable(row, "l'élément " + row + " n'est pas un objet JSON");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            flatten("", node, fields);
            return new RawRecord(row, fields);
        } catch (JacksonException e) {
            done = true;
            throw new Unreadable(row, "JSON illisible à l'élément " + row + " : " + e.getMessage());
        }
    }

    /**
     * Objects become dotted keys; arrays are indexed ({@code key.0}) and, when they hold scalars only, are also
     * joined with {@code |} under their own key (a JSON list of values).
     */
    static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties()
                    .forEach(
                            e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            List<String> scalars = new ArrayList<>();
            boolean allScalars = true;
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                flatten(prefix + "." + i, item, out);
                if (item.isValueNode() && !item.isNull()) {
                    scalars.add(text(item));
                } else {
                    allScalars = false;
                }
            }
            if (allScalars && !scalars.isEmpty()) {
                out.put(prefix, String.join("|", scalars));
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            String v = text(node);
            if (!v.isEmpty()) {
                out.put(prefix, v);
            }
        }
    }

    private static String text(JsonNode value) {
        return value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asString();
    }

    @Override
    public void close() {
        parser.close();
    }
}
