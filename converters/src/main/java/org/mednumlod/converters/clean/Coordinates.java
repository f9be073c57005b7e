package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.mednumlod.converters.Finding;

/**
 * Normalises a latitude/longitude pair to WGS84 decimal degrees: {@code double[] {latitude, longitude}}.
 *
 * <pre>{@code
 * Cleaned<double[]> p = Coordinates.normalize("6692424,50691385", "475198,121680863"); // Lambert-93 → WGS84
 * }</pre>
 *
 * <p>Repairs: decimal commas and surrounding junk ({@code 45,3°}); Lambert-93 (EPSG:2154) values, recognised
 * when both are in the projected ranges of metropolitan France (x 100 000–1 300 000, y 6 000 000–7 200 000,
 * given in either order), converted with proj4j and rounded to 6 decimals (about 10 cm); latitude and
 * longitude swapped, recognised when the latitude is out of ±90 while the longitude is within, or when only
 * the swapped point falls in a French territory (bounding boxes of metropolitan France, the DROM and the COM).
 * A point outside every French territory is kept as given, without a finding (the shapes warn about it).
 * Dropped: a coordinate that is exactly 0 (a stand-in for a missing value, as in mednum-cli), a single
 * coordinate, values that are not numbers, and values out of range after all that.
 */
final class Coordinates {
    private static final String FIELD = "latitude/longitude";
    /** {south, north, west, east} of each French territory, with a margin of a few kilometres. */
    private static final double[][] TERRITORIES = {
        {41.3, 51.2, -5.3, 9.7}, // metropolitan France and Corsica
        {15.8, 18.2, -63.2, -60.9}, // Guadeloupe, Saint-Martin, Saint-Barthélemy
        {14.3, 14.95, -61.3, -60.75}, // Martinique
        {2.1, 5.9, -54.7, -51.5}, // Guyane
        {-21.45, -20.85, 55.2, 55.9}, // La Réunion
        {-13.1, -12.6, 44.9, 45.35}, // Mayotte
        {46.7, 47.2, -56.5, -56.1}, // Saint-Pierre-et-Miquelon
        {-14.4, -13.1, -178.3, -176.0}, // Wallis-et-Futuna
        {-28.0, -7.8, -154.8, -134.4}, // Polynésie française
        {-22.9, -19.5, 163.5, 168.2}, // Nouvelle-Calédonie
    };

    private static final String LAMBERT93 = "+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 "
            + "+y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
    private static final CoordinateTransform TO_WGS84 = new CoordinateTransformFactory()
            .createTransform(
                    new CRSFactory().createFromParameters("EPSG:2154", LAMBERT93),
                    new CRSFactory().createFromParameters("EPSG:4326", "+proj=longlat +datum=WGS84 +no_defs"));

    private Coordinates() {}

    /**
     * @param lat the raw latitude (or whatever the source put under that name), may be null
     * @param lon the raw longitude, may be null
     */
    static Cleaned<double[]> normalize(String lat, String lon) {
        boolean noLat = blank(lat);
        boolean noLon = blank(lon);
        String raw = (noLat ? "" : lat.strip()) + ", " + (noLon ? "" : lon.strip());
        if (noLat && noLon) {
            return Cleaned.empty();
        }
        if (noLat || noLon) {
            return drop(
                    raw,
                    "coordonnees.incompletes",
                    "Coordonnées « " + raw + " » incomplètes (latitude ou longitude manquante) : supprimées");
        }
        Double y = number(lat);
        Double x = number(lon);
        if (y == null || x == null) {
            return drop(raw, "coordonnees.invalides", "Coordonnées « " + raw + " » non numériques : supprimées");
        }
        if (y == 0 || x == 0) {
            return drop(
                    raw,
                    "coordonnees.nulles",
                    y == 0 && x == 0
                            ? "Coordonnées « " + raw + " » nulles (0, 0) : supprimées"
                            : "Coordonnées « " + raw + " » : une valeur 0 tient lieu de valeur manquante, supprimées");
        }
        if (lambertNorthing(y) && lambertEasting(x) || lambertNorthing(x) && lambertEasting(y)) {
            return fromLambert93(y, x, raw);
        }
        List<Finding> findings = new ArrayList<>();
        boolean inRange = Math.abs(y) <= 90 && Math.abs(x) <= 180;
        boolean swappedInRange = Math.abs(x) <= 90 && Math.abs(y) <= 180;
        if (!inRange && !swappedInRange) {
            return drop(
                    raw,
                    "coordonnees.hors-limites",
                    "Coordonnées « " + raw
                            + " » hors des limites WGS84 et non reconnues comme Lambert-93 : supprimées");
        }
        if (!inRange || !inFrance(y, x) && inFrance(x, y)) {
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "coordonnees.inversees",
                    "Coordonnées « " + raw + " » : latitude et longitude inversées, remises dans l'ordre « " + x + ", "
                            + y + " »"));
            return new Cleaned<>(new double[] {x, y}, findings);
        }
        if (!lat.strip().equals(format(lat)) || !lon.strip().equals(format(lon))) {
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "coordonnees.format",
                    "Coordonnées « " + raw + " » réécrites « " + y + ", " + x + " »"));
        }
        return new Cleaned<>(new double[] {y, x}, findings);
    }

    /** A Lambert-93 (EPSG:2154) pair, X and Y in either order, converted to WGS84 and rounded to 6 decimals. */
    private static Cleaned<double[]> fromLambert93(double y, double x, String raw) {
        List<Finding> findings = new ArrayList<>();
        boolean swapped = lambertNorthing(x);
        double easting = swapped ? y : x;
        double northing = swapped ? x : y;
        ProjCoordinate out = new ProjCoordinate();
        TO_WGS84.transform(new ProjCoordinate(easting, northing), out);
        double[] p = {round6(out.y), round6(out.x)};
        if (swapped) {
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "coordonnees.inversees",
                    "Coordonnées « " + raw + " » : X et Y Lambert-93 inversés, remis dans l'ordre"));
        }
        findings.add(Finding.fix(
                FIELD,
                raw,
                "coordonnees.lambert93-vers-wgs84",
                "Coordonnées Lambert-93 « " + raw + " » converties en WGS84 « " + p[0] + ", " + p[1] + " »"));
        return new Cleaned<>(p, findings);
    }

    /** Whether a WGS84 point lies in one of the French territories' bounding boxes. */
    static boolean inFrance(double lat, double lon) {
        for (double[] t : TERRITORIES) {
            if (lat >= t[0] && lat <= t[1] && lon >= t[2] && lon <= t[3]) {
                return true;
            }
        }
        return false;
    }

    private static boolean lambertEasting(double v) {
        return v >= 100_000 && v <= 1_300_000;
    }

    private static boolean lambertNorthing(double v) {
        return v >= 6_000_000 && v <= 7_200_000;
    }

    /** The value with a decimal comma turned into a dot and junk around it removed, or the raw text. */
    private static String format(String s) {
        String t = s.strip().replaceAll("^[^\\d+-]+|[^\\d]+$", "").replace('\u2212', '-');
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
            t = t.replace(',', '.');
        }
        return t.replaceAll("(?<=\\d)[\\s\\u00A0\\u202F](?=\\d{3}\\b)", "");
    }

    private static Double number(String s) {
        String t = format(s);
        if (!t.matches("[+-]?\\d+(\\.\\d+)?")) {
            return null;
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : null;
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static Cleaned<double[]> drop(String raw, String rule, String message) {
        return Cleaned.dropped(Finding.dropped(FIELD, raw, rule, message));
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
