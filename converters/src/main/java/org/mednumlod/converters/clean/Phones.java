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
    private static final Pattern SCHEMA =
            Pattern.compile("^(\\+33|\\+590|\\+594|\\+262|\\+596|\\+269|\\+687|\\+689|\\+508|\\+681)(\\d){6,9}$");
    /** Calling codes of the schema, longest first so that 3-digit codes are tried before {@code 33}. */
    private static final List<String> CODES =
            List.of("590", "594", "596", "262", "269", "687", "689", "508", "681", "33");
    /** National prefixes (after the trunk 0) that belong to an overseas numbering plan. */
    private static final Map<String, String> OVERSEAS_PREFIX = Map.ofEntries(
            Map.entry("590", "590"),
            Map.entry("690", "590"),
            Map.entry("691", "590"),
            Map.entry("596", "596"),
            Map.entry("696", "596"),
            Map.entry("697", "596"),
            Map.entry("594", "594"),
            Map.entry("694", "594"),
            Map.entry("262", "262"),
            Map.entry("263", "262"),
            Map.entry("692", "262"),
            Map.entry("693", "262"),
            Map.entry("269", "262"),
            Map.entry("639", "262"));
    /** Overseas collectivities whose local numbers have no trunk 0: postcode prefix → code and length. */
    private static final Map<String, String[]> LOCAL_PLANS = Map.of(
            "975",
            new String[] {"508", "6"},
            "986",
            new String[] {"681", "6"},
            "987",
            new String[] {"689", "8"},
            "988",
            new String[] {"687", "6"});
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
        String result;
        String rule;
        if (plus && d.startsWith("0")) {
            result = national(d);
            rule = "telephone.plus-zero";
        } else if (plus) {
            String[] split = splitCode(d);
            if (split == null) {
                return drop(
                        raw,
                        "telephone.indicatif-non-admis",
                        "Téléphone « " + raw
                                + " » : indicatif non admis par le schéma (+33, +262, +590…) : valeur supprimée");
            }
            result = international(split[0], split[1]);
            rule = rerouted(split[0], split[1], result, "telephone.format");
        } else if (d.startsWith("00")) {
            String[] split = splitCode(d.substring(2));
            if (split == null) {
                return drop(
                        raw,
                        "telephone.indicatif-non-admis",
                        "Téléphone « " + raw
                                + " » : indicatif non admis par le schéma (+33, +262, +590…) : valeur supprimée");
            }
            result = international(split[0], split[1]);
            rule = rerouted(split[0], split[1], result, "telephone.prefixe-00");
        } else if (d.startsWith("0")) {
            result = national(d);
            rule = result != null && !result.startsWith("+33")
                    ? "telephone.national-vers-e164-outre-mer"
                    : "telephone.national-vers-e164";
        } else if (d.length() == 9) {
            result = national("0" + d);
            rule = "telephone.zero-initial-manquant";
        } else if (d.length() == 11 || d.length() == 12) {
            String[] split = splitCode(d);
            result = split == null ? null : international(split[0], split[1]);
            rule = "telephone.plus-manquant";
        } else {
            result = local(d, postcode);
            rule = "telephone.numero-local-outre-mer";
        }
        if (result == null || !SCHEMA.matcher(result).matches() || !lengthOk(result)) {
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

    /** A national number 0 + 9 digits, with the calling code of the plan its prefix belongs to. */
    private static String national(String d) {
        if (d.length() != 10 || d.charAt(1) == '0') {
            return null;
        }
        String code = OVERSEAS_PREFIX.getOrDefault(d.substring(1, 4), "33");
        return "+" + code + d.substring(1);
    }

    /** A number after its calling code; drops a trunk 0 and re-routes overseas prefixes dialled with +33. */
    private static String international(String code, String rest) {
        if (rest.startsWith("0")) {
            rest = rest.substring(1);
        }
        if (code.equals("33") && rest.length() == 9) {
            code = OVERSEAS_PREFIX.getOrDefault(rest.substring(0, 3), "33");
        }
        return "+" + code + rest;
    }

    /** The rule to report when {@link #international} also removed a trunk 0 or changed the calling code. */
    private static String rerouted(String code, String rest, String result, String rule) {
        if (!result.startsWith("+" + code)) {
            return "telephone.indicatif-outre-mer";
        }
        return rest.startsWith("0") ? "telephone.zero-apres-indicatif" : rule;
    }

    private static String local(String d, String postcode) {
        if (postcode == null || postcode.length() < 3) {
            return null;
        }
        String[] plan = LOCAL_PLANS.get(postcode.substring(0, 3));
        if (plan == null || d.length() != Integer.parseInt(plan[1])) {
            return null;
        }
        return "+" + plan[0] + d;
    }

    private static String[] splitCode(String d) {
        for (String code : CODES) {
            if (d.startsWith(code) && d.length() > code.length()) {
                return new String[] {code, d.substring(code.length())};
            }
        }
        return null;
    }

    /** The numbering plans of France and the DROM have exactly 9 digits after the calling code. */
    private static boolean lengthOk(String e164) {
        for (String code : List.of("33", "590", "594", "596", "262")) {
            if (e164.startsWith("+" + code)) {
                return e164.length() == 1 + code.length() + 9;
            }
        }
        return true;
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
