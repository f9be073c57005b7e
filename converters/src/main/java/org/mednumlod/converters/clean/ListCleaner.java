package org.mednumlod.converters.clean;

import java.util.List;
import org.apache.jena.graph.Node;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * The open lists of contacts: {@code courriels} ({@link Emails}), {@code site_web} (every URL), {@code prise_rdv} and
 * {@code fiche_acces_libre} (the first URL) ({@link Urls}); and {@code autres_formations_labels}, free labels. Strict:
 * split on the schema's separator, URLs as IRIs when they are absolute http(s) URLs, else plain literals.
 */
final class ListCleaner implements FieldCleaner {
    static final ListCleaner EMAILS = new ListCleaner(Kind.EMAILS);
    static final ListCleaner URLS = new ListCleaner(Kind.URLS);
    static final ListCleaner FIRST_URL = new ListCleaner(Kind.FIRST_URL);
    static final ListCleaner LABELS = new ListCleaner(Kind.LABELS);

    private enum Kind {
        EMAILS,
        URLS,
        FIRST_URL,
        LABELS
    }

    private final Kind kind;

    private ListCleaner(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Cleaning strict(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        if (kind == Kind.LABELS) {
            return labels(in, field, out);
        }
        for (String v : ListValues.split(in.values(field), false)) {
            Node node = kind == Kind.EMAILS ? null : ValueNodes.iri(v);
            out.add(field.name(), node != null ? node : ValueNodes.literal(v));
        }
        return out;
    }

    @Override
    public Cleaning publication(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        List<String> values = in.values(field);
        if (kind == Kind.LABELS) {
            return labels(in, field, out);
        }
        if (values.isEmpty()) {
            return out;
        }
        if (kind == Kind.EMAILS) {
            List<String> cleaned = out.take(Emails.normalize(String.join("|", values)));
            if (cleaned != null) {
                cleaned.forEach(m -> out.add(field.name(), ValueNodes.literal(m)));
            }
            return out;
        }
        // 0.1.0 separated several sites with a comma: "https://a.fr/,https://b.fr/".
        String joined = String.join("|", values).replaceAll(",\\s*(?=(?:https?://|www\\.))", "|");
        List<String> cleaned = out.take(Urls.normalize(joined, field.name()));
        if (cleaned != null) {
            for (String u : kind == Kind.URLS ? cleaned : cleaned.subList(0, Math.min(1, cleaned.size()))) {
                Node node = ValueNodes.iri(u);
                if (node != null) {
                    out.add(field.name(), node);
                }
            }
        }
        return out;
    }

    /** Free labels, split on the separators of the record's schema version (both modes). */
    private static Cleaning labels(RecordValues in, Field field, Cleaning out) {
        ListValues.split(in.values(field), in.version().oldSeparators())
                .forEach(v -> out.add(field.name(), ValueNodes.literal(v)));
        return out;
    }
}
