package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real coordinate pairs, as given under the source's latitude and longitude columns, and the WGS84 point. */
class CoordinatesTest {

    @ParameterizedTest(name = "({0}, {1}) → ({2}, {3})")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # lat              | lon                | exp lat          | exp lon           | rules                                               | source
            43.289439          | 5.496495           | 43.289439        | 5.496495          | ''                                                  | cnfs-2022 (Marseille)
            -21.378043         | 55.621878          | -21.378043       | 55.621878         | ''                                                  | mednum-hub-antilles (La Réunion)
            -12.719189         | 45.1               | -12.719189       | 45.1              | ''                                                  | cnfs-2022 (Mayotte)
            4.931639           | -52.3              | 4.931639         | -52.3             | ''                                                  | etapes-numerique (Guyane)
            44.839574881764    | -0.58023800736287  | 44.839574881764  | -0.58023800736287 | ''                                                  | gironde, Coord. X under latitude as the config maps it
            -0.58023800736287  | 44.839574881764    | 44.839574881764  | -0.58023800736287 | coordonnees.inversees                               | gironde, Coord. X under longitude (GIS habit)
            55.621878          | -21.378043         | -21.378043       | 55.621878         | coordonnees.inversees                               | La Réunion point swapped
            95.3               | 2.3                | 2.3              | 95.3              | coordonnees.inversees                               | latitude out of range, longitude within
            48,82870503        | 3,896039018        | 48.82870503      | 3.896039018       | coordonnees.format                                  | epernay (decimal commas)
            6692424,50691385   | 475198,121680863   | 47.294016        | 0.02466           | coordonnees.lambert93-vers-wgs84                    | maine-et-loire, Allonnes (y under latitude, x under longitude)
            6669581,76917261   | 463906,715184686   | 47.084603        | -0.112722         | coordonnees.lambert93-vers-wgs84                    | maine-et-loire, Antoigné
            475198,121680863   | 6692424,50691385   | 47.294016        | 0.02466           | coordonnees.inversees coordonnees.lambert93-vers-wgs84 | maine-et-loire, x and y swapped
            43.752901          | 7.308664           | 43.752901        | 7.308664          | ''                                                  | mednum-hub-antilles (a Martinique place geocoded near Nice: kept, in France)
            40.7               | -74.0              | 40.7             | -74.0             | ''                                                  | outside France: kept without finding
            0                  | 0                  | NULL             | NULL              | coordonnees.nulles                                  | numi
            0                  | 5.3457302          | NULL             | NULL              | coordonnees.nulles                                  | one coordinate 0
            41.93414,8         | 8.7555             | NULL             | NULL              | coordonnees.invalides                               | corse
            ''                 | 5.3                | NULL             | NULL              | coordonnees.incompletes                             | one value missing
            6692424            | 3000000            | NULL             | NULL              | coordonnees.hors-limites                            | projected, not Lambert-93
            """)
    void normalizes(String lat, String lon, Double expLat, Double expLon, String rules, String source) {
        Cleaned<double[]> c = Coordinates.normalize(lat, lon);
        if (expLat == null) {
            assertNull(c.value(), source);
        } else {
            assertEquals(expLat, c.value()[0], 1e-9, source);
            assertEquals(expLon, c.value()[1], 1e-9, source);
        }
        assertEquals(rules, c.findings().stream().map(Finding::rule).collect(Collectors.joining(" ")), source);
    }

    @Test
    void bothMissingIsEmptyWithoutFinding() {
        assertNull(Coordinates.normalize(null, " ").value());
        assertTrue(Coordinates.normalize("", null).findings().isEmpty());
    }

    @Test
    void lambertProjectionOriginMapsToItsDefiningPoint() {
        // EPSG:2154 false origin: (700 000, 6 600 000) is 46°30' N, 3° E by definition
        double[] p = Coordinates.normalize("6600000", "700000").value();
        assertEquals(46.5, p[0], 1e-6);
        assertEquals(3.0, p[1], 1e-6);
    }
}
