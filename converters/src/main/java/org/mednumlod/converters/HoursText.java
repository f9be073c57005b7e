package org.mednumlod.converters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Hours.Range;
import org.mednumlod.converters.Hours.Week;

/**
 * Reads French opening-hours text for {@link Hours}: a whole week of free text ({@link #fromFrenchText}) and the
 * text of one day or half-day ({@link #cell}). A text is read only when every word is understood and its clauses
 * fit together; anything else is ambiguous and dropped with its reason. Understood:
 * <ul>
 * <li>days ({@code lundi}, {@code lun.}, {@code lundis}, {@code du lundi au vendredi}, {@code lundi-vendredi},
 * {@code tous les jours}, {@code la semaine} for Monday to Friday), the n-th weekday of the month
 * ({@code le 2e mardi du mois} gives {@code Tu[2]}, {@code le dernier jeudi du mois} {@code Th[-1]});</li>
 * <li>times ({@code 9h}, {@code 9h30}, {@code 09:30}, {@code 9 h 30}, {@code midi}, {@code 9 à 12h}) paired in
 * order into ranges, with the connectors {@code du au à de le les et puis tous chaque};</li>
 * <li>clauses "days then hours" or one "hours then days", {@code Fermé} for the days before it, and exceptions
 * after the hours ({@code fermé le mercredi}, {@code sauf le mardi après-midi}); {@code matin} and
 * {@code après-midi} beside hours only when the hours agree;</li>
 * <li>the phrases of {@code horaires-fr.tsv}: notes such as {@code sur rendez-vous} become an OSM comment, labels
 * such as {@code Horaires d'ouverture :} are removed.</li>
 * </ul>
 * Hours without days, or days without hours, are kept with OSM's {@code unknown} state and a comment saying what
 * is missing, so that nothing is invented. Opening times before 6 a.m. (typos such as {@code 01:00 - 17:00}),
 * overlapping or contradictory clauses, {@code un mercredi sur deux}, holidays and school terms are ambiguous.
 */
final class HoursText {
    static final List<String> FRENCH_DAYS =
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    private static final String DAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final String ORDINAL = "(?:1ers?|1[èe]res?|premi(?:er|ère|ere)s?|[2-5] ?(?:e|è|ème|eme|nd)s?"
            + "|deuxi[èe]mes?|seconde?s?|troisi[èe]mes?|quatri[èe]mes?|cinqui[èe]mes?|derni(?:er|ère|ere)s?)";
    private static final Pattern NTH = Pattern.compile("\\b(" + ORDINAL + "(?:\\s*(?:,|et)\\s*" + ORDINAL + ")*)\\s+("
            + DAY + ")s?\\s+du\\s+mois\\b");
    private static final Pattern TOKEN = Pattern.compile("(\\d{1,2}(?::\\d{2}|h(?:\\d{2})?))(?![\\d:])"
            + "|(\\d+)|(" + DAY + ")\\[([-\\d,]+)\\]|(" + DAY + ")s?\\b|(lun|mar|mer|jeu|ven|vend|sam|dim)\\b\\.?"
            + "|(tous les jours)\\b|(ferm(?:é|e|ée|ee|és|es|ées|ees|eture)s?)\\b|(sauf)\\b|(matin|apresmidi)\\b"
            + "|(du|au|à|a|de|d'|le|les|l'|et|puis|tous|chaque)(?![\\p{L}])|([-/,;:.|()\\n])|([^\\s()]+)");
    private static final Pattern HALF_DAYS_ONLY =
            Pattern.compile("\\(?(?:matin|apresmidi|journée|toute la journée)(?:\\s*(?:,|/|et|\\+)\\s*(?:matin|apresmidi))*\\)?");
    private static final Pattern REMARK = Pattern.compile("\\(([^()]{2,60})\\)\\s*$");
    private static final Set<String> CLOSED_CELLS = Set.of("", "-", "x", "fermé", "fermée", "ferme", "closed", "non", "/");
    private static final List<Phrase> PHRASES = phrases();

