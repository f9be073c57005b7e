package org.mednumlod.converters.clean;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mednumlod.converters.clean.HoursWords.Closed;
import org.mednumlod.converters.clean.HoursWords.Days;
import org.mednumlod.converters.clean.HoursWords.Except;
import org.mednumlod.converters.clean.HoursWords.Half;
import org.mednumlod.converters.clean.HoursWords.Item;
import org.mednumlod.converters.clean.HoursWords.Times;
import org.mednumlod.converters.clean.HoursWords.Unreadable;
import org.mednumlod.converters.clean.Week.Range;

/**
 * Fits the items of a French opening-hours text together into a {@link Week}: clauses "days then hours" or one
 * "hours then days", {@code Fermé} after days, exceptions ({@code fermé le mercredi}, {@code sauf le mardi
 * après-midi}) applied last, hours without days or days without hours kept as OSM's {@code unknown}; anything that
 * contradicts itself is {@link Unreadable}.
 */
final class HoursClauses {
    private static final List<String> FRENCH_DAYS = HoursText.FRENCH_DAYS;

    private HoursClauses() {}

    /** Reads the clauses into the week, or fails when they do not fit together; returns the number of clauses. */
    static int readClauses(List<Item> items, Week week) throws Unreadable {
        Reading r = new Reading(items, week);
        while (r.i < r.n) {
            Item it = items.get(r.i);
            if (it instanceof Days d) {
                r.daysClause(d);
            } else if (it instanceof Times t) {
                r.timesClause(t);
            } else if (it instanceof Closed || it instanceof Except) {
                r.closure(it);
            } else {
                throw new Unreadable("« matin » ou « après-midi » sans jour");
            }
        }
        return r.finish();
    }

    /** The state of one reading: the position in the items and what the clauses read so far said. */
    private static final class Reading {
        final List<Item> items;
        final Week week;
        final int n;
        int i;
        final List<Days> closures = new ArrayList<>();
        final List<Half> closureHalves = new ArrayList<>();
        final List<Days> daysOnly = new ArrayList<>();
        final List<Half> daysOnlyHalves = new ArrayList<>();
        List<Range> timesOnly;
        final EnumSet<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
        int clauses;

        Reading(List<Item> items, Week week) {
            this.items = items;
            this.week = week;
            this.n = items.size();
        }

        /** Days (less their exceptions), an optional half-day, then hours, « fermé », or nothing. */
        void daysClause(Days d) throws Unreadable {
            i++;
            while (i + 1 < n && items.get(i) instanceof Except && items.get(i + 1) instanceof Days x) {
                if (d.nth() != null || x.nth() != null || !d.days().containsAll(x.days())) {
                    throw new Unreadable("exception de jours non comprise");
                }
                EnumSet<DayOfWeek> rest = EnumSet.copyOf(d.days());
                rest.removeAll(x.days());
                d = new Days(rest, d.named(), null);
                i += 2;
                if (i < n && items.get(i) instanceof Half) {
                    throw new Unreadable("exception d'une demi-journée sans horaires");
                }
            }
            Half half = i < n && items.get(i) instanceof Half h ? h : null;
            if (half != null) {
                i++;
            }
            if (i < n && items.get(i) instanceof Times t) {
                assign(d, half, t.ranges(), week);
                named.addAll(d.named());
                clauses++;
                i++;
            } else if (i < n && items.get(i) instanceof Closed) {
                closures.add(d);
                closureHalves.add(half);
                i++;
            } else {
                daysOnly.add(d);
                daysOnlyHalves.add(half);
            }
        }

        /** Hours then days (and a half-day), or hours without days at the very start. */
        void timesClause(Times t) throws Unreadable {
            if (i + 1 < n && items.get(i + 1) instanceof Days d) {
                Half half = i + 2 < n && items.get(i + 2) instanceof Half h ? h : null;
                assign(d, half, t.ranges(), week);
                named.addAll(d.named());
                clauses++;
                i += half == null ? 2 : 3;
            } else if (timesOnly == null && i == 0) {
                timesOnly = t.ranges();
                i++;
            } else {
                throw new Unreadable("horaires sans jours au milieu du texte");
            }
        }

        /** « fermé » or « sauf », an optional half-day, days, an optional half-day. */
        void closure(Item it) throws Unreadable {
            i++;
            Half half = i < n && items.get(i) instanceof Half h ? h : null;
            if (half != null) {
                i++;
            }
            if (!(i < n && items.get(i) instanceof Days d)) {
                throw new Unreadable("« fermé » ou « sauf » sans jour");
            }
            i++;
            if (half == null && i < n && items.get(i) instanceof Half h) {
                half = h;
                i++;
            }
            if (it instanceof Except && clauses == 0) {
                throw new Unreadable("« sauf » avant tout horaire");
            }
            closures.add(d);
            closureHalves.add(half);
        }

