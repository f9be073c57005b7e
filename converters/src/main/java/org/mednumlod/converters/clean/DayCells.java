package org.mednumlod.converters.clean;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.mednumlod.converters.clean.Week.Range;

/** Reads the hours cells of one day (one text, or morning and afternoon) into a {@link Week}, for {@link Hours}. */
final class DayCells {
    private DayCells() {}

    /**
     * Reads the cells of one day (one, or morning and afternoon) into the week; returns the dropped hours when a cell
     * is unreadable or the day's cells say different things that cannot be told apart, else null.
     */
    static Cleaned<String> addTo(Week week, DayOfWeek d, String[] cells, String raw) {
        String name = HoursText.FRENCH_DAYS.get(d.getValue() - 1);
        List<Range> day = new ArrayList<>();
        List<HoursText.Cell> read = new ArrayList<>();
        for (String cell : cells) {
            HoursText.Cell c = HoursText.cell(cell);
            if (c == null) {
                return Hours.dropped(
                        raw,
                        "horaires.non-convertible",
                        "Horaires du " + name + " « " + cell
                                + " » non convertibles au format OSM : horaires supprimés");
            }
            read.add(c);
            day.addAll(c.ranges());
        }
        boolean unknown = read.stream().anyMatch(HoursText.Cell::unknown);
        String note = null;
        for (HoursText.Cell c : read) {
            note = HoursText.combine(note, c.note());
        }
        boolean notesDiffer = read.stream()
                        .filter(c -> !c.ranges().isEmpty() || c.unknown())
                        .map(HoursText.Cell::note)
                        .distinct()
                        .count()
                > 1;
        if ((unknown && !day.isEmpty() || notesDiffer) && read.size() == 2) {
            note = halfDayNote(read);
            unknown = day.isEmpty();
        } else if (unknown && !day.isEmpty() || notesDiffer) {
            return Hours.dropped(
                    raw,
                    "horaires.non-convertible",
                    "Horaires du " + name + " « "
                            + String.join(" / ", cells) + " » : mentions différentes dans la journée, "
                            + "horaires supprimés");
        }
        if (unknown) {
            week.unknown.put(d, note);
        } else if (!day.isEmpty()) {
            week.ranges.put(d, day);
            if (note != null) {
                week.dayNotes.put(d, note);
            }
        }
        return null;
    }

    /**
     * Morning and afternoon say different things: the day keeps its hours, the comment says which half is which
     * (« 9h-12h » and « sur rendez-vous » → 09:00-12:00 "après-midi : sur rendez-vous").
     */
    private static String halfDayNote(List<HoursText.Cell> read) {
        String note = null;
        for (int i = 0; i < 2; i++) {
            HoursText.Cell c = read.get(i);
            if (c.unknown() || c.note() != null) {
                String half = i == 0 ? "matin" : "après-midi";
                String said = c.note() == null || c.note().equals(half) ? "horaires non précisés" : c.note();
                note = HoursText.combine(note, half + " : " + said);
            }
        }
        return note;
    }
}
