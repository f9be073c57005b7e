package org.mednumlod.site.orientation;

/**
 * Great-circle distance by the haversine formula on a sphere of the IUGG mean Earth radius (6371.0088 km). The
 * operations are those of {@code queries/orientation-distance.rq}, in the same order, so that the API and its SPARQL
 * equivalent compute the same double for the same place.
 */
public final class GreatCircle {
    /** Mean Earth radius R1 (IUGG), km. */
    public static final double RADIUS_KM = 6371.0088;

    static final double DIAMETER_KM = 2 * RADIUS_KM;
    private static final double RADIAN = Math.PI / 180;

    private GreatCircle() {}

    /** The distance in km between two WGS84 points given in decimal degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = lat1 * RADIAN;
        double phi2 = lat2 * RADIAN;
        double sinHalfDeltaPhi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDeltaLambda = Math.sin((lon2 * RADIAN - lon1 * RADIAN) / 2);
        double h = sinHalfDeltaPhi * sinHalfDeltaPhi
                + Math.cos(phi1) * Math.cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda;
        return DIAMETER_KM * Math.asin(Math.sqrt(h));
    }

    /** « 850 m » under 1 km (to 10 m), else « 12,4 km » (one decimal, French comma). */
    public static String label(double km) {
        if (km < 0.995) {
            return Math.round(km * 100) * 10 + " m";
        }
        return String.format(java.util.Locale.FRANCE, "%.1f km", km).replace('\u202f', ' ');
    }
}
