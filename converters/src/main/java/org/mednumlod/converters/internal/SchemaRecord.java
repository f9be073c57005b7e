package org.mednumlod.converters.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record in the national schema's terms but not yet cleaned nor typed: values by column name, in whatever
 * schema version the source speaks (0.1.x names such as {@code courriel} or {@code labels_nationaux} included).
 * A column holds one raw cell (to be split on the list separator of its version) or several values already
 * separated by a mapping. Opening hours may come in several raw shapes.
 */
public final class SchemaRecord {
    private final long row;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> whiteSpace = new LinkedHashMap<>();
    private final Hours hours = new Hours();

    /** The raw shapes opening hours can take before conversion to OSM syntax. */
    public static final class Hours {
        public String osm;
        public String weekText;
        public final Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
        public final Map<DayOfWeek, String[]> halfDays = new EnumMap<>(DayOfWeek.class);
        /** {@code paire} / {@code impaire} (mednum-cli {@code semaine_ouverture}), or null. */
        public String weekParity;

        public boolean isEmpty() {
            return blank(osm) && blank(weekText) && days.isEmpty() && halfDays.isEmpty();
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public SchemaRecord(long row) {
        this.row = row;
    }

    public long row() {
        return row;
    }

    /**
     * Adds a raw cell (or one mapped value) to a column; blank values are ignored, but a cell of white space only
     * is remembered: the schema counts only the empty cell as missing (see {@link #whiteSpace}).
     */
    public void add(String column, String value) {
        if (value != null && !value.isBlank()) {
            values.computeIfAbsent(column, c -> new ArrayList<>()).add(value);
        } else if (value != null && !value.isEmpty()) {
            whiteSpace.putIfAbsent(column, value);
        }
    }

    /**
     * Columns whose cell held only white space, with that cell. Table Schema treats only {@code ""} as a missing
     * value, so strict mode keeps such a cell as a value (a required field is then present, a pattern fails).
     */
    public Map<String, String> whiteSpace() {
        return whiteSpace;
    }

    public Map<String, List<String>> values() {
        return values;
    }

    /** The first value of a column, or null. */
    public String first(String column) {
        List<String> v = values.get(column);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public Hours hours() {
        return hours;
    }
}
