package org.mednumlod.site.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.site.hours.FrenchHolidays;

/** « Ouvert maintenant » / « Fermé » for OSM opening hours, at fixed instants (Europe/Paris), rule shape by rule shape. */
class OpeningHoursTest {

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mo-Fr 09:00-12:00,14:00-18:00                      | 2026-03-02T10:00:00+01:00 | Ouvert maintenant — ferme à 12:00
            Mo-Fr 09:00-12:00,14:00-18:00                      | 2026-03-02T12:30:00+01:00 | Fermé — ouvre à 14:00
            Mo-Fr 09:00-12:00,14:00-18:00                      | 2026-03-02T17:59:00+01:00 | Ouvert maintenant — ferme à 18:00
            Mo-Fr 09:00-12:00,14:00-18:00                      | 2026-03-02T18:00:00+01:00 | Fermé — ouvre mardi 3 mars à 09:00
            Mo-Fr 09:00-12:00,14:00-18:00                      | 2026-03-07T10:00:00+01:00 | Fermé — ouvre lundi 9 mars à 09:00
            Mo-Fr 09:00-12:00,14:00-18:00                      | 2026-03-02T09:00:00Z      | Ouvert maintenant — ferme à 12:00
            Mo-Fr 09:00-18:00; PH off                          | 2026-05-01T10:00:00+02:00 | Fermé — ouvre lundi 4 mai à 09:00
            Mo-Fr 09:00-18:00; PH off                          | 2026-04-06T10:00:00+02:00 | Fermé — ouvre mardi 7 avril à 09:00
            Mo-Fr 09:00-18:00; PH off                          | 2026-04-07T10:00:00+02:00 | Ouvert maintenant — ferme à 18:00
            Mo-Fr 09:00-18:00                                  | 2026-05-01T10:00:00+02:00 | Ouvert maintenant — ferme à 18:00
            Mo 09:30-12:30,13:30-15:30; PH off                 | 2026-05-25T10:00:00+02:00 | Fermé — ouvre lundi 1 juin à 09:30
            Apr-Sep: Mo-Fr 09:00-19:00; Oct-Mar: Mo-Fr 09:00-17:00 | 2026-07-01T18:00:00+02:00 | Ouvert maintenant — ferme à 19:00
            Apr-Sep: Mo-Fr 09:00-19:00; Oct-Mar: Mo-Fr 09:00-17:00 | 2026-12-02T18:00:00+01:00 | Fermé — ouvre jeudi 3 décembre à 09:00
            Nov-Feb Mo-Fr 10:00-12:00                          | 2026-01-14T11:00:00+01:00 | Ouvert maintenant — ferme à 12:00
            Nov-Feb Mo-Fr 10:00-12:00                          | 2026-03-04T11:00:00+01:00 | Fermé
            Mo-Fr 09:00-17:00; We off                          | 2026-03-04T10:00:00+01:00 | Fermé — ouvre jeudi 5 mars à 09:00
            Mo-Fr 09:00-17:00; We 14:00-15:00 off              | 2026-03-04T14:30:00+01:00 | Fermé — ouvre à 15:00
            Mo-Fr 08:00-12:00, We 14:00-16:00                  | 2026-03-04T15:00:00+01:00 | Ouvert maintenant — ferme à 16:00
            Fr-Sa 22:00-02:00                                  | 2026-03-07T01:00:00+01:00 | Ouvert maintenant — ferme à 02:00
            Fr-Sa 22:00-02:00                                  | 2026-03-08T01:00:00+01:00 | Ouvert maintenant — ferme à 02:00
            Fr-Sa 22:00-02:00                                  | 2026-03-09T01:00:00+01:00 | Fermé — ouvre vendredi 13 mars à 22:00
            Sa-Mo 10:00-12:00                                  | 2026-03-08T11:00:00+01:00 | Ouvert maintenant — ferme à 12:00
            24/7                                               | 2026-03-02T03:00:00+01:00 | Ouvert maintenant
            week 01-53/2 Mo 10:00-12:00                        | 2026-03-02T11:00:00+01:00 | Fermé — ouvre lundi 9 mars à 10:00
            week 01-53/2 Mo 10:00-12:00                        | 2026-03-09T11:00:00+01:00 | Ouvert maintenant — ferme à 12:00
            Mo[1] 10:00-12:00                                  | 2026-03-02T11:00:00+01:00 | Ouvert maintenant — ferme à 12:00
            Mo[1] 10:00-12:00                                  | 2026-03-09T11:00:00+01:00 | Fermé
            Mo[-1] 10:00-12:00                                 | 2026-03-30T11:00:00+02:00 | Ouvert maintenant — ferme à 12:00
            2026 Dec 24 off; Mo-Su 09:00-12:00                 | 2026-12-24T10:00:00+01:00 | Ouvert maintenant — ferme à 12:00
            Mo-Su 09:00-12:00; 2026 Dec 24 off                 | 2026-12-24T10:00:00+01:00 | Fermé — ouvre vendredi 25 décembre à 09:00
            """)
    void statusAtAFixedInstant(String osm, String instant, String expected) {
        Clock clock = Clock.fixed(OffsetDateTime.parse(instant).toInstant(), HoursView.PARIS);
        HoursView v = HoursView.of(osm, clock).orElseThrow();
        assertTrue(v.understood(), osm);
        assertEquals(expected, v.status(), osm);
        assertEquals(expected.startsWith("Ouvert"), v.open());
    }

    @Test
    void aFallbackRuleAppliesOnlyWhereNoRuleBeforeMatched() {
        String osm = "Mo-Fr 09:00-12:00 || Sa 10:00-11:00";
        Clock saturday =
                Clock.fixed(OffsetDateTime.parse("2026-03-07T10:30:00+01:00").toInstant(), HoursView.PARIS);
        assertEquals(
                "Ouvert maintenant — ferme à 11:00",
                HoursView.of(osm, saturday).orElseThrow().status());
        Clock monday =
                Clock.fixed(OffsetDateTime.parse("2026-03-09T10:30:00+01:00").toInstant(), HoursView.PARIS);
        assertEquals(
                "Ouvert maintenant — ferme à 12:00",
                HoursView.of(osm, monday).orElseThrow().status());
    }

    @Test
    void theWeekTableRunsFromMondayAndMarksTodayAndHolidays() {
        Clock clock =
                Clock.fixed(OffsetDateTime.parse("2026-05-06T10:00:00+02:00").toInstant(), HoursView.PARIS);
        HoursView v =
                HoursView.of("Mo-Fr 09:00-12:00,14:00-18:00; PH off", clock).orElseThrow();
        assertEquals(7, v.week().size());
        assertEquals(
                new HoursView.Row("lundi", "4 mai", "09:00–12:00, 14:00–18:00", false, false),
                v.week().get(0));
        assertEquals(
                new HoursView.Row("mercredi", "6 mai", "09:00–12:00, 14:00–18:00", true, false),
                v.week().get(2));
        assertEquals(
                new HoursView.Row("vendredi", "8 mai", "Fermé", false, true),
                v.week().get(4),
                "8 mai is a holiday");
        assertEquals("Fermé", v.week().get(6).hours());
        assertEquals(2, v.regular().get(java.time.DayOfWeek.FRIDAY).size(), "an ordinary Friday is open");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            Mo-Fr sunrise-sunset
            Mo-Fr 09:00-18:00; SH off
            easter off; Mo-Fr 09:00-18:00
            Mo-Fr 10:00+
            Mo-Fr 09:00-12:00 unknown
            pas des horaires
            """)
    void whatIsNotHandledIsNotEvaluated(String osm) {
        Clock clock =
                Clock.fixed(OffsetDateTime.parse("2026-03-02T10:00:00+01:00").toInstant(), HoursView.PARIS);
        HoursView v = HoursView.of(osm, clock).orElseThrow();
        assertFalse(v.understood(), osm);
        assertEquals(osm, v.raw());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2038-04-25
            """)
    void easterSundays(String a, String b, String c, String d, String e) {
        for (String s : new String[] {a, b, c, d, e}) {
            LocalDate date = LocalDate.parse(s.trim());
            assertEquals(date, FrenchHolidays.easterSunday(date.getYear()));
            assertTrue(FrenchHolidays.isHoliday(date.plusDays(1)), "Easter Monday " + date.plusDays(1));
        }
        assertTrue(FrenchHolidays.isHoliday(LocalDate.parse("2026-05-14")), "Ascension 2026");
        assertTrue(FrenchHolidays.isHoliday(LocalDate.parse("2026-05-25")), "Whit Monday 2026");
        assertFalse(FrenchHolidays.isHoliday(LocalDate.parse("2026-05-26")));
    }
}
