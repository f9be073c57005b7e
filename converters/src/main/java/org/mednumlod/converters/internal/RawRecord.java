package org.mednumlod.converters.internal;

import java.util.Map;

/**
 * One record as read from a source file, before any mapping: its 1-based position (the data row of a CSV
 * file, the element of a JSON array) and its fields by column name. Nested JSON is flattened into dotted keys
 * ({@code properties.nom}, {@code geometry.coordinates.0}); JSON nulls are absent.
 */
public record RawRecord(long row, Map<String, String> fields) {

    /** The value of a column, or the empty string when the column is absent. */
    public String get(String column) {
        String v = fields.get(column);
        return v == null ? "" : v;
    }

    public boolean has(String column) {
        return fields.containsKey(column);
    }
}
