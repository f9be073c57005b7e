package org.mednumlod.converters.clean;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.TokenMgrError;
import ch.poole.openinghoursparser.Util;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.SchemaRecord;

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
 * <p>{@link #of} takes a mapped record's hours whatever their shape. Four entry points: one text per day ({@link #fromDays}: {@code 09:00 - 12:00 / 13:30 - 17:00},
 * {@code 9h-12h}, {@code 9h00 à 12h00 et 14h00 à 17h00}, {@code Fermé}…), two half-day texts per day
 * ({@link #fromHalfDays}), free French text ({@link #fromFrenchText}) and an existing OSM value
 * ({@link #fromOsm}). Days with equal hours are grouped ({@code Mo-Fr}, {@code Mo,We}); overlapping ranges of a
 * day are merged. French text, of a week or of a day, is read by {@link HoursText}: only when unambiguous.
 */
final class Hours {
    static final String FIELD = "horaires";
    static final String[] OSM_DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    private static final Pattern OSM_START = Pattern.compile("^(?:Mo|Tu|We|Th|Fr|Sa|Su|PH|24/7|week)\\b");

    private Hours() {}

    /**
     * The hours of a mapped record, whatever their raw shape: an OSM column first, then one column per day, two
     * per day, then free text; a {@code semaine_ouverture} of {@code paire}/{@code impaire} limits the result to
     * even or odd weeks.
     */
    static Cleaned<String> of(SchemaRecord.Hours h) {
        if (h.isEmpty()) {
            return Cleaned.empty();
        }
        Cleaned<String> c;
        if (!blank(h.osm)) {
            c = fromOsm(h.osm);
        } else if (!h.days.isEmpty()) {
            c = fromDays(h.days);
        } else if (!h.halfDays.isEmpty()) {
            c = fromHalfDays(h.halfDays);
        } else if (OSM_START.matcher(h.weekText.strip()).find()) {
            c = fromOsm(h.weekText);
        } else {
            c = fromFrenchText(h.weekText);
        }
        if (c.value() == null || h.weekParity == null || c.value().startsWith("week")) {
            return c;
        }
        String p = h.weekParity.toLowerCase(java.util.Locale.ROOT);
        String prefix = p.contains("impaire") ? "week 1-53/2 " : p.contains("paire") ? "week 2-52/2 " : "";
        if (prefix.isEmpty()) {
            return c;
        }
        List<Finding> findings = new ArrayList<>(c.findings());
        findings.add(Finding.fix(
                FIELD,
                h.weekParity,
                "horaires.semaine-paire-impaire",
                "Horaires limités aux semaines " + (prefix.startsWith("week 1") ? "impaires" : "paires")));
        String osm = prefix + String.join("; " + prefix, c.value().split(";\\s*"));
        if (!strict(osm)) {
            return dropped(
                    h.weekParity + " " + c.value(),
                    "horaires.non-convertible",
                    "Horaires « " + c.value()
                            + " » limités aux semaines « " + h.weekParity + " » : « " + osm
                            + " » refusé par l'analyseur OSM, horaires supprimés");
        }
        return new Cleaned<>(osm, findings);
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
        return fromCells(
                morningAfternoon == null ? Map.of() : morningAfternoon,
                "horaires.demi-journees-vers-osm",
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
        Week week = new Week();
        for (var e : cells.entrySet()) {
            Cleaned<String> refused = DayCells.addTo(week, e.getKey(), e.getValue(), raw);
            if (refused != null) {
                return refused;
            }
        }
        return week.toOsm(raw, rule, what + " « " + raw + " »");
    }

    /** Free French text for the whole week; converted only when unambiguous (see {@link HoursText}). */
    static Cleaned<String> fromFrenchText(String text) {
        return HoursText.fromFrenchText(text);
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
        String s = raw.strip()
                .replaceAll("\\s*,\\s+", ",")
                .replaceAll("\\s*;\\s*", "; ")
                .replaceAll("\\s{2,}", " ");
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
                return text.isPresent()
                        ? text
                        : dropped(
                                raw,
                                "horaires.osm-invalide",
                                "Horaires OSM « " + raw + " » invalides : horaires supprimés");
            }
        }
        for (int i = 1; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (!r.isAdditive()
                    && !r.isFallBack()
                    && empty(r.getDays())
                    && empty(r.getDates())
                    && empty(r.getWeeks())
                    && empty(r.getYears())
                    && empty(r.getHolidays())
                    && !r.isTwentyfourseven()) {
                return dropped(
                        raw,
                        "horaires.osm-ambigu",
                        "Horaires OSM « " + raw + " » : une règle sans jours (" + r
                                + ") remplacerait toutes les précédentes, horaires supprimés");
            }
        }
        if (s.equals(raw)) {
            return Cleaned.kept(s);
        }
        return Cleaned.fixed(
                s,
                Finding.fix(
                        FIELD,
                        raw,
                        rule,
                        rule.equals("horaires.osm-corrige")
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

    static Cleaned<String> dropped(String raw, String rule, String message) {
        return Cleaned.dropped(Finding.dropped(FIELD, raw, rule, message));
    }

    /** Null, empty or only white space, including no-break spaces. */
    static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
