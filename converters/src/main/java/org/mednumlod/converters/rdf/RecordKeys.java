package org.mednumlod.converters.rdf;

import java.util.ArrayList;
import java.util.List;
import org.mednumlod.converters.internal.Place;
import org.mednumlod.converters.internal.RawRecord;

/**
 * The key of each record of one source: its {@code id}, or the values of the source's identity columns joined with
 * {@code .} when the source declares them, or its content ({@link RecordContentKeys}) when the source has no ids.
 */
public final class RecordKeys {
    private final List<String> identity;
    private final RecordContentKeys contentKeys;

    /**
     * @param source    the source's name
     * @param identity  the source's identity columns (empty: none)
     * @param byContent the source has no ids: records are keyed by their content
     */
    public RecordKeys(String source, List<String> identity, boolean byContent) {
        this.identity = List.copyOf(identity);
        this.contentKeys = byContent ? new RecordContentKeys(source) : null;
    }

    /** The place keyed: by content, or by its identity columns when all of them have a value. */
    public Place key(Place place, RawRecord raw) {
        if (contentKeys != null) {
            place = contentKeys.key(place);
        }
        if (!identity.isEmpty() && place.localId() != null) {
            List<String> parts = new ArrayList<>();
            identity.forEach(c -> parts.add(raw.get(c).strip()));
            if (parts.stream().noneMatch(String::isEmpty)) {
                place = new Place(
                        String.join(".", parts),
                        place.row(),
                        place.values(),
                        place.latitude(),
                        place.longitude(),
                        place.commune(),
                        place.findings(),
                        null);
            }
        }
        return place;
    }
}
