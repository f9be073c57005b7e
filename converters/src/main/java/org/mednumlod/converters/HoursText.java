package org.mednumlod.converters;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Hours.Range;

/**
 * Reads French opening-hours text for {@link Hours}: a whole week of free text ({@link #fromFrenchText}) and the
 * text of one day or half-day ({@link #cell}). A text is read only when every word is understood (days, hours and
 * the connectors {@code du au à de le les et puis tous les jours fermé}) and, for a week, when it reads as
 * "days then hours" clauses or one "hours then days" clause; anything else (appointments, holidays, "un mercredi
 * sur deux", exceptions, conflicting clauses) is ambiguous, and so are opening times before 6 a.m. (typos such
 * as {@code 01:00 - 17:00}), except {@code 00:00-24:00}.
 */
final class HoursText {
    static final List<String> FRENCH_DAYS =
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    private static final Pattern TOKEN = Pattern.compile("(\\d{1,2}(?::\\d{2}|h(?:\\d{2}(?!h))?))(?![\\d:])"
            + "|(\\d+)|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\\b|(lun|mar|mer|jeu|ven|sam|dim)\\b\\.?"
            + "|(tous les jours)\\b"
            + "|(ferm[ée]e?s?)\\b|(du|au|à|a|de|d'|le|les|l'|et|puis|tous)(?![\\p{L}])|([-/,;:.|\\n])|(\\S+)");
    private static final Set<String> CLOSED_CELLS = Set.of("", "-", "x", "fermé", "fermée", "ferme", "closed");

    /** One element of a text: either a set of days or a list of ranges (empty when "fermé"). */
    private record Element(EnumSet<DayOfWeek> days, List<Range> ranges) {
    }

    /** Thrown when a text cannot be read unambiguously. */
    private static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private HoursText() {
    }

    /** Free French text for the whole week; converted only when unambiguous. */
    static Cleaned<String> fromFrenchText(String text) {
        if (RawText.blank(text)) {
            return Cleaned.empty();
        }
        try {
            List<Element> elements = elements(text);
            Map<DayOfWeek, List<Range>> week = new EnumMap<>(DayOfWeek.class);
            Set<DayOfWeek> closed = EnumSet.noneOf(DayOfWeek.class);
            boolean daysFirst = alternates(elements);
            if (daysFirst) {
                for (int i = 0; i < elements.size(); i += 2) {
                    assign(elements.get(i).days(), elements.get(i + 1).ranges(), week, closed);
                }
            } else if (elements.size() == 2 && elements.get(0).ranges() != null && elements.get(1).days() != null) {
                assign(elements.get(1).days(), elements.get(0).ranges(), week, closed);
            } else {
                throw new Unreadable("structure");
            }
            return Hours.build(text, week, "horaires.texte-vers-osm", "Horaires « " + text.strip() + " »");
        } catch (Unreadable u) {
            return Hours.dropped(text, "horaires.texte-ambigu", "Horaires « " + text.strip()
                    + " » : texte ambigu ou non reconnu, non converti au format OSM");
        }
    }

    /** Whether the elements read "days, hours, days, hours…", starting with days and ending with hours. */
    private static boolean alternates(List<Element> elements) {
        if (elements.isEmpty() || elements.size() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < elements.size(); i++) {
            if ((elements.get(i).days() != null) != (i % 2 == 0)) {
                return false;
            }
        }
        return true;
    }

    /** One day's (or half-day's) text as ranges: closed markers give an empty list, an unreadable text null. */
    static List<Range> cell(String text) {
        String t = text == null ? "" : normalize(text).replace('\n', ' ').strip();
        if (CLOSED_CELLS.contains(t)) {
            return List.of();
        }
        try {
            List<Element> e = elements(t);
            return e.size() == 1 && e.get(0).days() == null ? e.get(0).ranges() : null;
        } catch (Unreadable u) {
            return null;
        }
    }

