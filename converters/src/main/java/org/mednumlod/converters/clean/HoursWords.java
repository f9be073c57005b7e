package org.mednumlod.converters.clean;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.clean.Week.Range;

/**
 * The words of French opening-hours text, for {@link HoursText}: normalisation ({@code 9 h 30} → {@code 9h30},
 * {@code midi} → {@code 12h}, {@code le 2e mardi du mois} → {@code mardi[2]}…) and the split of a text into
 * {@link Item items} — days, times paired into ranges, {@code fermé}, {@code sauf}, {@code matin}/{@code après-midi}
 * — failing on any word it does not understand.
 */
final class HoursWords {
    static final String DAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final String ORDINAL = "(?:1ers?|1[èe]res?|premi(?:er|ère|ere)s?|[2-5] ?(?:e|è|ème|eme|nd)s?"
            + "|deuxi[èe]mes?|seconde?s?|troisi[èe]mes?|quatri[èe]mes?|cinqui[èe]mes?|derni(?:er|ère|ere)s?)";
    private static final Pattern NTH = Pattern.compile(
            "\\b(" + ORDINAL + "(?:\\s*(?:,|et)\\s*" + ORDINAL + ")*)\\s+(" + DAY + ")s?\\s+du\\s+mois\\b");
    private static final Pattern TOKEN = Pattern.compile("(\\d{1,2}(?::\\d{2}|h(?:\\d{2})?))(?![\\d:])"
            + "|(\\d+)|(" + DAY + ")\\[([-\\d,]+)\\]|(" + DAY + ")s?\\b|(lun|mar|mer|jeu|ven|vend|sam|dim)\\b\\.?"
            + "|(tous les jours)\\b|(ferm(?:é|e|ée|ee|és|es|ées|ees|eture)s?)\\b|(sauf)\\b|(matin|apresmidi)\\b"
            + "|(du|au|à|a|de|d'|le|les|l'|et|puis|tous|chaque)(?![\\p{L}])|([-/,;:.|()\\n])|([^\\s()]+)");

    /** One element of a text. */
    sealed interface Item {}

    /** Days named together; {@code named} are those written out (single days and range ends). */
    record Days(EnumSet<DayOfWeek> days, EnumSet<DayOfWeek> named, String nth) implements Item {}

    record Times(List<Range> ranges) implements Item {}

    record Closed() implements Item {}

    record Except() implements Item {}

    record Half(boolean morning) implements Item {}

    /** Thrown when a text cannot be read unambiguously; the message says why, in French. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private HoursWords() {}

    static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.FRENCH)
                .replaceAll("[\u2013\u2014\u2212\u2010\u2011]", "-")
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('\u2019', '\'')
                .replace('\t', ' ')
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        t = t.replaceAll("(?i)<br\\s*/?>|</li>|</p>", "\n").replaceAll("<[^>]{0,40}>", " ");
        t = t.replaceAll("(" + DAY + "s?)(?=\\d)", "$1 ")
                .replace('"', ' ')
                .replace('«', ' ')
                .replace('»', ' ');
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
    static List<Item> items(String normalized) throws Unreadable {
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
                    addDays(out, days);
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
                    addDays(out, days);
                    days = new DayChain();
                }
                String nth = tok.contains("[") ? tok.substring(tok.indexOf('[') + 1, tok.length() - 1) : null;
                days.add(day, nth, tokens.get(Math.max(0, i - 1)), i > 0 && dayIndex(previousWord(tokens, i)) >= 0);
                separated = false;
            } else if (tok.matches("ferm.*") || tok.equals("sauf") || tok.equals("matin") || tok.equals("apresmidi")) {
                flushTimes(out, times);
                times = null;
                addDays(out, days);
                days = null;
                out.add(
                        tok.startsWith("ferm")
                                ? new Closed()
                                : tok.equals("sauf") ? new Except() : new Half(tok.equals("matin")));
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
        addDays(out, days);
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

    private static void addDays(List<Item> out, DayChain chain) throws Unreadable {
        if (chain != null) {
            out.add(chain.days());
        }
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
            if (end <= start
                    || end > 24 * 60
                    || !ranges.isEmpty()
                            && start < ranges.get(ranges.size() - 1).start()) {
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
        if (linkAfter
                && tokens.get(i + 2).matches("\\d{1,2}")
                && i + 4 < tokens.size()
                && tokens.get(i + 3).matches("[-/,]|et")
                && isTime(tokens, i + 4)) {
            return true;
        }
        return i >= 2
                && tokens.get(i - 1).matches("à|a|-|/")
                && tokens.get(i - 2).matches("\\d{1,2}(:\\d{2}|h(\\d{2})?)");
    }

    /** 0 for lundi (lundis, lun, lun., lundi[2]) … 6 for dimanche, -1 for anything else ({@code mars} is not mardi). */
    static int dayIndex(String tok) {
        String t = tok.contains("[") ? tok.substring(0, tok.indexOf('[')) : tok;
        for (int i = 0; i < HoursText.FRENCH_DAYS.size(); i++) {
            String day = HoursText.FRENCH_DAYS.get(i);
            if (t.equals(day)
                    || t.equals(day + "s")
                    || t.matches(day.substring(0, 3) + "\\.?")
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
}
