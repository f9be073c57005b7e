package org.mednumlod.converters.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.clean.HoursWords.Closed;
import org.mednumlod.converters.clean.HoursWords.Half;
import org.mednumlod.converters.clean.HoursWords.Item;
import org.mednumlod.converters.clean.HoursWords.Times;
import org.mednumlod.converters.clean.HoursWords.Unreadable;
import org.mednumlod.converters.clean.Week.Range;

/**
 * Reads French opening-hours text for {@link Hours}: a whole week of free text ({@link #fromFrenchText}) and the
 * text of one day or half-day ({@link #cell}). A text is read only when every word is understood
 * ({@link HoursWords}) and its clauses fit together ({@link HoursClauses}); anything else is ambiguous and dropped
 * with its reason. Understood:
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
 * such as {@code Horaires d'ouverture :} are removed, {@code sauf jours fériés} adds {@code PH off};</li>
 * <li>in a day's cell: {@code Fermé}, {@code Matin}, {@code Après-midi}, {@code Journée}, {@code Oui}, and a
 * remark in parentheses without times, kept as that day's comment.</li>
 * </ul>
 * Hours without days, or days without hours, are kept with OSM's {@code unknown} state and a comment saying what
 * is missing, so that nothing is invented. Opening times before 6 a.m. (typos such as {@code 01:00 - 17:00}),
 * overlapping or contradictory clauses, {@code un mercredi sur deux}, holidays and school terms are ambiguous.
 */
final class HoursText {
    static final List<String> FRENCH_DAYS =
            List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");
    private static final Pattern HALF_DAYS_ONLY = Pattern.compile(
            "\\(?(?:matin|apresmidi|journée|toute la journée)(?:\\s*(?:,|/|et|\\+)\\s*(?:matin|apresmidi))*\\)?");
    private static final Pattern REMARK = Pattern.compile("\\(([^()]{2,60})\\)\\s*$");
    private static final Set<String> CLOSED_CELLS =
            Set.of("", "-", "x", "fermé", "fermée", "ferme", "closed", "non", "/");
    private static final List<Phrase> PHRASES = phrases();

    /** A phrase of {@code horaires-fr.tsv}: a note (with its comment) or a label. */
    private record Phrase(String kind, Pattern pattern, String comment) {
        boolean note() {
            return kind.equals("note");
        }
    }

    /** A day's or half-day's cell: ranges, a note, and whether it opens at times it does not give. */
    record Cell(List<Range> ranges, String note, boolean unknown) {}

    private HoursText() {}

    /** Free French text for the whole week; converted only when unambiguous. */
    static Cleaned<String> fromFrenchText(String text) {
        if (RawText.blank(text)) {
            return Cleaned.empty();
        }
        try {
            Week week = week(text);
            return week.toOsm(text, "horaires.texte-vers-osm", "Horaires « " + text.strip() + " »");
        } catch (Unreadable u) {
            return Hours.dropped(
                    text,
                    "horaires.texte-ambigu",
                    "Horaires « " + text.strip() + " » : texte ambigu ou non reconnu (" + u.getMessage()
                            + "), non converti au format OSM");
        }
    }

    /** The week a text describes. */
    static Week week(String text) throws Unreadable {
        String[] note = {null};
        boolean[] atEnd = {false};
        List<String> extraRules = new ArrayList<>();
        String t = phrases(HoursWords.normalize(text), note, true, atEnd, extraRules);
        Week week = new Week();
        week.comment = note[0];
        week.extraRules.addAll(extraRules);
        if (t.replaceAll("[\\s\\p{Punct}]", "").isEmpty()) {
            if (note[0] == null) {
                throw new Unreadable("aucun jour ni horaire");
            }
            week.anyDayUnknown = true;
            return week;
        }
        List<Item> items = HoursWords.items(t);
        int clauses = HoursClauses.readClauses(items, week);
        if (atEnd[0] && clauses > 1) {
            throw new Unreadable("« " + note[0] + " » en fin de texte : pour toutes les plages ou la dernière ?");
        }
        return week;
    }

    /** One day's (or half-day's) text: closed markers give no ranges, an unreadable text null. */
    static Cell cell(String text) {
        // one day's ranges may be split by « ; » or « . » too (« 09:00-12:00;14:00-17:00 »)
        String t = text == null
                ? ""
                : HoursWords.normalize(text)
                        .replace('\n', ' ')
                        .replaceAll(";|\\.(?!\\d)", " / ")
                        .replaceAll("[\\s/]+$", "")
                        .strip();
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
            if (remark.find()
                    && original.find()
                    && remark.group(1).matches("[^\\d]*")
                    && dayIndexIn(remark.group(1)) < 0) {
                note[0] = combine(
                        note[0],
                        original.group(1).strip().replaceAll("\\s+", " ").replace('"', '\''));
                t = (t.substring(0, remark.start()) + " " + t.substring(remark.end())).strip();
            }
            List<Item> e = HoursWords.items(t);
            if (e.size() == 1 && e.get(0) instanceof Times times) {
                return new Cell(times.ranges(), note[0], false);
            }
            if (e.size() == 2 && e.get(0) instanceof Half h && e.get(1) instanceof Times times) {
                HoursClauses.checkHalf(h, times.ranges());
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
        return t.contains("journée")
                ? "journée"
                : morning && afternoon ? "matin et après-midi" : morning ? "matin" : "après-midi";
    }

    private static int dayIndexIn(String text) {
        for (String w : text.split("[^\\p{L}]+")) {
            if (HoursWords.dayIndex(w) >= 0) {
                return HoursWords.dayIndex(w);
            }
        }
        return -1;
    }

    static String combine(String a, String b) {
        return a == null ? b : b == null || b.equals(a) ? a : a + ", " + b;
    }

    /** Removes the labels and the notes of {@code horaires-fr.tsv}; a week's note must open or close the text. */
    private static String phrases(String text, String[] note, boolean week) throws Unreadable {
        return phrases(text, note, week, new boolean[1], new ArrayList<>());
    }

    /**
     * @param atEnd        set when a note closes the text (it then applies to all only if the text has one clause)
     * @param extraRules   OSM rules added by a week's phrases of kind {@code regle} ({@code sauf jours fériés} →
     *                     {@code PH off}); a cell leaves such phrases as a remark
     */
    private static String phrases(String text, String[] note, boolean week, boolean[] atEnd, List<String> extraRules)
            throws Unreadable {
        String t = text;
        for (Phrase p : PHRASES) {
            if (p.kind().equals("regle") && !week) {
                continue;
            }
            Matcher m = p.pattern().matcher(t);
            while (m.find()) {
                if (p.kind().equals("regle")) {
                    String before = t.substring(0, m.start()).replaceAll("[\\s\\p{Punct}]", "");
                    String after = t.substring(m.end()).replaceAll("[\\s\\p{Punct}]", "");
                    if (!before.isEmpty() && !after.isEmpty()) {
                        throw new Unreadable("« " + m.group().strip() + " » au milieu du texte");
                    }
                    if (!extraRules.contains(p.comment())) {
                        extraRules.add(p.comment());
                    }
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
