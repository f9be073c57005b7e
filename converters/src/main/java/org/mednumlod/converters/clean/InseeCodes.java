package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;

/**
 * Normalises the syntax of a commune's INSEE code (code officiel géographique) to the schema pattern
 * {@code ^([013-9]\d|2[AB1-9])\d{3}$}. Whether the code exists, or is an arrondissement or a delegated commune,
 * is decided later against the territory graph.
 *
 * <pre>{@code
 * Cleaned<String> code = InseeCodes.normalize("6088"); // "06088", FIX code_insee.zero-initial
 * }</pre>
 *
 * <p>Repairs: a float string ({@code 6088.0}), a lost leading zero (4 characters), lower-case Corsican codes
 * ({@code 2a004}). Junk ({@code 0null}) and codes that break the pattern ({@code 20004}) are dropped.
 */
final class InseeCodes {
    private static final String FIELD = "code_insee";
    private static final Pattern SCHEMA = Pattern.compile("([013-9]\\d|2[AB1-9])\\d{3}");

    private InseeCodes() {}

    static Cleaned<String> normalize(String raw) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        List<Finding> findings = new ArrayList<>();
        String s = raw.strip();
        s = RawText.withoutDecimalZeros(FIELD, "Code INSEE", raw, s, findings);
        String upper = s.toUpperCase(Locale.ROOT);
        if (!upper.equals(s) && upper.matches("2[AB]\\d{3}")) {
            s = upper;
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "code_insee.majuscules",
                    "Code INSEE « " + raw + " » : lettre de la Corse en majuscule, « " + s + " »"));
        }
        if (s.matches("\\d{4}")) {
            s = "0" + s;
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "code_insee.zero-initial",
                    "Code INSEE « " + raw + " » : zéro initial rétabli, « " + s + " »"));
        }
        if (!SCHEMA.matcher(s).matches()) {
            return Cleaned.dropped(Finding.dropped(
                    FIELD, raw, "code_insee.invalide", "Code INSEE « " + raw + " » invalide : valeur supprimée"));
        }
        return new Cleaned<>(s, findings);
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