    private static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.FRENCH)
                .replaceAll("[\u2013\u2014\u2212]", "-").replace('\u00A0', ' ').replace('\u2019', '\'')
                .replace('\t', ' ').replace('\r', '\n');
        t = t.replaceAll("(\\d{1,2})\\s*h\\s+(\\d{2})(?!\\s*[h:\\d])", "$1h$2");
        t = t.replaceAll("(\\d{1,2})\\s+h\\b", "$1h");
        t = t.replaceAll("(?<![-\\p{L}])midi\\b", "12h");
        t = t.replaceAll("(\\d{1,2}h(?:\\d{2})?)(?=\\d{1,2}h)", "$1-");
        return t.replaceAll("(\\d{1,2})\\s*:\\s*(\\d{2})", "$1:$2");
    }

    /** Splits a text into day sets and range lists, or fails on any word it does not understand. */
    private static List<Element> elements(String text) throws Unreadable {
        List<Element> out = new ArrayList<>();
        List<Integer> times = null;
        EnumSet<DayOfWeek> days = null;
        DayOfWeek lastDay = null;
        boolean range = false;
        boolean separated = false;
        Matcher m = TOKEN.matcher(normalize(text));
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            int day = dayIndex(tok);
            if (tok.matches("\\d{1,2}(:\\d{2}|h(\\d{2})?)") || tok.matches("\\d+") && bareHour(tokens, i)) {
                if (times == null) {
                    close(out, days, null);
                    days = null;
                    times = new ArrayList<>();
                } else if (separated) {
                    throw new Unreadable("times split by a separator");
                }
                times.add(minutes(tok));
                separated = false;
            } else if (day >= 0 || tok.equals("tous les jours")) {
                if (days == null || separated && !range) {
                    close(out, days, times);
                    times = null;
                    days = EnumSet.noneOf(DayOfWeek.class);
                    lastDay = null;
                }
                DayOfWeek d = day >= 0 ? DayOfWeek.of(day + 1) : null;
                if (d == null) {
                    days.addAll(EnumSet.allOf(DayOfWeek.class));
                } else if (range && lastDay != null && d.compareTo(lastDay) > 0) {
                    days.addAll(EnumSet.range(lastDay, d));
                } else if (range) {
                    throw new Unreadable("day range");
                } else {
                    days.add(d);
                }
                lastDay = d;
                range = false;
                separated = false;
            } else if (tok.matches("ferm[ée]e?s?")) {
                if (times != null) {
                    throw new Unreadable("closed after hours");
                }
                close(out, days, null);
                days = null;
                times = new ArrayList<>();
            } else if (tok.matches("au|à|a|-")) {
                range = days != null && times == null;
            } else if (tok.matches("[;:.|\\n]")) {
                separated = true;
                range = false;
            } else if (!tok.matches("du|de|d'|le|les|l'|et|puis|tous|[/,]")) {
                throw new Unreadable("word " + tok);
            }
        }
        close(out, days, times);
        return out;
    }

    /** 0 for lundi (lundis, lun, lun.) … 6 for dimanche, -1 for anything else ({@code mars} is not mardi). */
    private static int dayIndex(String tok) {
        for (int i = 0; i < FRENCH_DAYS.size(); i++) {
            String day = FRENCH_DAYS.get(i);
            if (tok.equals(day) || tok.equals(day + "s") || tok.matches(day.substring(0, 3) + "\\.?")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean bareHour(List<String> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).matches("à|a|-") && tokens.get(i + 2).contains("h");
    }

    private static void close(List<Element> out, EnumSet<DayOfWeek> days, List<Integer> times) throws Unreadable {
        if (days != null) {
            out.add(new Element(days, null));
        }
        if (times != null) {
            if (times.size() % 2 != 0) {
                throw new Unreadable("odd number of times");
            }
            List<Range> ranges = new ArrayList<>();
            for (int i = 0; i < times.size(); i += 2) {
                int start = times.get(i);
                int end = times.get(i + 1);
                if (start == 0 && end == 0) {
                    continue;
                }
                // ranges may repeat or overlap (merged later) but must not go back in time: 09:00-13:00,03:00-16:00
                if (end <= start || end > 24 * 60 || !ranges.isEmpty() && start < ranges.get(ranges.size() - 1).start()) {
                    throw new Unreadable("range order");
                }
                // a public place opening before 6 a.m. is a typo (01:00-17:00, 3-11 h), except round the clock
                if (start < 6 * 60 && !(start == 0 && end == 24 * 60)) {
                    throw new Unreadable("implausible opening time");
                }
                ranges.add(new Range(start, end));
            }
            out.add(new Element(null, ranges));
        }
    }

    private static int minutes(String tok) throws Unreadable {
        String[] p = tok.split("[h:]", -1);
        int h = Integer.parseInt(p[0]);
        int min = p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) : 0;
        if (h > 24 || min > 59 || h == 24 && min > 0) {
            throw new Unreadable("time " + tok);
        }
        return h * 60 + min;
    }

    private static void assign(Set<DayOfWeek> days, List<Range> ranges, Map<DayOfWeek, List<Range>> week,
            Set<DayOfWeek> closed) throws Unreadable {
        for (DayOfWeek d : days) {
            List<Range> existing = week.computeIfAbsent(d, k -> new ArrayList<>());
            if (ranges.isEmpty() ? !existing.isEmpty() : closed.contains(d)) {
                throw new Unreadable("closed and open");
            }
            for (Range r : ranges) {
                if (existing.stream().anyMatch(x -> r.start() < x.end() && x.start() < r.end())) {
                    throw new Unreadable("conflicting clauses");
                }
            }
            existing.addAll(ranges);
            if (ranges.isEmpty()) {
                closed.add(d);
            }
        }
    }
}
