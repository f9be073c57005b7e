package org.mednumlod.site.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** « Ouvert le samedi entre 10:00 et 12:00 »: open at some minute of a time window of a given date. */
class OpenWithinTest {

    @ParameterizedTest(name = "{0} on {1} [{2}, {3}) → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            Mo-Fr 09:00-12:00,14:00-18:00 | 2026-03-07 | 00:00 | 24:00 | false
            Mo-Fr 09:00-12:00,14:00-18:00 | 2026-03-06 | 00:00 | 24:00 | true
            Mo-Fr 09:00-12:00,14:00-18:00 | 2026-03-06 | 12:00 | 14:00 | false
            Mo-Fr 09:00-12:00,14:00-18:00 | 2026-03-06 | 11:59 | 14:00 | true
            Mo-Fr 09:00-12:00,14:00-18:00 | 2026-03-06 | 18:00 | 24:00 | false
            Mo-Fr 09:00-12:00,14:00-18:00 | 2026-03-06 | 00:00 | 09:00 | false
            Mo-Fr 09:00-12:00,14:00-18:00 | 2026-03-06 | 00:00 | 09:01 | true
            Sa 09:00-12:00                | 2026-03-07 | 10:00 | 11:00 | true
            Sa 09:00-12:00; PH off        | 2026-08-15 | 00:00 | 24:00 | false
            Sa 09:00-12:00                | 2026-08-15 | 00:00 | 24:00 | true
            Fr 22:00-02:00                | 2026-03-07 | 01:00 | 03:00 | true
            Fr 22:00-02:00                | 2026-03-07 | 02:00 | 24:00 | false
            24/7                          | 2026-03-08 | 05:00 | 05:30 | true
            """)
    void openAtSomeMinuteOfTheWindow(String osm, String day, String from, String to, boolean expected) {
        OpeningHours hours = OpeningHours.parse(osm).orElseThrow();
        assertEquals(expected, hours.openWithin(LocalDate.parse(day), minutes(from), minutes(to)), osm);
    }

    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }
}
