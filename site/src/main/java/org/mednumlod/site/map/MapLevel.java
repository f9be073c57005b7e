package org.mednumlod.site.map;

import org.mednumlod.site.territory.TerritoryKind;
import org.mednumlod.site.territory.TerritoryRef;

/** The levels of the map, each listing the children of the level above (France lists régions). */
enum MapLevel {
    REGION(TerritoryKind.REGION, "régions"),
    DEPARTEMENT(TerritoryKind.DEPARTEMENT, "départements"),
    COMMUNE(TerritoryKind.COMMUNE, "communes"),
    PLACE(null, "lieux");

    /** The kind of territory listed at this level (null for places). */
    final TerritoryKind kind;

    final String plural;

    MapLevel(TerritoryKind kind, String plural) {
        this.kind = kind;
        this.plural = plural;
    }

    /** The level as the API's {@code niveau} parameter and the page's {@code data-niveau} write it. */
    public String value() {
        return kind == null ? "lieu" : kind.segment();
    }

    /** What the map lists inside {@code t} (null: France). */
    static MapLevel below(TerritoryRef t) {
        if (t == null) {
            return REGION;
        }
        return switch (t.kind()) {
            case REGION -> DEPARTEMENT;
            case DEPARTEMENT, EPCI -> COMMUNE;
            case COMMUNE -> PLACE;
            default -> throw new IllegalStateException("type de territoire hors de la carte : " + t.kind());
        };
    }
}