        /** Hours without days, or days without hours, or the closures applied last. */
        int finish() throws Unreadable {
            if (timesOnly != null) {
                if (clauses > 0 || !closures.isEmpty() || !daysOnly.isEmpty()) {
                    throw new Unreadable("horaires sans jours mêlés à des jours");
                }
                week.anyDay = timesOnly;
                return 1;
            }
            if (!daysOnly.isEmpty()) {
                if (clauses > 0 || !closures.isEmpty()) {
                    throw new Unreadable("jours sans horaires");
                }
                unknownDays();
                return daysOnly.size();
            }
            for (int k = 0; k < closures.size(); k++) {
                close(closures.get(k), closureHalves.get(k), named, week);
            }
            if (week.ranges.values().stream().allMatch(List::isEmpty) && week.nth.isEmpty()) {
                throw new Unreadable("aucune plage horaire");
            }
            return clauses;
        }

        /** Days named without hours: open at times not given (in the morning or afternoon if said). */
        private void unknownDays() throws Unreadable {
            for (int k = 0; k < daysOnly.size(); k++) {
                Days d = daysOnly.get(k);
                if (d.nth() != null) {
                    throw new Unreadable("jours du mois sans horaires");
                }
                Half h = daysOnlyHalves.get(k);
                for (DayOfWeek day : d.days()) {
                    String c = h == null ? null : h.morning() ? "matin" : "après-midi";
                    if (week.unknown.containsKey(day) && !java.util.Objects.equals(week.unknown.get(day), c)) {
                        throw new Unreadable("jours répétés");
                    }
                    week.unknown.put(day, c);
                }
            }
        }
    }

    private static void assign(Days d, Half half, List<Range> ranges, Week week) throws Unreadable {
        if (half != null) {
            checkHalf(half, ranges);
        }
        if (d.nth() != null) {
            for (DayOfWeek day : d.days()) {
                String key = Hours.OSM_DAYS[day.getValue() - 1] + "[" + d.nth() + "]";
                if (week.nth.containsKey(key)) {
                    throw new Unreadable("jours du mois répétés");
                }
                week.nth.put(key, new ArrayList<>(ranges));
            }
            return;
        }
        for (DayOfWeek day : d.days()) {
            List<Range> existing = week.ranges.computeIfAbsent(day, k -> new ArrayList<>());
            for (Range r : ranges) {
                if (existing.stream().anyMatch(x -> r.start() < x.end() && x.start() < r.end())) {
                    throw new Unreadable("horaires contradictoires pour le " + FRENCH_DAYS.get(day.getValue() - 1));
                }
            }
            existing.addAll(ranges);
        }
    }

    /** {@code matin} beside hours that end by 14:00, {@code après-midi} beside hours that start from 12:00. */
    static void checkHalf(Half half, List<Range> ranges) throws Unreadable {
        for (Range r : ranges) {
            if (half.morning() ? r.end() > 14 * 60 : r.start() < 12 * 60) {
                throw new Unreadable(
                        "« " + (half.morning() ? "matin" : "après-midi") + " » et « " + r + " » ne s'accordent pas");
            }
        }
    }

    /**
     * An exception ({@code fermé le mercredi}, {@code sauf le mardi après-midi}): removes a day, or its morning or
     * afternoon ranges, from days given by a range or {@code tous les jours}; a day written out with hours and then
     * closed, or a range across the half-day, is a contradiction.
     */
    private static void close(Days d, Half half, Set<DayOfWeek> named, Week week) throws Unreadable {
        if (d.nth() != null) {
            throw new Unreadable("fermeture d'un jour du mois");
        }
        for (DayOfWeek day : d.days()) {
            List<Range> ranges = week.ranges.get(day);
            if (ranges == null || ranges.isEmpty()) {
                week.ranges.remove(day);
                continue;
            }
            String name = FRENCH_DAYS.get(day.getValue() - 1);
            if (named.contains(day)) {
                throw new Unreadable("le " + name + " est à la fois ouvert et fermé");
            }
            if (half == null) {
                week.ranges.remove(day);
                continue;
            }
            List<Range> kept = new ArrayList<>();
            for (Range r : ranges) {
                boolean morning = r.end() <= 14 * 60;
                boolean afternoon = r.start() >= 12 * 60;
                if (!morning && !afternoon) {
                    throw new Unreadable("« " + r + " » le " + name + " : matin ou après-midi ?");
                }
                if (half.morning() ? !morning : !afternoon) {
                    kept.add(r);
                }
            }
            if (kept.size() == ranges.size()) {
                throw new Unreadable("le " + name + " n'a pas d'horaires "
                        + (half.morning() ? "le matin" : "l'après-midi") + " à fermer");
            }
            week.ranges.put(day, kept);
            if (kept.isEmpty()) {
                week.ranges.remove(day);
            }
        }
    }
}
