package org.mednumlod.site.place;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** What other packages may ask about places, by key ({@code {source}.{id}} or {@code {source}~{hash}}). */
@Component
public class Places {
    private final PlaceService places;

    Places(PlaceService places) {
        this.places = places;
    }

    /**
     * The URI of a place that an error may be reported on: a place of the served release, or one that the
     * release's tombstones say was merged or withdrawn (someone may report that it still exists). Empty when the
     * key names no place at all.
     */
    public Optional<String> reportable(String key) {
        PlaceService.Lookup found = places.find(key);
        if (found instanceof PlaceService.Found f) {
            return Optional.of(f.place().getURI());
        }
        if (found instanceof PlaceService.Merged m) {
            return Optional.of(m.place().getURI());
        }
        if (found instanceof PlaceService.Withdrawn w) {
            return Optional.of(w.place().getURI());
        }
        return Optional.empty();
    }
}
