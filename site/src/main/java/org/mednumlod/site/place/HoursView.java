package org.mednumlod.site.place;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mednumlod.site.hours.FrenchHolidays;
import org.mednumlod.site.hours.OpeningHours;

/**
 * The opening hours of a place as the page shows them: this week's timetable (Monday to Sunday, in Europe/Paris
 * time) and whether the place is open now, from its OSM {@code opening_hours} value.
 *
 * @param raw        the OSM value as published
 * @param understood false when the value could not be evaluated (then only {@code raw} is shown)
 * @param week       seven rows, Monday first
 * @param open       open at the clock's instant
 * @param status     « Ouvert maintenant — ferme à 12:00 », « Fermé — ouvre lundi 9 mars à 09:00 », « Fermé »
 * @param regular    the time ranges of an ordinary (holiday-free) week from today, for schema.org
 */
record HoursView(
        String raw,
        boolean understood,
        List<Row> week,
        boolean open,
        String status,
        Map<DayOfWeek, List<OpeningHours.Range>> regular) {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Locale FR = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", FR);

    /** One day of the timetable: « lundi », « 2 mars », « 09:00–12:00, 14:00–18:00 » or « Fermé ». */
    record Row(String day, String date, String hours, boolean today, boolean holiday) {}

    /** The view of a value at the clock's instant; empty when the place has no hours. */
    static Optional<HoursView> of(String raw, Clock clock) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<OpeningHours> parsed = OpeningHours.parse(raw);
        if (parsed.isEmpty()) {
            return Optional.of(new HoursView(raw, false, List.of(), false, null, Map.of()));
        }
        OpeningHours hours = parsed.get();
        LocalDateTime now = LocalDateTime.now(clock.withZone(PARIS));
        List<Row> rows = new ArrayList<>();
        for (OpeningHours.DayHours d : hours.week(now.toLocalDate())) {
            String text = d.ranges().isEmpty()
                    ? "Fermé"
                    : d.ranges().stream().map(OpeningHours.Range::toString).collect(Collectors.joining(", "));
            rows.add(new Row(
                    d.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, FR),
                    d.date().format(DAY),
                    text,
                    d.date().equals(now.toLocalDate()),
                    d.holiday()));
        }
        OpeningHours.Status s = hours.at(now);
        String status = org.mednumlod.site.hours.StatusText.of(s, now, "Ouvert maintenant");
        return Optional.of(new HoursView(raw, true, rows, s.open(), status, regular(hours, now.toLocalDate())));
    }

    /** For each weekday, the ranges of its next date from today that is not a public holiday. */
    private static Map<DayOfWeek, List<OpeningHours.Range>> regular(OpeningHours hours, LocalDate today) {
        Map<DayOfWeek, List<OpeningHours.Range>> week = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < 21 && week.size() < 7; i++) {
            LocalDate d = today.plusDays(i);
            if (!FrenchHolidays.isHoliday(d)) {
                week.putIfAbsent(d.getDayOfWeek(), hours.on(d));
            }
        }
        return week;
    }
}
