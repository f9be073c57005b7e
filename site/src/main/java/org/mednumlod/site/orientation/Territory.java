package org.mednumlod.site.orientation;

import java.util.List;

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
public record Territory(Level level, String code, String name, String uri, double latitude, double longitude,
                        String epci, String departement, String region, List<String> postcodes) {

    /** The levels, with the word used in parameters ({@code territoire=departement:16}) and page paths. */
    public enum Level {
        REGION("region"), DEPARTEMENT("departement"), EPCI("epci"), COMMUNE("commune");

        private final String word;

        Level(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static java.util.Optional<Level> of(String word) {
            return java.util.Arrays.stream(values()).filter(l -> l.word.equals(word)).findFirst();
        }
    }

    /** The territory's code at {@code level} for a commune ({@code region}, {@code departement}, {@code epci}, itself). */
    public String codeAt(Level at) {
        return switch (at) {
            case REGION -> level == Level.REGION ? code : region;
            case DEPARTEMENT -> level == Level.DEPARTEMENT ? code : departement;
            case EPCI -> level == Level.EPCI ? code : epci;
            case COMMUNE -> level == Level.COMMUNE ? code : null;
        };
    }

    /** {@code region:52}, the form of the {@code territoire} parameter. */
    public String reference() {
        return level.word() + ":" + code;
    }

    /** The site's page of the territory, {@code /page/commune/49007}. */
    public String page() {
        return "/page/" + level.word() + "/" + code;
    }

    public boolean hasCentroid() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
