package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;

/**
 * Normalises a telephone number to the national schema's form: a calling code among the ten the schema allows,
 * then 6 to 9 digits, no separator ({@code +33233231955}, {@code +262692123456}).
 *
 * <pre>{@code
 * Cleaned<String> tel = Phones.normalize("02 33 23 19 55", "50000"); // +33233231955, one FIX finding
 * }</pre>
 *
 * <p>A national number ({@code 0XXXXXXXXX}) is given the calling code of the territory its prefix belongs to in
 * the French numbering plan ({@code 0262}, {@code 0692}… → {@code +262}; {@code 0590}, {@code 0690}… →
 * {@code +590}), not blindly {@code +33}; the same holds for {@code +33} numbers that carry an overseas prefix
 * (a mednum-cli artefact). The postcode is only needed for local numbers of the overseas collectivities, which
 * have no trunk 0 ({@code 975} → {@code +508}, {@code 986} → {@code +681}, {@code 987} → {@code +689},
 * {@code 988} → {@code +687}). Numbers of the 33/590/594/596/262 plans must have exactly 9 digits after the
 * code. Only the first number of a list is kept; surrounding words are removed. A number that cannot be
 * repaired is dropped.
 */
final class Phones {
    private static final String FIELD = "telephone";
    /** Short numbers that mednum-cli replaces with their long form. */
    private static final Map<String, String> SHORT_NUMBERS = Map.of("3230", "+33969322121", "3960", "+33971103960");

    private static final Pattern LIST_SEPARATOR =
            Pattern.compile("\\s*(?:[/;\\n\\r]|\\bou\\b|\\bet\\b)\\s*", Pattern.CASE_INSENSITIVE);
    /** A spaced dash separates two numbers ({@code 03 89 42 85 20 - 03 89 …}) only if both sides are numbers. */
    private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s[-–]\\s");
    /** A run that looks like a phone number: optional + then digits with the usual separators. */
    private static final Pattern NUMBER_RUN = Pattern.compile("\\+?\\d[\\d .\\-()]*\\d|\\+?\\d");

    private Phones() {}

    /**
     * @param raw      the raw value (may hold several numbers, words, separators)
     * @param postcode the place's postcode (5 digits) or null; used only for overseas local numbers
     */
    static Cleaned<String> normalize(String raw, String postcode) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        List<Finding> findings = new ArrayList<>();
        String s = raw.replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('\u2009', ' ')
                .strip();
        s = s.replace("(0)", "");
        List<String> parts = new ArrayList<>();
        for (String p : LIST_SEPARATOR.split(s)) {
            String[] dashed = DASH_SEPARATOR.split(p);
            boolean numbers = dashed.length > 1;
            for (String x : dashed) {
                numbers &= digits(x).length() >= 8;
            }
            parts.addAll(numbers ? List.of(dashed) : List.of(p));
        }
        String first = null;
        int nonEmpty = 0;
        for (String p : parts) {
            int n = digits(p).length();
            if (n > 0 && first == null) {
                first = p;
            }
            if (n >= 6) {
                nonEmpty++;
            }
        }
        if (first == null) {
            return drop(raw, "telephone.invalide", "Téléphone « " + raw + " » sans numéro : valeur supprimée");
        }
        if (nonEmpty > 1) {
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "telephone.premier-numero",
                    "Téléphone « " + raw + " » : plusieurs numéros, seul le premier « " + first.strip()
                            + " » est conservé"));
        }
        Matcher m = NUMBER_RUN.matcher(first);
        if (!m.find()) {
            return drop(raw, "telephone.invalide", "Téléphone « " + raw + " » illisible : valeur supprimée");
        }
        String run = m.group();
        String rest = (first.substring(0, m.start()) + " " + first.substring(m.end())).strip();
        if (rest.codePoints().anyMatch(Character::isLetterOrDigit)) {
            findings.add(Finding.fix(
                    FIELD,
                    raw,
                    "telephone.texte-supprime",
                    "Téléphone « " + raw + " » : texte « " + rest + " » supprimé"));
        }
        boolean plus = run.startsWith("+");
        String d = digits(run);
        return finish(raw, plus, d, postcode, findings);
    }

    private static Cleaned<String> finish(String raw, boolean plus, String d, String postcode, List<Finding> findings) {
        if (d.chars().allMatch(c -> c == '0')) {
            return drop(raw, "telephone.zeros", "Téléphone « " + raw + " » composé de zéros : valeur supprimée");
        }
        if (!plus && SHORT_NUMBERS.containsKey(d)) {
            String result = SHORT_NUMBERS.get(d);
            findings.add(
                    Finding.fix(FIELD, raw, "telephone.numero-court", message("telephone.numero-court", raw, result)));
            return new Cleaned<>(result, findings);
        }
        if (d.length() < 6) {
            return drop(
                    raw,
                    "telephone.invalide",
                    d.length() == 4 && d.startsWith("3")
                            ? "Téléphone « " + raw + " » : numéro court sans équivalent connu, valeur supprimée"
                            : "Téléphone « " + raw + " » trop court : valeur supprimée");
        }
        PhonePlans.Rewrite rewrite = PhonePlans.rewrite(plus, d, postcode);
        if (rewrite.rule().equals(PhonePlans.NOT_ADMITTED)) {
            return drop(
                    raw,
                    PhonePlans.NOT_ADMITTED,
                    "Téléphone « " + raw
                            + " » : indicatif non admis par le schéma (+33, +262, +590…) : valeur supprimée");
        }
        String result = rewrite.result();
        String rule = rewrite.rule();
        if (result == null || !PhonePlans.valid(result)) {
            return drop(
                    raw,
                    "telephone.invalide",
                    "Téléphone « " + raw + " » : longueur ou format invalide, valeur supprimée");
        }
        if (!result.equals(raw)) {
            findings.add(Finding.fix(FIELD, raw, rule, message(rule, raw, result)));
        }
        return new Cleaned<>(result, findings);
    }

    private static String message(String rule, String raw, String result) {
        return switch (rule) {
            case "telephone.numero-court" -> "Numéro court « " + raw + " » remplacé par le numéro « " + result + " »";
            case "telephone.plus-zero" ->
                "Téléphone « " + raw + " » : « +0 » réécrit au format international « " + result + " »";
            case "telephone.national-vers-e164-outre-mer" ->
                "Téléphone « " + raw + " » réécrit au format international avec l'indicatif de son territoire « "
                        + result + " »";
            case "telephone.zero-initial-manquant" ->
                "Téléphone « " + raw + " » sans 0 initial réécrit au format international « " + result + " »";
            case "telephone.format" -> "Téléphone « " + raw + " » réécrit sans séparateurs « " + result + " »";
            case "telephone.zero-apres-indicatif" ->
                "Téléphone « " + raw + " » : 0 après l'indicatif supprimé, « " + result + " »";
            case "telephone.indicatif-outre-mer" ->
                "Téléphone « " + raw + " » : numéro d'outre-mer réécrit avec l'indicatif de son territoire « " + result
                        + " »";
            case "telephone.plus-manquant" -> "Téléphone « " + raw + " » : « + » ajouté, « " + result + " »";
            case "telephone.numero-local-outre-mer" ->
                "Téléphone local « " + raw + " » réécrit avec l'indicatif de la collectivité « " + result + " »";
            default -> "Téléphone « " + raw + " » réécrit au format international « " + result + " »";
        };
    }

    private static String digits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Cleaned<String> drop(String raw, String rule, String message) {
        return Cleaned.dropped(Finding.dropped(FIELD, raw, rule, message));
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
