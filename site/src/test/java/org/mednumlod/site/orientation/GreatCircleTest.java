package org.mednumlod.site.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Great-circle distances against values computed independently (spherical law of cosines, Python's {@code math},
 * same radius 6371.0088 km) and against exact ones (a quarter and a half of a meridian: πR/2, πR).
 */
class GreatCircleTest {

    @ParameterizedTest(name = "{0}: {5} km")
    @CsvSource(delimiter = '|', textBlock = """
            Paris–Angoulême     | 48.8566 |  2.3522 | 45.6484 |   0.1562 |   393.3163
            Paris–Londres       | 48.8566 |  2.3522 | 51.5074 |  -0.1278 |   343.5565
            Angers–Nantes       | 47.4784 | -0.5632 | 47.2184 |  -1.5536 |    80.0201
            Paris–New York      | 48.8566 |  2.3522 | 40.7128 | -74.0060 |  5837.2490
            pôle Nord–équateur  | 90      |  0      |  0      |   0      | 10007.5572
            antipodes           |  0      |  0      |  0      | 180      | 20015.1144
            même point          | 47.4784 | -0.5632 | 47.4784 |  -0.5632 |     0
            """)
    void distancesAgreeWithAnIndependentComputation(
            String pair, double lat1, double lon1, double lat2, double lon2, double km) {
        assertEquals(km, GreatCircle.km(lat1, lon1, lat2, lon2), 5e-4, pair);
        assertEquals(km, GreatCircle.km(lat2, lon2, lat1, lon1), 5e-4, pair + " (symmetric)");
    }

    @ParameterizedTest(name = "{0} km → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0      | 0 m
            0.8504   | 850 m
            0.994    | 990 m
            0.996    | 1,0 km
            12.36    | 12,4 km
            391.04   | 391,0 km
            """)
    void distancesAreWrittenTheFrenchWay(double km, String text) {
        assertEquals(text, GreatCircle.label(km));
    }
}
