package org.mednumlod.converters.clean;

import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * {@code id}: the record's id within its source. Strict: as written (Table Schema's unique compares cells as they
 * are: « a » and « a  » differ). Publication: stripped; a record without id is quarantined unless its source has no
 * ids (keyed by content) or a mapped source stands in its row number.
 */
final class IdCleaner implements FieldCleaner {

    @Override
    public Cleaning strict(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String id = in.first("id");
        String localId = id != null ? id : in.defaultId();
        out.localId(localId);
        if (localId != null) {
            out.put("id", ValueNodes.literal(localId));
        }
        return out;
    }

    @Override
    public Cleaning publication(RecordValues in, Field field) {
        Cleaning out = new Cleaning();
        String id = in.first("id");
        String localId = id != null ? id.strip() : in.defaultId();
        out.localId(localId);
        if (localId != null) {
            out.put("id", ValueNodes.literal(localId));
        } else if (!in.idFromContent()) {
            out.finding(Finding.quarantine(
                    "id",
                    null,
                    "publication.id-absent",
                    "Le champ obligatoire « id » est absent : fiche mise en quarantaine"));
        }
        return out;
    }
}
