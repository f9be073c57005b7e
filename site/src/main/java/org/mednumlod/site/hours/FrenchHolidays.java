package org.mednumlod.site.hours;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The eleven public holidays of metropolitan France (Code du travail, L3133-1): eight on fixed dates and three that
 * follow Easter (Easter Monday, Ascension, Whit Monday). Alsace-Moselle's two extra days and the overseas
 * abolition days are not included. No library for this is served by the registries the project may use.
 */
public final class FrenchHolidays {
    private static final List<MonthDay> FIXED = List.of(
            MonthDay.of(1, 1),
            MonthDay.of(5, 1),
            MonthDay.of(5, 8),
            MonthDay.of(7, 14),
            MonthDay.of(8, 15),
            MonthDay.of(11, 1),
            MonthDay.of(11, 11),
            MonthDay.of(12, 25));

    private FrenchHolidays() {}

    public static boolean isHoliday(LocalDate d) {
        if (FIXED.contains(MonthDay.from(d))) {
            return true;
        }
        LocalDate easter = easterSunday(d.getYear());
        return d.equals(easter.plusDays(1)) || d.equals(easter.plusDays(39)) || d.equals(easter.plusDays(50));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
