package org.mednumlod.site.hours;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates an OSM {@code opening_hours} value, parsed by {@link OpeningHoursParser}, for given dates: which time
 * ranges apply on a day, whether the place is open at a given local time, and when that changes.
 *
 * <p>Handled: weekdays and their ranges (also across the week end, {@code Sa-Mo}), the n-th weekday of a month
 * ({@code Mo[1]}), time ranges (also past midnight, {@code 22:00-02:00}), {@code 24/7}, rules without time (all
 * day), {@code off}/{@code closed} (a whole day, or only the times given), public holidays {@code PH} (French
 * ones, {@link FrenchHolidays}), month and date ranges ({@code Apr-Sep}, {@code Dec 24}, {@code 2026 Jul 14}),
 * ISO weeks ({@code week 01-53/2}), years, additive ({@code ,}) and fallback ({@code ||}) rules, with OSM's
 * precedence (a later normal rule replaces earlier ones on the days it selects). Not handled, so the value is
 * refused ({@link #parse} is empty) rather than evaluated wrongly: school holidays {@code SH}, times given by
 * events ({@code sunrise}), open-ended times ({@code 10:00+}), dates relative to Easter or to a weekday, date
 * offsets, and rules with the {@code unknown} modifier.
 */
public final class OpeningHours {
    /** A time range in minutes from the day's midnight; {@code end} may pass 1440 (the range goes on next day). */
    public record Range(int start, int end) {
        @Override
        public String toString() {
            return time(start) + "–" + time(end % 1440 == 0 && end > 0 ? 1440 : end % 1440);
        }

        public static String time(int minutes) {
            return String.format("%02d:%02d", minutes / 60, minutes % 60);
        }
    }

    /** Open or not at an instant, and when that changes (null when not within the next week). */
    public record Status(boolean open, LocalDateTime changesAt) {}

    private final List<Rule> rules;

    private OpeningHours(List<Rule> rules) {
        this.rules = rules;
    }

    /** The evaluable form of a value; empty when it does not parse or uses something not handled (see above). */
    public static Optional<OpeningHours> parse(String osm) {
        if (osm == null || osm.isBlank()) {
            return Optional.empty();
        }
        List<Rule> rules;
        try {
            rules = new OpeningHoursParser(new StringReader(osm)).rules(false);
        } catch (Exception | Error e) {
            return Optional.empty();
        }
        return rules.stream().allMatch(OpeningHours::supported)
                ? Optional.of(new OpeningHours(rules))
                : Optional.empty();
    }

    private static boolean supported(Rule r) {
        if (r.getModifier() != null && r.getModifier().getModifier() == RuleModifier.Modifier.UNKNOWN) {
            return false;
        }
        if (r.getHolidays() != null && r.getHolidays().stream().anyMatch(h -> h.getType() != Holiday.Type.PH)) {
            return false;
        }
        if (r.getTimes() != null) {
            for (TimeSpan t : r.getTimes()) {
                if (t.getStartEvent() != null
                        || t.getEndEvent() != null
                        || t.isOpenEnded()
                        || t.getInterval() > 0
                        || t.getStart() == TimeSpan.UNDEFINED_TIME) {
                    return false;
                }
            }
        }
        if (r.getDates() != null) {
            for (DateRange d : r.getDates()) {
                if (!simple(d.getStartDate())
                        || (d.getEndDate() != null && !simple(d.getEndDate()))
                        || d.getStartDate().isOpenEnded()
                        || d.getInterval() > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean simple(DateWithOffset d) {
        return d.getVarDate() == null
                && d.getNthWeekDay() == null
                && d.getWeekDayOffset() == null
                && d.getDayOffset() == 0
                && d.getMonth() != null;
    }

    /** The ranges that apply on a day, sorted, in minutes from that day's midnight. */
    public List<Range> on(LocalDate day) {
        List<Range> ranges = new ArrayList<>();
        boolean matchedBefore = false;
        for (Rule r : rules) {
            if (r.isFallBack() && matchedBefore) {
                continue;
            }
            if (!RuleDates.selects(r, day)) {
                continue;
            }
            List<Range> times = times(r);
            boolean off = r.getModifier() != null
                    && (r.getModifier().getModifier() == RuleModifier.Modifier.OFF
                            || r.getModifier().getModifier() == RuleModifier.Modifier.CLOSED);
            if (off) {
                if (r.getTimes() == null || r.getTimes().isEmpty()) {
                    ranges.clear();
                } else {
                    for (Range t : times) {
                        ranges = subtract(ranges, t);
                    }
                }
            } else {
                if (!r.isAdditive() && !r.isFallBack()) {
                    ranges.clear();
                }
                ranges.addAll(times);
            }
            matchedBefore = true;
        }
        ranges.sort((a, b) -> a.start() - b.start());
        return ranges;
    }

    /**
     * Open or closed at a local date-time (to the minute), and the first minute within the next seven days at which
     * that changes. Openness only changes at the start or end of a range, so only those instants are tried.
     */
    public Status at(LocalDateTime t) {
        boolean open = openAt(t);
        LocalDateTime cursor = t.withSecond(0).withNano(0);
        LocalDateTime last = cursor.plusMinutes(7 * 1440);
        java.util.TreeSet<LocalDateTime> boundaries = new java.util.TreeSet<>();
        for (int d = -1; d <= 8; d++) {
            LocalDateTime midnight = cursor.toLocalDate().plusDays(d).atStartOfDay();
            for (Range r : on(midnight.toLocalDate())) {
                boundaries.add(midnight.plusMinutes(r.start()));
                boundaries.add(midnight.plusMinutes(r.end()));
            }
        }
        for (LocalDateTime b : boundaries.subSet(cursor, false, last, true)) {
            if (openAt(b) != open) {
                return new Status(open, b);
            }
        }
        return new Status(open, null);
    }

    public boolean openAt(LocalDateTime t) {
        int minute = t.getHour() * 60 + t.getMinute();
        for (Range r : on(t.toLocalDate())) {
            if (minute >= r.start() && minute < r.end()) {
                return true;
            }
        }
        for (Range r : on(t.toLocalDate().minusDays(1))) {
            if (r.end() > 1440 && minute + 1440 >= r.start() && minute + 1440 < r.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Open at some minute of {@code [from, to)} on {@code day} (minutes from that day's midnight, {@code 0 ≤ from < to
     * ≤ 1440}), counting the ranges of the day before that go on past midnight ({@code Fr 22:00-02:00} is open on
     * Saturday from 00:00 to 02:00). {@code openWithin(day, 0, 1440)}: open at some time that day.
     */
    public boolean openWithin(LocalDate day, int from, int to) {
        for (Range r : on(day)) {
            if (r.start() < to && r.end() > from) {
                return true;
            }
        }
        for (Range r : on(day.minusDays(1))) {
            if (r.end() > 1440 && r.start() - 1440 < to && r.end() - 1440 > from) {
                return true;
            }
        }
        return false;
    }

    /** Monday to Sunday of the week that holds {@code day}, with the ranges of each date. */
    public List<DayHours> week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<DayHours> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            week.add(new DayHours(d, on(d), FrenchHolidays.isHoliday(d)));
        }
        return week;
    }

    public record DayHours(LocalDate date, List<Range> ranges, boolean holiday) {}

    private static List<Range> times(Rule r) {
        if (r.isTwentyfourseven() || r.getTimes() == null || r.getTimes().isEmpty()) {
            return new ArrayList<>(List.of(new Range(0, 1440)));
        }
        List<Range> out = new ArrayList<>();
        for (TimeSpan t : r.getTimes()) {
            int end = t.getEnd() == TimeSpan.UNDEFINED_TIME ? t.getStart() + 1 : t.getEnd();
            if (end <= t.getStart()) {
                end += 1440;
            }
            out.add(new Range(t.getStart(), end));
        }
        return out;
    }

    private static List<Range> subtract(List<Range> ranges, Range cut) {
        List<Range> out = new ArrayList<>();
        for (Range r : ranges) {
            if (cut.end() <= r.start() || cut.start() >= r.end()) {
                out.add(r);
                continue;
            }
            if (cut.start() > r.start()) {
                out.add(new Range(r.start(), cut.start()));
            }
            if (cut.end() < r.end()) {
                out.add(new Range(cut.end(), r.end()));
            }
        }
        return out;
    }
}
