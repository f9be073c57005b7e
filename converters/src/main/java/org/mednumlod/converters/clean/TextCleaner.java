package org.mednumlod.converters.clean;

import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * A free-text field of one value. Strict: as written. Publication: a line has its white space collapsed; a
 * paragraph keeps its line breaks but not the spaces around them. {@code nom} is required for publication;
 * {@code source} defaults to the name of the source's producer, as the national pipeline writes it.
 */
final class TextCleaner implements FieldCleaner {
    /** A line of text. */
    static final TextCleaner LINE = new TextCleaner(false, false, false);
    /** A text of several lines. */
    static final TextCleaner PARAGRAPH = new TextCleaner(true, false, false);
    /** {@code nom}: a line, required. */
    static final TextCleaner NAME = new TextCleaner(false, true, false);
    /** {@code source}: a line, the producer's name when the record names none. */
    static final TextCleaner SOURCE = new TextCleaner(false, false, true);

    private final boolean paragraph;
    private final boolean required;
    private final boolean defaultsToProducer;

    private TextCleaner(boolean paragraph, boolean required, boolean defaultsToProducer) {
        this.paragraph = paragraph;
        this.required = required;
        this.defaultsToProducer = defaultsToProducer;
    }

    @Override
    public Cleaning strict(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String v = in.first(field.name());
        if (v != null && !v.isEmpty()) {
            out.put(field.name(), ValueNodes.literal(v));
        }
        return out;
    }

    @Override
    public Cleaning publication(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String v = in.first(field.name());
        String value = v == null ? "" : clean(v);
        if (!value.isEmpty()) {
            out.put(field.name(), ValueNodes.literal(value));
        } else if (required) {
            out.finding(Finding.quarantine(
                    field.name(),
                    null,
                    "publication." + field.name() + "-absent",
                    "Le champ obligatoire « " + field.name() + " » est absent : fiche mise en quarantaine"));
        } else if (defaultsToProducer && in.defaultSource() != null) {
            out.put(field.name(), ValueNodes.literal(in.defaultSource()));
        }
        return out;
    }

    private String clean(String v) {
        return paragraph
                ? v.strip()
                        .replace("\r\n", "\n")
                        .replaceAll("[ \\t\\x{00A0}]+", " ")
                        .replaceAll(" ?\n ?", "\n")
                        .strip()
                : line(v);
    }

    /** A line with its white space collapsed. */
    static String line(String v) {
        return v.strip().replaceAll("\\s+", " ");
    }
}
