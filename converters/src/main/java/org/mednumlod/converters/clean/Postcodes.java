package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;

/**
 * Normalises a postcode to the schema's 5 digits ({@code ^\d{5}$}).
 *
 * <pre>{@code
 * Cleaned<String> cp = Postcodes.normalize("6000.0"); // "06000", FIX code_postal.nombre-decimal + zero-initial
 * }</pre>
 *
 * <p>Repairs: a number written as a float ({@code 6000.0}), spaces inside ({@code 49 000}), a CEDEX suffix
 * ({@code 30252Cedex}, {@code 30252 CEDEX 9}), and a lost leading zero (4 digits, from sources that store the
 * postcode as an integer). Six-digit values ({@code 380000}, {@code 020000}, {@code 932360}) are not repairable
 * without guessing which digit is extra: they are dropped.
 */
final class Postcodes {
    private static final String FIELD = "code_postal";
    private static final Pattern CEDEX = Pattern.compile("^(\\d{4,5})\\s*(?:cedex|cx)\\b.*$", Pattern.CASE_INSENSITIVE);

    private Postcodes() {}

    static Cleaned<String> normalize(String raw) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        List<Finding> findings = new ArrayList<>();
        String s = raw.strip();
        s = RawText.withoutDecimalZeros(FIELD, "Code postal", raw, s, findings);
        Matcher cedex = CEDEX.matcher(s);
        if (cedex.matches()) {
            s = cedex.group(1);
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "code_postal.cedex-supprime",
                    "Code postal « " + raw + " » : mention CEDEX supprimée, « " + s + " »"));
        }
        String compact = s.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (!compact.equals(s) && compact.matches("\\d{4,5}")) {
            s = compact;
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "code_postal.espaces-supprimes",
                    "Code postal « " + raw + " » : espaces supprimés, « " + s + " »"));
        }
        if (s.matches("\\d{4}")) {
            s = "0" + s;
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "code_postal.zero-initial",
                    "Code postal « " + raw + " » : zéro initial rétabli, « " + s + " »"));
        }
        if (!s.matches("\\d{5}") || s.equals("00000")) {
            return Cleaned.dropped(Finding.dropped(
                    FIELD,
                    raw,
                    "code_postal.invalide",
                    "Code postal « " + raw + " » invalide (5 chiffres attendus) : valeur supprimée"));
        }
        return new Cleaned<>(s, findings);
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
