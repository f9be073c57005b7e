package org.mednumlod.site.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link OpeningHours#at} (which tries only range boundaries) agrees with a minute-by-minute scan of
 * {@link OpeningHours#openAt} over the next seven days, from instants spread over three weeks around holidays.
 */
class NextChangeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Mo-Fr 09:00-12:00,14:00-18:00",
                "Mo-Fr 09:00-18:00; PH off",
                "Fr-Sa 22:00-02:00",
                "Sa-Mo 10:00-12:00",
                "24/7",
                "week 01-53/2 Mo 10:00-12:00",
                "Mo[1] 10:00-12:00",
                "Mo-Fr 09:00-17:00; We 14:00-15:00 off",
                "Tu-Fr 10:00-12:30,15:00-18:00; Sa 10:00-12:30; Th off",
                "Mo-Fr 08:00-12:00, We 14:00-16:00",
                "Mo-Fr 09:00-12:00 || Sa 10:00-11:00",
                "Nov-Feb Mo-Fr 10:00-12:00",
                "Mo-Su 09:00-12:00; 2026 Dec 24 off",
                "Mo 00:00-24:00",
                "We 23:00-24:00; Th 00:00-01:00"
            })
    void theNextChangeIsTheOneAMinuteScanFinds(String osm) {
        OpeningHours h = OpeningHours.parse(osm).orElseThrow();
        for (LocalDateTime t = LocalDateTime.parse("2026-12-14T00:00");
                t.isBefore(LocalDateTime.parse("2027-01-04T00:00"));
                t = t.plusMinutes(197)) {
            assertEquals(scan(h, t), h.at(t), osm + " at " + t);
        }
    }

    private static OpeningHours.Status scan(OpeningHours h, LocalDateTime t) {
        boolean open = h.openAt(t);
        for (int i = 1; i <= 7 * 1440; i++) {
            LocalDateTime next = t.plusMinutes(i);
            if (h.openAt(next) != open) {
                return new OpeningHours.Status(open, next);
            }
        }
        return new OpeningHours.Status(open, null);
    }
}
