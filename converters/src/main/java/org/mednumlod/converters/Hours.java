package org.mednumlod.converters;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.TokenMgrError;
import ch.poole.openinghoursparser.Util;
import java.io.StringReader;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts opening hours to OSM {@code opening_hours} syntax, the form of the schema's {@code horaires}. Every
 * value returned parses with {@link OpeningHoursParser} in strict mode; otherwise the field is dropped (wrong
 * hours are worse than none).
 *
 * <pre>{@code
 * Cleaned<String> h = Hours.fromFrenchText("Lundi au vendredi de 10h à 12h et de 14h à 17h");
 * // "Mo-Fr 10:00-12:00,14:00-17:00", FIX horaires.texte-vers-osm
 * }</pre>
 *
 * <p>Four entry points: one text per day ({@link #fromDays}: {@code 09:00 - 12:00 / 13:30 - 17:00},
 * {@code 9h-12h}, {@code 9h00 à 12h00 et 14h00 à 17h00}, {@code Fermé}…), two half-day texts per day
 * ({@link #fromHalfDays}), free French text ({@link #fromFrenchText}) and an existing OSM value
 * ({@link #fromOsm}). Days with equal hours are grouped ({@code Mo-Fr}, {@code Mo,We}); overlapping ranges of a
 * day are merged. French text is converted only when every word is understood (days, hours and the connectors
 * {@code du au à de le les et puis tous les jours fermé}) and the text reads as "days then hours" clauses or one
 * "hours then days" clause; anything else (appointments, holidays, "un mercredi sur deux", exceptions,
 * conflicting clauses) is dropped as ambiguous, and so are
 * opening times before 6 a.m. (typos such as {@code 01:00 - 17:00}), except {@code 00:00-24:00}.
 */
final class Hours {
    private static final String FIELD = "horaires";
    private static final String[] OSM_DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    private static final List<String> FRENCH_DAYS =
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    private static final Pattern TOKEN = Pattern.compile("(\\d{1,2}(?::\\d{2}|h(?:\\d{2}(?!h))?))(?![\\d:])"
            + "|(\\d+)|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\\b|(lun|mar|mer|jeu|ven|sam|dim)\\b\\.?"
            + "|(tous les jours)\\b"
            + "|(ferm[ée]e?s?)\\b|(du|au|à|a|de|d'|le|les|l'|et|puis|tous)(?![\\p{L}])|([-/,;:.|\\n])|(\\S+)");
    private static final Set<String> CLOSED_CELLS = Set.of("", "-", "x", "fermé", "fermée", "ferme", "closed");

    /** A time range in minutes from midnight. */
    private record Range(int start, int end) {
        @Override
        public String toString() {
            return String.format("%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60);
        }
    }

    /** One element of a text: either a set of days or a list of ranges (empty when "fermé"). */
    private record Element(EnumSet<DayOfWeek> days, List<Range> ranges) {
    }

    /** Thrown when a text cannot be read unambiguously. */
    private static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private Hours() {
    }

    /** One text per day; a missing day or an empty, "-", "x" or "Fermé" text means closed. */
    static Cleaned<String> fromDays(Map<DayOfWeek, String> perDay) {
        Map<DayOfWeek, String[]> cells = new EnumMap<>(DayOfWeek.class);
        if (perDay != null) {
            perDay.forEach((d, v) -> cells.put(d, new String[] {v}));
        }
        return fromCells(cells, "horaires.jours-vers-osm", "Horaires par jour");
    }

    /** Two texts per day (morning, afternoon), as in mednum-bfc's 14 columns. */
    static Cleaned<String> fromHalfDays(Map<DayOfWeek, String[]> morningAfternoon) {
        return fromCells(morningAfternoon == null ? Map.of() : morningAfternoon, "horaires.demi-journees-vers-osm",
                "Horaires par demi-journée");
    }

    private static Cleaned<String> fromCells(Map<DayOfWeek, String[]> cells, String rule, String what) {
        List<String> parts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (cells.containsKey(d)) {
                parts.add(OSM_DAYS[d.getValue() - 1] + " : " + String.join(" / ", cells.get(d)));
            }
        }
        String raw = String.join(" ; ", parts);
        Map<DayOfWeek, List<Range>> week = new EnumMap<>(DayOfWeek.class);
        for (var e : cells.entrySet()) {
            List<Range> day = new ArrayList<>();
            for (String cell : e.getValue()) {
                try {
                    day.addAll(cell(cell));
                } catch (Unreadable u) {
                    return dropped(raw, "horaires.non-convertible", "Horaires du " + FRENCH_DAYS.get(e.getKey().getValue()
                            - 1) + " « " + cell + " » non convertibles au format OSM : horaires supprimés");
                }
            }
            week.put(e.getKey(), day);
        }
        return build(raw, week, rule, what + " « " + raw + " »");
    }

    /** Free French text for the whole week; converted only when unambiguous. */
    static Cleaned<String> fromFrenchText(String text) {
        if (blank(text)) {
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
            return build(text, week, "horaires.texte-vers-osm", "Horaires « " + text.strip() + " »");
        } catch (Unreadable u) {
            return dropped(text, "horaires.texte-ambigu", "Horaires « " + text.strip()
                    + " » : texte ambigu ou non reconnu, non converti au format OSM");
        }
    }

    /**
     * An existing OSM value: light fixes ({@code , } → {@code ,}, {@code 9h30} → {@code 09:30}, {@code Mo-Sun} →
     * {@code Mo-Su}), then strict parsing, then the lenient parser's normal form. A value where a rule other than
     * the first has no day, date or holiday selector is dropped: such a rule silently replaces all the previous
     * ones ({@code Mo-Fr 09:00-12:00; 14:00-17:00} means every day 14:00-17:00), which is never what the
     * producer meant. French text found in an OSM column is read as {@link #fromFrenchText} would.
     */
    static Cleaned<String> fromOsm(String raw) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        String s = raw.strip().replaceAll("\\s*,\\s+", ",").replaceAll("\\s*;\\s*", "; ").replaceAll("\\s{2,}", " ");
        s = s.replaceAll("\\b(Mo|Tu|We|Th|Fr|Sa|Su)n\\b", "$1").replaceAll("\\bSun\\b", "Su");
        s = replaceTimes(s, Pattern.compile("(?<![\\d:])(\\d{1,2})h(\\d{2})?(?![\\d])"));
        s = s.replaceAll("(?<![\\d:])(\\d):(\\d{2})(?!\\d)", "0$1:$2");
        String rule = "horaires.osm-corrige";
        List<Rule> rules = parse(s, true);
        if (rules == null) {
            rules = parse(s, false);
            s = rules == null ? null : Util.rulesToOpeningHoursString(rules);
            rule = "horaires.osm-normalise";
            if (s == null || parse(s, true) == null) {
                Cleaned<String> text = fromFrenchText(raw);
                return text.isPresent() ? text : dropped(raw, "horaires.osm-invalide",
                        "Horaires OSM « " + raw + " » invalides : horaires supprimés");
            }
        }
        for (int i = 1; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (!r.isAdditive() && !r.isFallBack() && empty(r.getDays()) && empty(r.getDates()) && empty(r.getWeeks())
                    && empty(r.getYears()) && empty(r.getHolidays()) && !r.isTwentyfourseven()) {
                return dropped(raw, "horaires.osm-ambigu", "Horaires OSM « " + raw + " » : une règle sans jours ("
                        + r + ") remplacerait toutes les précédentes, horaires supprimés");
            }
        }
        if (s.equals(raw)) {
            return Cleaned.kept(s);
        }
        return Cleaned.fixed(s, Finding.fix(FIELD, raw, rule, rule.equals("horaires.osm-corrige")
                ? "Horaires OSM « " + raw + " » corrigés « " + s + " »"
                : "Horaires OSM « " + raw + " » récrits sous une forme valide « " + s + " »"));
    }

    /** The rules of an OSM value, or null when it does not parse in the given mode. */
    private static List<Rule> parse(String osm, boolean strict) {
        try {
            return new OpeningHoursParser(new StringReader(osm)).rules(strict);
        } catch (OpeningHoursParseException | RuntimeException | TokenMgrError e) {
            return null;
        }
    }

    private static boolean empty(List<?> l) {
        return l == null || l.isEmpty();
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

    /** Parses one day's (or half-day's) text into ranges; closed markers give an empty list. */
    private static List<Range> cell(String text) throws Unreadable {
        String t = text == null ? "" : normalize(text).replace('\n', ' ').strip();
        if (CLOSED_CELLS.contains(t)) {
            return List.of();
        }
        List<Element> e = elements(t);
        if (e.size() != 1 || e.get(0).days() != null) {
            throw new Unreadable("cell");
        }
        return e.get(0).ranges();
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

    /** Merges each day's ranges, groups equal days, writes OSM and checks it strictly. */
    private static Cleaned<String> build(String raw, Map<DayOfWeek, List<Range>> week, String rule, String what) {
        List<Finding> findings = new ArrayList<>();
        Map<String, EnumSet<DayOfWeek>> groups = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Range> ranges = new ArrayList<>(week.getOrDefault(d, List.of()));
            if (ranges.isEmpty()) {
                continue;
            }
            ranges.sort((a, b) -> a.start() - b.start());
            List<Range> merged = new ArrayList<>();
            for (Range r : ranges) {
                Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && r.start() <= last.end()) {
                    if (r.start() < last.end() && findings.isEmpty()) {
                        findings.add(Finding.fix(FIELD, raw, "horaires.plages-fusionnees",
                                what + " : plages horaires qui se chevauchent fusionnées"));
                    }
                    merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), r.end())));
                } else {
                    merged.add(r);
                }
            }
            String key = String.join(",", merged.stream().map(Range::toString).toList());
            groups.computeIfAbsent(key, k -> EnumSet.noneOf(DayOfWeek.class)).add(d);
        }
        if (groups.isEmpty()) {
            return new Cleaned<>(null, findings);
        }
        List<String> rules = new ArrayList<>();
        groups.forEach((times, days) -> rules.add(selector(days) + " " + times));
        String osm = String.join("; ", rules);
        if (!strict(osm)) {
            return dropped(raw, "horaires.non-convertible", what + " : conversion « " + osm
                    + " » refusée par l'analyseur OSM, horaires supprimés");
        }
        findings.add(0, Finding.fix(FIELD, raw, rule, what + " convertis au format OSM « " + osm + " »"));
        return new Cleaned<>(osm, findings);
    }

    /** {@code Mo-Fr}, {@code Mo,Tu}, {@code Mo,We-Fr}: runs of three days or more become ranges. */
    private static String selector(EnumSet<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> list = new ArrayList<>(days);
        for (int i = 0; i < list.size(); ) {
            int j = i;
            while (j + 1 < list.size() && list.get(j + 1).getValue() == list.get(j).getValue() + 1) {
                j++;
            }
            String a = OSM_DAYS[list.get(i).getValue() - 1];
            String b = OSM_DAYS[list.get(j).getValue() - 1];
            parts.add(j == i ? a : j == i + 1 ? a + "," + b : a + "-" + b);
            i = j + 1;
        }
        return String.join(",", parts);
    }

    /** Whether a value is valid OSM {@code opening_hours} for the strict parser. */
    static boolean strict(String osm) {
        return parse(osm, true) != null;
    }

    private static String replaceTimes(String s, Pattern p) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String min = m.group(2) == null ? "00" : m.group(2);
            m.appendReplacement(b, String.format("%02d:%s", Integer.parseInt(m.group(1)), min));
        }
        return m.appendTail(b).toString();
    }

    private static Cleaned<String> dropped(String raw, String rule, String message) {
        return Cleaned.dropped(Finding.dropped(FIELD, raw, rule, message));
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
