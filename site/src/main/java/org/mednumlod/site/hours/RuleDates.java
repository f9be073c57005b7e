package org.mednumlod.site.hours;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Nth;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.WeekDayRange;
import ch.poole.openinghoursparser.WeekRange;
import ch.poole.openinghoursparser.YearRange;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Whether a rule of an {@code opening_hours} value selects a date ({@link OpeningHours}): its years, dates (month
 * and date ranges, also across the year end), ISO weeks, weekdays (with the n-th of a month) and French public
 * holidays.
 */
final class RuleDates {
    private RuleDates() {}

    /** Whether {@code r} applies on {@code d}. */
    static boolean selects(Rule r, LocalDate d) {
        if (!empty(r.getYears()) && r.getYears().stream().noneMatch(y -> year(y, d.getYear()))) {
            return false;
        }
        if (!empty(r.getDates()) && r.getDates().stream().noneMatch(x -> date(x, d))) {
            return false;
        }
        if (!empty(r.getWeeks()) && r.getWeeks().stream().noneMatch(w -> week(w, d))) {
            return false;
        }
        boolean hasDays = !empty(r.getDays());
        boolean hasHolidays = !empty(r.getHolidays());
        if (!hasDays && !hasHolidays) {
            return true;
        }
        boolean holiday = hasHolidays && FrenchHolidays.isHoliday(d);
        return holiday || (hasDays && r.getDays().stream().anyMatch(w -> weekday(w, d)));
    }

    private static boolean year(YearRange y, int year) {
        int end = y.isOpenEnded()
                ? Integer.MAX_VALUE
                : y.getEndYear() == YearRange.UNDEFINED_YEAR ? y.getStartYear() : y.getEndYear();
        int step = Math.max(1, y.getInterval());
        return year >= y.getStartYear() && year <= end && (year - y.getStartYear()) % step == 0;
    }

    private static boolean week(WeekRange w, LocalDate d) {
        int n = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int end = w.getEndWeek() == WeekRange.UNDEFINED_WEEK ? w.getStartWeek() : w.getEndWeek();
        int step = Math.max(1, w.getInterval());
        return n >= w.getStartWeek() && n <= end && (n - w.getStartWeek()) % step == 0;
    }

    private static boolean weekday(WeekDayRange w, LocalDate d) {
        int day = d.getDayOfWeek().getValue() - 1;
        int start = w.getStartDay().ordinal();
        int end = w.getEndDay() == null ? start : w.getEndDay().ordinal();
        boolean inRange = start <= end ? day >= start && day <= end : day >= start || day <= end;
        if (!inRange || empty(w.getNths())) {
            return inRange;
        }
        int fromStart = (d.getDayOfMonth() - 1) / 7 + 1;
        int fromEnd = -((d.lengthOfMonth() - d.getDayOfMonth()) / 7 + 1);
        for (Nth n : w.getNths()) {
            int a = n.getStartNth();
            int b = n.getEndNth() == Nth.INVALID_NTH ? a : n.getEndNth();
            int k = a > 0 ? fromStart : fromEnd;
            if (k >= Math.min(a, b) && k <= Math.max(a, b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean date(DateRange range, LocalDate d) {
        DateWithOffset s = range.getStartDate();
        DateWithOffset e = range.getEndDate() == null ? s : range.getEndDate();
        boolean wholeMonthAtEnd = e.getDay() == DateWithOffset.UNDEFINED_MONTH_DAY;
        MonthDay from = MonthDay.of(
                s.getMonth().ordinal() + 1, s.getDay() == DateWithOffset.UNDEFINED_MONTH_DAY ? 1 : s.getDay());
        MonthDay to = MonthDay.of(e.getMonth().ordinal() + 1, wholeMonthAtEnd ? 1 : e.getDay());
        if (s.getYear() != YearRange.UNDEFINED_YEAR) {
            LocalDate a = from.atYear(s.getYear());
            int endYear = e.getYear() != YearRange.UNDEFINED_YEAR
                    ? e.getYear()
                    : to.isBefore(from) ? s.getYear() + 1 : s.getYear();
            LocalDate b = to.atYear(endYear);
            b = wholeMonthAtEnd ? b.with(TemporalAdjusters.lastDayOfMonth()) : b;
            return !d.isBefore(a) && !d.isAfter(b);
        }
        int from2 = key(from.getMonthValue(), from.getDayOfMonth());
        int to2 = key(to.getMonthValue(), wholeMonthAtEnd ? 31 : to.getDayOfMonth());
        int k = key(d.getMonthValue(), d.getDayOfMonth());
        return from2 <= to2 ? k >= from2 && k <= to2 : k >= from2 || k <= to2;
    }

    private static int key(int month, int day) {
        return month * 32 + day;
    }

    private static boolean empty(List<?> l) {
        return l == null || l.isEmpty();
    }
}
