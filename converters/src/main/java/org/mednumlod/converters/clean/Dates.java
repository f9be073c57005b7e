package org.mednumlod.converters.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;

/**
 * Parses {@code date_maj} into a {@link LocalDate} (written {@code yyyy-mm-dd} by the RDF writer).
 *
 * <pre>{@code
 * Cleaned<LocalDate> d = Dates.parse("15/03/2021"); // 2021-03-15, FIX date_maj.format
 * }</pre>
 *
 * <p>Accepted: ISO {@code yyyy-mm-dd} (kept without finding); {@code yyyy-mm-dd} or {@code yyyy/mm/dd} followed
 * by a time ({@code T} or space, optional seconds, fraction and offset); French {@code dd/mm/yyyy} and
 * {@code dd-mm-yyyy} (day and month on 1–2 digits) with an optional time; 10-digit Unix timestamps (date in
 * Europe/Paris); one date of those forms inside a sentence ({@code Espace labellisé 01/01/2020}). Any non-ISO
 * input that parses is a FIX. The date is the one written: a time or an offset does not move it to another
 * day. Dropped: mednum-cli's epoch placeholders ({@code 1970-01-01}, {@code 1969-12-31}), impossible dates
 * ({@code 31/02/2021}) or improbable ones (year before 1990 or after 2100), sentences with no date or with
 * several different dates, anything else.
 */
final class Dates {
    private static final String FIELD = "date_maj";
    private static final String TIME =
            "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME);
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final Pattern UNIX = Pattern.compile("\\d{10}");
    private static final Pattern YMD_IN_TEXT =
            Pattern.compile("(?<![\\d/-])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/-])");
    private static final Pattern DMY_IN_TEXT =
            Pattern.compile("(?<![\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?![\\d/-])");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Dates() {}

    static Cleaned<LocalDate> parse(String raw) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        String s = raw.strip();
        Matcher m;
        LocalDate date;
        String rule;
        if ((m = ISO.matcher(s)).matches()) {
            date = of(m.group(1), m.group(2), m.group(3));
            rule = null;
        } else if ((m = YMD.matcher(s)).matches()) {
            date = of(m.group(1), m.group(2), m.group(3));
            rule = "date_maj.format";
        } else if ((m = DMY.matcher(s)).matches()) {
            date = of(m.group(4), m.group(3), m.group(1));
            rule = "date_maj.format";
        } else if (UNIX.matcher(s).matches()) {
            date = Instant.ofEpochSecond(Long.parseLong(s)).atZone(PARIS).toLocalDate();
            rule = "date_maj.horodatage-unix";
        } else {
            List<LocalDate> found = inText(s);
            if (found == null || found.size() != 1) {
                return drop(
                        raw,
                        "date_maj.invalide",
                        found != null && found.size() > 1
                                ? "Date de mise à jour « " + raw + " » : plusieurs dates, valeur supprimée"
                                : "Date de mise à jour « " + raw + " » illisible : valeur supprimée");
            }
            date = found.get(0);
            rule = "date_maj.extraite-du-texte";
        }
        if (date == null) {
            return drop(raw, "date_maj.invalide", "Date de mise à jour « " + raw + " » impossible : valeur supprimée");
        }
        if (date.getYear() < 1990 && date.getYear() != 1970 && date.getYear() != 1969 || date.getYear() > 2100) {
            return drop(
                    raw,
                    "date_maj.invalide",
                    "Date de mise à jour « " + raw + " » : année improbable, valeur supprimée");
        }
        if (date.equals(LocalDate.of(1970, 1, 1)) || date.equals(LocalDate.of(1969, 12, 31))) {
            return drop(
                    raw,
                    "date_maj.date-fictive",
                    "Date de mise à jour « " + raw
                            + " » fictive (date origine Unix, valeur par défaut) : valeur supprimée");
        }
        if (rule == null) {
            return Cleaned.kept(date);
        }
        String message = switch (rule) {
            case "date_maj.horodatage-unix" -> "Horodatage Unix « " + raw + " » converti en date « " + date + " »";
            case "date_maj.extraite-du-texte" -> "Date « " + date + " » extraite du texte « " + raw + " »";
            default -> "Date de mise à jour « " + raw + " » réécrite au format ISO « " + date + " »";
        };
        return Cleaned.fixed(date, Finding.fix(FIELD, raw, rule, message));
    }

    /** The distinct valid dates written in a sentence, or null when one of them is impossible. */
    private static List<LocalDate> inText(String s) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = YMD_IN_TEXT.matcher(s);
        while (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d == null) {
                return null;
            }
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        m = DMY_IN_TEXT.matcher(s);
        while (m.find()) {
            LocalDate d = of(m.group(4), m.group(3), m.group(1));
            if (d == null) {
                return null;
            }
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static LocalDate of(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Cleaned<LocalDate> drop(String raw, String rule, String message) {
        return Cleaned.dropped(Finding.dropped(FIELD, raw, rule, message));
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
