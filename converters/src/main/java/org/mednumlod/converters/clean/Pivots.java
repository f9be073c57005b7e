package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;

/**
 * Normalises the {@code pivot} identifier (SIRET, SIREN or RNA) to the schema pattern {@code ^[a-zA-Z0-9]{9,14}$}.
 *
 * <pre>{@code
 * Cleaned<String> p = Pivots.normalize("13 002 603 200 016"); // "13002603200016", FIX pivot.espaces-supprimes
 * }</pre>
 *
 * <p>Repairs: spaces (including no-break and narrow no-break spaces), dots and dashes; float strings
 * ({@code 13002603200016.0}); a lower-case RNA {@code w}; an APE/NAF code pasted after the SIRET
 * ({@code 34106240403159/APE:8790B}). Dropped: placeholders {@code 0}, {@code 1}, {@code 0.0}; numbers in
 * scientific notation ({@code 3.67501E+13}: digits were lost); anything that does not match the pattern after
 * that. Kept as is, for the shapes to flag: {@code 00000000000000} and numbers that may have lost precision but
 * cannot be told apart from real ones ({@code 36750100000000}); no Luhn check is made here.
 */
final class Pivots {
    private static final String FIELD = "pivot";
    private static final Pattern SCHEMA = Pattern.compile("[a-zA-Z0-9]{9,14}");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:[.,]\\d+)?[eE][+]?\\d+");
    private static final Pattern TRAILING_CODE =
            Pattern.compile("^(\\d{9}|\\d{14})\\s*[/;,(-]\\s*(?:APE|NAF)\\b.*$", Pattern.CASE_INSENSITIVE);

    private Pivots() {}

    static Cleaned<String> normalize(String raw) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        List<Finding> findings = new ArrayList<>();
        String s = raw.strip();
        if (SCIENTIFIC.matcher(s).matches()) {
            return drop(
                    raw,
                    "pivot.precision-perdue",
                    "Pivot « " + raw + " » en notation scientifique : des chiffres ont été perdus, valeur supprimée");
        }
        s = RawText.withoutDecimalZeros(FIELD, "Pivot", raw, s, findings);
        if (s.matches("[01]")) {
            return drop(raw, "pivot.factice", "Pivot « " + raw + " » factice : valeur supprimée");
        }
        Matcher code = TRAILING_CODE.matcher(s);
        if (code.matches()) {
            s = code.group(1);
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "pivot.texte-supprime",
                    "Pivot « " + raw + " » : texte après le numéro supprimé, « " + s + " »"));
        }
        String compact = s.replaceAll("[\\s\\u00A0\\u202F.\\-]", "");
        if (!compact.equals(s)) {
            s = compact;
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "pivot.espaces-supprimes",
                    "Pivot « " + raw + " » : espaces, points et tirets supprimés, « " + s + " »"));
        }
        if (s.matches("w[a-zA-Z0-9]{9}")) {
            s = "W" + s.substring(1);
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "pivot.rna-majuscule",
                    "Pivot « " + raw + " » : numéro RNA avec « W » majuscule, « " + s + " »"));
        }
        if (!SCHEMA.matcher(s).matches()) {
            return drop(
                    raw,
                    "pivot.invalide",
                    "Pivot « " + raw + " » invalide (SIRET, SIREN ou RNA attendu) : valeur supprimée");
        }
        return new Cleaned<>(s, findings);
    }

    private static Cleaned<String> drop(String raw, String rule, String message) {
        return Cleaned.dropped(Finding.dropped(FIELD, raw, rule, message));
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
