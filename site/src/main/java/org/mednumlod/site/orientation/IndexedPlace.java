package org.mednumlod.site.orientation;

import org.mednumlod.site.hours.OpeningHours;

/**
 * A place as the orientation index holds it: what the filters read, nothing else.
 *
 * @param commune   the current commune it is in (null when not resolved)
 * @param latitude  WGS84 degrees, NaN without coordinates
 * @param values    per {@link Facet} (by ordinal), a bit per concept of that list ({@link Catalogue#concepts})
 * @param hours     the OSM value as published (null if none)
 * @param evaluable its evaluable form, null when absent or not evaluable
 */
public record IndexedPlace(
        String uri,
        String key,
        String name,
        String address,
        String postcode,
        Territory commune,
        double latitude,
        double longitude,
        long[] values,
        boolean accesLibre,
        boolean rdv,
        String hours,
        OpeningHours evaluable) {

    public boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    public long values(Facet f) {
        return values[f.ordinal()];
    }
}
