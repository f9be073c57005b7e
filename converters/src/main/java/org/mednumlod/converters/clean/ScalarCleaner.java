package org.mednumlod.converters.clean;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * A field of one value with its own publication cleaner: {@code pivot} ({@link Pivots}), {@code telephone}
 * ({@link Phones}, which reads the postcode cleaned before it), {@code date_maj} ({@link Dates}). Strict: as written
 * ({@code date_maj} typed as the schema's tool types a date, else a plain literal).
 */
final class ScalarCleaner implements FieldCleaner {
    static final ScalarCleaner PIVOT = new ScalarCleaner((raw, in) -> in.take(Pivots.normalize(raw)), null);
    static final ScalarCleaner PHONE =
            new ScalarCleaner((raw, in) -> in.take(Phones.normalize(raw, in.earlierText("code_postal"))), null);
    static final ScalarCleaner DATE = new ScalarCleaner(ScalarCleaner::date, SchemaTypes::date);

    /** What the cleaner of one raw value may read, and where its findings go ({@link #take}). */
    record Context(RecordValues in, Cleaning out) {
        <T> T take(Cleaned<T> cleaned) {
            return out.take(cleaned);
        }

        String earlierText(String field) {
            return in.earlier().text(field);
        }
    }

    /** The raw value to a node or a text (null or blank: none). */
    private final BiFunction<String, Context, Object> clean;

    private final Function<String, Node> strictType;

    private ScalarCleaner(BiFunction<String, Context, Object> clean, Function<String, Node> strictType) {
        this.clean = clean;
        this.strictType = strictType;
    }

    @Override
    public Cleaning strict(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String v = in.first(field.name());
        if (v != null) {
            Node typed = strictType == null ? null : strictType.apply(v);
            out.put(field.name(), typed != null ? typed : ValueNodes.literal(v));
        }
        return out;
    }

    @Override
    public Cleaning publication(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String v = in.first(field.name());
        if (v != null) {
            Object cleaned = clean.apply(v, new Context(in, out));
            if (cleaned instanceof Node n) {
                out.put(field.name(), n);
            } else if (cleaned instanceof String s) {
                out.putText(field.name(), s);
            }
        }
        return out;
    }

    private static Object date(String raw, Context c) {
        LocalDate d = c.take(Dates.parse(raw));
        return d == null ? null : ValueNodes.date(d);
    }
}