    /** A phrase of {@code horaires-fr.tsv}: a note (with its comment) or a label. */
    private record Phrase(String kind, Pattern pattern, String comment) {
        boolean note() {
            return kind.equals("note");
        }

    }

    /** One element of a text. */
    private sealed interface Item {
    }

    /** Days named together; {@code named} are those written out (single days and range ends). */
    private record Days(EnumSet<DayOfWeek> days, EnumSet<DayOfWeek> named, String nth) implements Item {
    }

    private record Times(List<Range> ranges) implements Item {
    }

    private record Closed() implements Item {
    }

    private record Except() implements Item {
    }

    private record Half(boolean morning) implements Item {
    }

    /** A day's or half-day's cell: ranges, a note, and whether it opens at times it does not give. */
    record Cell(List<Range> ranges, String note, boolean unknown) {
    }

    /** Thrown when a text cannot be read unambiguously; the message says why, in French. */
    static final class Unreadable extends Exception {
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
            Week week = week(text);
            return Hours.build(text, week, "horaires.texte-vers-osm", "Horaires « " + text.strip() + " »");
        } catch (Unreadable u) {
            return Hours.dropped(text, "horaires.texte-ambigu", "Horaires « " + text.strip()
                    + " » : texte ambigu ou non reconnu (" + u.getMessage() + "), non converti au format OSM");
        }
    }

    /** The week a text describes. */
    static Week week(String text) throws Unreadable {
        String[] note = {null};
        boolean[] atEnd = {false};
        boolean[] holidaysOff = {false};
        String t = phrases(normalize(text), note, true, atEnd, holidaysOff);
        Week week = new Week();
        week.comment = note[0];
        week.holidaysOff = holidaysOff[0];
        if (t.replaceAll("[\\s\\p{Punct}]", "").isEmpty()) {
            if (note[0] == null) {
                throw new Unreadable("aucun jour ni horaire");
            }
            week.anyDayUnknown = true;
            return week;
        }
        List<Item> items = items(t);
        int clauses = readClauses(items, week);
        if (atEnd[0] && clauses > 1) {
            throw new Unreadable("« " + note[0] + " » en fin de texte : pour toutes les plages ou la dernière ?");
        }
        return week;
    }

    /** One day's (or half-day's) text: closed markers give no ranges, an unreadable text null. */
    static Cell cell(String text) {
        String t = text == null ? "" : normalize(text).replace('\n', ' ').strip();
        if (CLOSED_CELLS.contains(t)) {
            return new Cell(List.of(), null, false);
        }
        if (t.matches("ferm\\p{L}*(?: au public)?(?: toute la journée)?\\.?")) {
            return new Cell(List.of(), null, false);
        }
        if (t.matches("\\(?journée continue\\)?")) {
            return new Cell(List.of(), "journée continue", true);
        }
        try {
            String[] note = {null};
            t = phrases(t, note, false).strip();
            if (t.replaceAll("[\\s\\p{Punct}]", "").isEmpty()) {
                return note[0] == null ? null : new Cell(List.of(), note[0], true);
            }
            Matcher halves = HALF_DAYS_ONLY.matcher(t);
            if (halves.matches()) {
                return new Cell(List.of(), combine(halfDays(t), note[0]), true);
            }
            if (t.matches("ouvert|ouverte|oui")) {
                return new Cell(List.of(), note[0], true);
            }
            // a remark in parentheses without digits nor days qualifies the day's hours: kept as their comment
            Matcher remark = REMARK.matcher(t);
            Matcher original = REMARK.matcher(text.strip());
            if (remark.find() && original.find() && remark.group(1).matches("[^\\d]*")
                    && dayIndexIn(remark.group(1)) < 0) {
                note[0] = combine(note[0], original.group(1).strip().replaceAll("\\s+", " ").replace('"', '\''));
                t = (t.substring(0, remark.start()) + " " + t.substring(remark.end())).strip();
            }
            List<Item> e = items(t);
            if (e.size() == 1 && e.get(0) instanceof Times times) {
                return new Cell(times.ranges(), note[0], false);
            }
            if (e.size() == 2 && e.get(0) instanceof Half h && e.get(1) instanceof Times times) {
                checkHalf(h, times.ranges());
                return new Cell(times.ranges(), note[0], false);
            }
            if (e.size() == 1 && e.get(0) instanceof Closed && note[0] == null) {
                return new Cell(List.of(), null, false);
            }
            return null;
        } catch (Unreadable u) {
            return null;
        }
    }

    /** {@code matin}, {@code après-midi}, {@code matin et après-midi} or {@code journée} for a cell of half-day words. */
    private static String halfDays(String t) {
        boolean morning = t.contains("matin");
        boolean afternoon = t.contains("apresmidi");
        return t.contains("journée") ? "journée" : morning && afternoon ? "matin et après-midi" : morning ? "matin"
                : "après-midi";
    }

    private static int dayIndexIn(String text) {
        for (String w : text.split("[^\\p{L}]+")) {
            if (dayIndex(w) >= 0) {
                return dayIndex(w);
            }
        }
        return -1;
    }

    static String combine(String a, String b) {
        return a == null ? b : b == null || b.equals(a) ? a : a + ", " + b;
    }

    /** Removes the labels and the notes of {@code horaires-fr.tsv}; a week's note must open or close the text. */
    private static String phrases(String text, String[] note, boolean week) throws Unreadable {
        return phrases(text, note, week, new boolean[1], new boolean[1]);
    }

    /**
     * @param atEnd        set when a note closes the text (it then applies to all only if the text has one clause)
     * @param holidaysOff  set by a week's {@code sauf jours fériés} (OSM {@code PH off}); a cell leaves it as a remark
     */
    private static String phrases(String text, String[] note, boolean week, boolean[] atEnd, boolean[] holidaysOff)
            throws Unreadable {
        String t = text;
        for (Phrase p : PHRASES) {
            if (p.kind().equals("ferie") && !week) {
                continue;
            }
            Matcher m = p.pattern().matcher(t);
            while (m.find()) {
                if (p.kind().equals("ferie")) {
                    String before = t.substring(0, m.start()).replaceAll("[\\s\\p{Punct}]", "");
                    String after = t.substring(m.end()).replaceAll("[\\s\\p{Punct}]", "");
                    if (!before.isEmpty() && !after.isEmpty()) {
                        throw new Unreadable("« " + m.group().strip() + " » au milieu du texte");
                    }
                    holidaysOff[0] = true;
                } else if (p.note()) {
                    String before = t.substring(0, m.start()).replaceAll("[\\s\\p{Punct}]", "");
                    String after = t.substring(m.end()).replaceAll("[\\s\\p{Punct}]", "");
                    if (week && !before.isEmpty() && !after.isEmpty()
                            || t.substring(0, m.start()).matches("(?s).*\\b(?:et|ou)\\W*")) {
                        throw new Unreadable("« " + m.group().strip() + " » ne porte pas sur tout le texte");
                    }
                    atEnd[0] |= !before.isEmpty();
                    if (note[0] != null && !note[0].equals(p.comment())) {
                        throw new Unreadable("mentions « " + note[0] + " » et « " + p.comment() + " » mêlées");
                    }
                    note[0] = p.comment();
                }
                t = t.substring(0, m.start()) + " " + t.substring(m.end());
                m = p.pattern().matcher(t);
            }
        }
        return t;
    }

    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.FRENCH)
                .replaceAll("[\u2013\u2014\u2212\u2010\u2011]", "-").replace('\u00A0', ' ').replace('\u202F', ' ')
                .replace('\u2019', '\'').replace('\t', ' ').replace("\r\n", "\n").replace('\r', '\n');
        t = t.replaceAll("(?i)<br\\s*/?>|</li>|</p>", "\n").replaceAll("<[^>]{0,40}>", " ");
        t = t.replaceAll("(" + DAY + "s?)(?=\\d)", "$1 ").replace('"', ' ').replace('«', ' ').replace('»', ' ');
        t = t.replaceAll("(\\d)\\s*heures?\\b", "$1h");
        // "9 h 30" and "12h 30" are 9h30 and 12h30, but "12h 14-18h" is two times
        t = t.replaceAll("(\\d{1,2})\\s+h\\s+(\\d{2})(?!\\s*[h:\\d])", "$1h$2");
        t = t.replaceAll("(\\d{1,2})h\\s+(00|2[5-9]|[3-5]\\d)(?!\\s*[h:\\d])", "$1h$2");
        t = t.replaceAll("(\\d{1,2})\\s+h\\b", "$1h");
        // 8h30h is 8h30 (30 is no hour), 9h12h is 9h-12h
        t = t.replaceAll("\\b(\\d{1,2}h(?:2[5-9]|[3-5]\\d|00))h\\b", "$1");
        t = t.replaceAll("\\b(\\d{1,2})\\.(\\d{2})h\\b", "$1h$2");
        t = t.replaceAll("(?<![-\\p{L}])midi\\b", "12h");
        t = t.replaceAll("(\\d{1,2}h(?:\\d{2})?)(?=\\d{1,2}h)", "$1-");
        t = t.replaceAll("(\\d{1,2})\\s*:\\s*(\\d{2})", "$1:$2");
        t = t.replaceAll("\\bapr[eèé]s[- ]?midis?\\b", "apresmidi").replaceAll("\\bmatin(?:ée|s|ées)?\\b", "matin");
        t = t.replaceAll("\\b7\\s*j(?:ours)?\\s*(?:/|sur)\\s*7\\b", "tous les jours");
        t = t.replaceAll("\\b(?:la|en) semaine\\b", " lundi au vendredi ");
        Matcher m = NTH.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            List<String> nths = new ArrayList<>();
            for (String o : m.group(1).split("\\s*(?:,|et)\\s*")) {
                nths.add(ordinal(o.strip()));
            }
            m.appendReplacement(b, m.group(2) + "[" + String.join(",", nths) + "]");
        }
        return m.appendTail(b).toString();
    }

    private static String ordinal(String o) {
        if (o.startsWith("derni")) {
            return "-1";
        }
        if (o.startsWith("1") || o.startsWith("premi")) {
            return "1";
        }
        if (o.startsWith("2") || o.startsWith("deux") || o.startsWith("second")) {
            return "2";
        }
        if (o.startsWith("3") || o.startsWith("trois")) {
            return "3";
        }
        if (o.startsWith("4") || o.startsWith("quatr")) {
            return "4";
        }
        return "5";
    }

    /** Splits a text into days, times, "fermé", "sauf" and half-days, or fails on any word it does not understand. */
    private static List<Item> items(String normalized) throws Unreadable {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(normalized);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<Item> out = new ArrayList<>();
        List<Integer> times = null;
        DayChain days = null;
        boolean separated = false;
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            int day = dayIndex(tok);
            if (isTime(tokens, i)) {
                if (times == null) {
                    flushDays(out, days);
                    days = null;
                    times = new ArrayList<>();
                } else if (separated) {
                    throw new Unreadable("heures séparées par « " + tokens.get(i - 1) + " »");
                }
                times.add(minutes(tok));
                separated = false;
            } else if (day >= 0 || tok.equals("tous les jours")) {
                if (days == null || separated) {
                    flushTimes(out, times);
                    times = null;
                    flushDays(out, days);
                    days = new DayChain();
                }
                String nth = tok.contains("[") ? tok.substring(tok.indexOf('[') + 1, tok.length() - 1) : null;
                days.add(day, nth, tokens.get(Math.max(0, i - 1)), i > 0 && dayIndex(previousWord(tokens, i)) >= 0);
                separated = false;
            } else if (tok.matches("ferm.*") || tok.equals("sauf") || tok.equals("matin") || tok.equals("apresmidi")) {
                flushTimes(out, times);
                times = null;
                flushDays(out, days);
                days = null;
                out.add(tok.startsWith("ferm") ? new Closed() : tok.equals("sauf") ? new Except()
                        : new Half(tok.equals("matin")));
                separated = false;
            } else if (tok.matches("[;.]")) {
                separated = times != null || days != null;
            } else if (tok.equals("\n") || tok.equals(":") || tok.equals("|")) {
                separated = days != null;
            } else if (!tok.matches("du|au|à|a|de|d'|le|les|l'|et|puis|tous|chaque|[-/,()]")) {
                throw new Unreadable("mot « " + tok + " » non compris");
            }
        }
        flushTimes(out, times);
        flushDays(out, days);
        return out;
    }

    private static String previousWord(List<String> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!tokens.get(j).matches("au|à|a|-|et|,|/|le|les|du")) {
                return tokens.get(j);
            }
        }
        return "";
    }

    /** Days being read: each with the connector before it ({@code au}, {@code -} or none). */
    private static final class DayChain {
        final List<Integer> days = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        final List<String> nths = new ArrayList<>();

        void add(int day, String nth, String before, boolean afterDay) {
            days.add(day);
            nths.add(nth);
            links.add(!afterDay || days.size() == 1 ? "" : before.matches("au|à|a") ? "au" : before.equals("-") ? "-"
                    : "");
        }
    }

    private static void flushDays(List<Item> out, DayChain chain) throws Unreadable {
        if (chain == null) {
            return;
        }
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        EnumSet<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
        Set<String> nths = new TreeSet<>();
        for (String n : chain.nths) {
            nths.add(n == null ? "" : n);
        }
        if (nths.size() > 1) {
            throw new Unreadable("jours du mois mêlés à des jours de chaque semaine");
        }
        String nth = nths.iterator().next();
        int n = chain.days.size();
        for (int i = 0; i < n; i++) {
            int d = chain.days.get(i);
            if (d < 0) {
                set.addAll(EnumSet.allOf(DayOfWeek.class));
                continue;
            }
            named.add(DayOfWeek.of(d + 1));
            String link = chain.links.get(i);
            int prev = i > 0 ? chain.days.get(i - 1) : -1;
            if (link.equals("au") || link.equals("-") && dashRange(chain, i)) {
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
        out.add(new Days(set, named, nth.isEmpty() ? null : nth));
    }

    /**
     * Whether {@code a-b} is a range: adjacent days read the same either way; a chain of three or more is a list
     * ({@code mardi-jeudi-vendredi}); two days apart only Monday to Friday, Saturday or Sunday, else ambiguous.
     */
    private static boolean dashRange(DayChain chain, int i) throws Unreadable {
        boolean chainBefore = i >= 2 && chain.links.get(i - 1).equals("-");
        boolean chainAfter = i + 1 < chain.days.size() && chain.links.get(i + 1).equals("-");
        if (chainBefore || chainAfter) {
            return false;
        }
        int a = chain.days.get(i - 1);
        int b = chain.days.get(i);
        if (b - a <= 1) {
            return false;
        }
        if (a == 0 && b >= 4) {
            return true;
        }
        throw new Unreadable("« " + FRENCH_DAYS.get(Math.max(a, 0)) + "-" + FRENCH_DAYS.get(b)
                + " » : plage ou liste de jours");
    }

    private static void flushTimes(List<Item> out, List<Integer> times) throws Unreadable {
        if (times == null) {
            return;
        }
        if (times.size() % 2 != 0) {
            throw new Unreadable("nombre impair d'heures");
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
                throw new Unreadable("plages horaires dans le désordre");
            }
            // a public place opening before 6 a.m. is a typo (01:00-17:00, 3-11 h), except round the clock
            if (start < 6 * 60 && !(start == 0 && end == 24 * 60)) {
                throw new Unreadable("ouverture avant 6 h invraisemblable");
            }
            ranges.add(new Range(start, end));
        }
        out.add(new Times(ranges));
    }

    /** A time token, or a bare number that reads as an hour beside one ({@code 9 à 12h}, {@code 9h-17}). */
    private static boolean isTime(List<String> tokens, int i) {
        String tok = tokens.get(i);
        if (tok.matches("\\d{1,2}(:\\d{2}|h(\\d{2})?)")) {
            return true;
        }
        if (!tok.matches("\\d{1,2}") || Integer.parseInt(tok) > 24) {
            return false;
        }
        boolean linkAfter = i + 2 < tokens.size() && tokens.get(i + 1).matches("à|a|-|/");
        if (linkAfter && tokens.get(i + 2).matches("\\d{1,2}(:\\d{2}|h(\\d{2})?)")) {
            return true;
        }
        if (linkAfter && tokens.get(i + 2).matches("\\d{1,2}") && i + 4 < tokens.size()
                && tokens.get(i + 3).matches("[-/,]|et") && isTime(tokens, i + 4)) {
            return true;
        }
        return i >= 2 && tokens.get(i - 1).matches("à|a|-|/") && tokens.get(i - 2).matches("\\d{1,2}(:\\d{2}|h(\\d{2})?)");
    }

    /** Reads the clauses into the week, or fails when they do not fit together. */
    private static int readClauses(List<Item> items, Week week) throws Unreadable {
        List<Days> closures = new ArrayList<>();
        List<Half> closureHalves = new ArrayList<>();
        List<Days> daysOnly = new ArrayList<>();
        List<Half> daysOnlyHalves = new ArrayList<>();
        List<Range> timesOnly = null;
        EnumSet<DayOfWeek> named = EnumSet.noneOf(DayOfWeek.class);
        int clauses = 0;
        int n = items.size();
        for (int i = 0; i < n; ) {
            Item it = items.get(i);
            if (it instanceof Days d) {
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
            } else if (it instanceof Times t) {
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
            } else if (it instanceof Closed || it instanceof Except) {
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
            } else {
                throw new Unreadable("« matin » ou « après-midi » sans jour");
            }
        }
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
    private static void checkHalf(Half half, List<Range> ranges) throws Unreadable {
        for (Range r : ranges) {
            if (half.morning() ? r.end() > 14 * 60 : r.start() < 12 * 60) {
                throw new Unreadable("« " + (half.morning() ? "matin" : "après-midi") + " » et « " + r
                        + " » ne s'accordent pas");
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
                throw new Unreadable("le " + name + " n'a pas d'horaires " + (half.morning() ? "le matin"
                        : "l'après-midi") + " à fermer");
            }
            week.ranges.put(day, kept);
            if (kept.isEmpty()) {
                week.ranges.remove(day);
            }
        }
    }

    /** 0 for lundi (lundis, lun, lun., lundi[2]) … 6 for dimanche, -1 for anything else ({@code mars} is not mardi). */
    private static int dayIndex(String tok) {
        String t = tok.contains("[") ? tok.substring(0, tok.indexOf('[')) : tok;
        for (int i = 0; i < FRENCH_DAYS.size(); i++) {
            String day = FRENCH_DAYS.get(i);
            if (t.equals(day) || t.equals(day + "s") || t.matches(day.substring(0, 3) + "\\.?")
                    || i == 4 && t.matches("vend\\.?")) {
                return i;
            }
        }
        return -1;
    }

    private static int minutes(String tok) throws Unreadable {
        String[] p = tok.split("[h:]", -1);
        int h = Integer.parseInt(p[0]);
        int min = p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) : 0;
        if (h > 24 || min > 59 || h == 24 && min > 0) {
            throw new Unreadable("heure « " + tok + " » impossible");
        }
        return h * 60 + min;
    }

    private static List<Phrase> phrases() {
        List<Phrase> out = new ArrayList<>();
        try (InputStream in = HoursText.class.getResourceAsStream("horaires-fr.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Phrase(f[0], Pattern.compile(f[1]), f.length > 2 ? f[2] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
