package org.mednumlod.converters.clean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.Mode;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;
import org.mednumlod.converters.internal.Place;
import org.mednumlod.converters.internal.SchemaRecord;
import org.mednumlod.converters.internal.SchemaVersion;

/**
 * Turns a {@link SchemaRecord} into a {@link Place}: one 1.0 field per property, typed values, the commune
 * resolved in the COG, and every finding. Each field is cleaned by the cleaner {@link FieldCleaners} declares for
 * it: in {@link Mode#STRICT} its strict variant (values taken as declared, for a producer's validation report), in
 * {@link Mode#PUBLICATION} its publication variant (values cleaned; a record without id, name or resolvable commune
 * is quarantined). The cleaners only read the record; the builder alone gathers what they return.
 */
public final class PlaceBuilder {
    private final RecordValues.Settings settings;
    /** Personal contacts are withheld (publication mode, the producer does not publish them). */
    private final boolean withholdPersonalContacts;

    PlaceBuilder(Mode mode, SchemaVersion version) {
        this(mode, version, null, false);
    }

    /**
     * @param defaultSource            in publication mode, the {@code source} written for a record that has none:
     *                                 the name of the source's producer, as the national pipeline writes it (null: none)
     * @param withholdPersonalContacts withhold the contacts of persons ({@link PersonalDataFilter}) before cleaning
     */
    public PlaceBuilder(Mode mode, SchemaVersion version, String defaultSource, boolean withholdPersonalContacts) {
        this.settings = new RecordValues.Settings(
                mode, version, defaultSource == null || defaultSource.isBlank() ? null : defaultSource.strip());
        this.withholdPersonalContacts = withholdPersonalContacts;
    }

    /** A record of a source with ids (the row number standing for an empty id when {@code defaultId} is given). */
    Place build(SchemaRecord rec, String defaultId) {
        return build(rec, defaultId, false);
    }

    /** @param idFromContent the source has no ids: the record is keyed by its content, not quarantined for it */
    public Place build(SchemaRecord rec, String defaultId, boolean idFromContent) {
        Draft draft = new Draft();
        if (withholdPersonalContacts) {
            draft.findings.addAll(PersonalDataFilter.apply(rec));
        }
        RecordValues in = RecordValues.of(settings, rec, defaultId, idFromContent, draft);
        boolean strict = in.strict();
        FieldCleaners cleaners = FieldCleaners.get();
        for (Map.Entry<Field, FieldCleaner> run : cleaners.inOrder()) {
            FieldCleaner cleaner = run.getValue();
            draft.apply(strict ? cleaner.strict(in, run.getKey()) : cleaner.publication(in, run.getKey()));
        }
        for (Field field : in.fields()) {
            FieldCleaner cleaner = cleaners.ofList(field);
            if (cleaner != null) {
                draft.apply(strict ? cleaner.strict(in, field) : cleaner.publication(in, field));
            }
        }
        return new Place(
                draft.localId,
                rec.row(),
                draft.values,
                draft.latitude,
                draft.longitude,
                draft.commune,
                draft.findings,
                null);
    }

    /** What the cleanings of one record add up to; the cleaners read it only through {@link RecordValues.Earlier}. */
    private static final class Draft implements RecordValues.Earlier {
        private final Fields fields = Fields.get();
        String localId;
        final Map<Field, List<Node>> values = new LinkedHashMap<>();
        final List<Finding> findings = new ArrayList<>();
        BigDecimal latitude;
        BigDecimal longitude;
        String commune;

        void apply(Cleaning c) {
            for (Cleaning.Value v : c.values()) {
                Field f = fields.field(v.field());
                if (v.replace()) {
                    values.put(f, new ArrayList<>(List.of(v.node())));
                } else {
                    List<Node> list = values.computeIfAbsent(f, k -> new ArrayList<>());
                    if (!list.contains(v.node())) {
                        list.add(v.node());
                    }
                }
            }
            findings.addAll(c.findings());
            localId = c.localId() != null ? c.localId() : localId;
            if (c.latitude() != null) {
                latitude = c.latitude();
                longitude = c.longitude();
            }
            commune = c.commune() != null ? c.commune() : commune;
        }

        @Override
        public String text(String field) {
            List<Node> v = values.get(fields.field(field));
            return v == null || v.isEmpty() ? null : v.get(0).getLiteralLexicalForm();
        }

        @Override
        public BigDecimal latitude() {
            return latitude;
        }

        @Override
        public BigDecimal longitude() {
            return longitude;
        }
    }
}
