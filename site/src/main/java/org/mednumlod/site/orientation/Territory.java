package org.mednumlod.site.orientation;

import java.util.List;
import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.territory.TerritoryRef;

/**
 * A région, département, EPCI or current commune of the territory graph (COG 2026).
 *
 * @param code        INSEE code (SIREN for an EPCI)
 * @param latitude    a commune's centroid (NaN when unknown, and for the other levels)
 * @param epci        the SIREN of a commune's EPCI (null if none, and for the other levels)
 * @param departement the département code of a commune (null for régions and EPCIs)
 * @param region      the région code of a commune or département (null for régions and EPCIs)
 * @param postcodes   a commune's postcodes
 */
public record Territory(
        TerritoryKind kind,
        String code,
        String name,
        String uri,
        double latitude,
        double longitude,
        String epci,
        String departement,
        String region,
        List<String> postcodes) {

    /**
     * The territory's code at {@code at} for a commune ({@code region}, {@code departement}, {@code epci}, itself);
     * for another kind, its own code at its own kind.
     */
    public String codeAt(TerritoryKind at) {
        return switch (at) {
            case REGION -> kind == TerritoryKind.REGION ? code : region;
            case DEPARTEMENT -> kind == TerritoryKind.DEPARTEMENT ? code : departement;
            case EPCI -> kind == TerritoryKind.EPCI ? code : epci;
            case COMMUNE -> kind == TerritoryKind.COMMUNE ? code : null;
            default -> null;
        };
    }

    /** How the parameters name it ({@code region:52}), its page and its URI path. */
    public TerritoryRef ref() {
        return new TerritoryRef(kind, code);
    }

    /** {@code region:52}, the form of the {@code territoire} parameter. */
    public String reference() {
        return ref().key();
    }

    /** The site's page of the territory, {@code /page/commune/49007}. */
    public String page() {
        return ref().page();
    }

    public boolean hasCentroid() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
