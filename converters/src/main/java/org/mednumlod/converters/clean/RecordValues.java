package org.mednumlod.converters.clean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mednumlod.converters.Mode;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;
import org.mednumlod.converters.internal.SchemaRecord;
import org.mednumlod.converters.internal.SchemaVersion;

/**
 * What the cleaners read of one record, never change: its raw values by 1.0 field (a 0.1.x column feeds its
 * successor), the source column and the code lists each field was read from, its opening hours in their raw
 * shapes, the settings of its source, and (read-only) what the cleaners before gave.
 */
final class RecordValues {

    /** What the cleaners that ran before gave, read-only. */
    interface Earlier {
        /** The lexical form of the field's first value, or null. */
        String text(String field);

        BigDecimal latitude();

        BigDecimal longitude();
    }

    /** The settings of a record's source that cleaning depends on. */
    record Settings(Mode mode, SchemaVersion version, String defaultSource) {}

    private final Settings settings;
    private final Map<Field, List<String>> raw;
    private final Map<Field, Set<String>> schemesOf;
    private final Map<Field, String> columnOf;
    private final SchemaRecord.Hours hours;
    private final String defaultId;
    private final boolean idFromContent;
    private final Earlier earlier;

    private RecordValues(
            Settings settings, SchemaRecord rec, String defaultId, boolean idFromContent, Earlier earlier) {
        this.settings = settings;
        this.defaultId = defaultId;
        this.idFromContent = idFromContent;
        this.earlier = earlier;
        this.hours = rec.hours();
        Map<Field, List<String>> values = new LinkedHashMap<>();
        Map<Field, Set<String>> schemes = new LinkedHashMap<>();
        Map<Field, String> columns = new LinkedHashMap<>();
        rec.values().forEach((column, cells) -> collect(column, cells, values, schemes, columns));
        if (settings.mode() == Mode.STRICT) {
            // Table Schema counts only the empty cell as missing: a cell of white space is a value.
            rec.whiteSpace().forEach((column, cell) -> {
                List<Field> targets = Fields.get().resolve(column);
                if (!targets.isEmpty() && !values.containsKey(targets.get(0))) {
                    collect(column, List.of(cell), values, schemes, columns);
                }
            });
        }
        this.raw = Collections.unmodifiableMap(values);
        this.schemesOf = schemes;
        this.columnOf = columns;
    }

    /**
     * @param defaultId     the id standing for an empty one (the row number of a mapped source), or null
     * @param idFromContent the source has no ids: the record is keyed by its content
     */
    static RecordValues of(
            Settings settings, SchemaRecord rec, String defaultId, boolean idFromContent, Earlier earlier) {
        return new RecordValues(settings, rec, defaultId, idFromContent, earlier);
    }

    private static void collect(
            String column,
            List<String> cells,
            Map<Field, List<String>> values,
            Map<Field, Set<String>> schemes,
            Map<Field, String> columns) {
        List<Field> targets = Fields.get().resolve(column);
        if (targets.isEmpty()) {
            return;
        }
        Field main = targets.get(0);
        values.computeIfAbsent(main, f -> new ArrayList<>()).addAll(cells);
        Set<String> s = schemes.computeIfAbsent(main, f -> new LinkedHashSet<>());
        targets.forEach(t -> {
            if (t.scheme() != null) {
                s.add(t.scheme());
            }
        });
        columns.putIfAbsent(main, column);
    }

    boolean strict() {
        return settings.mode() == Mode.STRICT;
    }

    SchemaVersion version() {
        return settings.version();
    }

    /** In publication mode, the {@code source} of a record that names none (null: none). */
    String defaultSource() {
        return settings.defaultSource();
    }

    String defaultId() {
        return defaultId;
    }

    boolean idFromContent() {
        return idFromContent;
    }

    /** The fields of the record, in the order of its columns. */
    Set<Field> fields() {
        return raw.keySet();
    }

    /**
     * The first value of a field; in strict mode a value of white space counts, as in Table Schema where only the
     * empty cell is missing.
     */
    String first(String field) {
        List<String> v = raw.get(Fields.get().field(field));
        if (v != null) {
            for (String s : v) {
                if (s != null && (strict() ? !s.isEmpty() : !s.isBlank())) {
                    return s;
                }
            }
        }
        return null;
    }

    /** Every raw value of a field, in order (empty if none). */
    List<String> values(String field) {
        return values(Fields.get().field(field));
    }

    List<String> values(Field field) {
        List<String> v = raw.get(field);
        return v == null ? List.of() : Collections.unmodifiableList(v);
    }

    /** The source column a field was read from (a 0.1.x name such as {@code labels_nationaux} is kept in messages). */
    String column(Field field) {
        return columnOf.get(field);
    }

    /** The code lists the columns of a field point to (two for a 0.1.x field that 1.0 split). */
    Set<String> schemes(Field field) {
        return Collections.unmodifiableSet(schemesOf.get(field));
    }

    SchemaRecord.Hours hours() {
        return hours;
    }

    Earlier earlier() {
        return earlier;
    }
}
