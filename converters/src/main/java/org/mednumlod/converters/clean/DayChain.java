package org.mednumlod.converters.clean;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mednumlod.converters.clean.HoursWords.Unreadable;

/** Days being read from a French text: each with the connector before it ({@code au}, {@code -} or none). */
final class DayChain {
    private final List<Integer> days = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private final List<String> nths = new ArrayList<>();

    void add(int day, String nth, String before, boolean afterDay) {
        days.add(day);
        nths.add(nth);
        links.add(!afterDay || days.size() == 1 ? "" : before.matches("au|à|a") ? "au" : before.equals("-") ? "-" : "");
    }

    /** The days read, as one item. */
    HoursWords.Days days() throws Unreadable {
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        EnumSet<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
        Set<String> distinct = new TreeSet<>();
        for (String n : nths) {
            distinct.add(n == null ? "" : n);
        }
        if (distinct.size() > 1) {
            throw new Unreadable("jours du mois mêlés à des jours de chaque semaine");
        }
        String nth = distinct.iterator().next();
        int n = days.size();
        for (int i = 0; i < n; i++) {
            int d = days.get(i);
            if (d < 0) {
                set.addAll(EnumSet.allOf(DayOfWeek.class));
                continue;
            }
            named.add(DayOfWeek.of(d + 1));
            String link = links.get(i);
            int prev = i > 0 ? days.get(i - 1) : -1;
            if (link.equals("au") || link.equals("-") && dashRange(i)) {
                if (prev < 0 || d <= prev) {
                    throw new Unreadable("plage de jours à l'envers");
                }
                set.addAll(EnumSet.range(DayOfWeek.of(prev + 1), DayOfWeek.of(d + 1)));
            } else {
                set.add(DayOfWeek.of(d + 1));
            }
        }
        if (!nth.isEmpty() && (set.size() != named.size())) {
            throw new Unreadable("plage de jours du mois");
        }
        return new HoursWords.Days(set, named, nth.isEmpty() ? null : nth);
    }

    /**
     * Whether {@code a-b} is a range: adjacent days read the same either way; a chain of three or more is a list
     * ({@code mardi-jeudi-vendredi}); two days apart only Monday to Friday, Saturday or Sunday, else ambiguous.
     */
    private boolean dashRange(int i) throws Unreadable {
        boolean chainBefore = i >= 2 && links.get(i - 1).equals("-");
        boolean chainAfter = i + 1 < days.size() && links.get(i + 1).equals("-");
        if (chainBefore || chainAfter) {
            return false;
        }
        int a = days.get(i - 1);
        int b = days.get(i);
        if (b - a <= 1) {
            return false;
        }
        if (a == 0 && b >= 4) {
            return true;
        }
        throw new Unreadable("« " + HoursText.FRENCH_DAYS.get(Math.max(a, 0)) + "-" + HoursText.FRENCH_DAYS.get(b)
                + " » : plage ou liste de jours");
    }
}
