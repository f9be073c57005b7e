package org.mednumlod.converters.clean;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The numbering plans behind {@link Phones}: which calling code of the schema a string of digits belongs to, and
 * which rule rewrites it to E.164 ({@code 0262…} → {@code +262…}, {@code 0033…} → {@code +33…}, a local number of
 * Saint-Pierre-et-Miquelon → {@code +508…}).
 */
final class PhonePlans {
    /** The rule of a number whose calling code the schema does not allow. */
    static final String NOT_ADMITTED = "telephone.indicatif-non-admis";

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

    /**
     * A number rewritten to E.164: {@code result} is null when it cannot be, {@code rule} names the rewriting (or
     * {@link #NOT_ADMITTED}).
     */
    record Rewrite(String result, String rule) {}

    private PhonePlans() {}

    /**
     * @param plus     whether the number was written with a leading {@code +}
     * @param d        its digits, at least 6 and not all zeros
     * @param postcode the place's postcode or null; used only for overseas local numbers
     */
    static Rewrite rewrite(boolean plus, String d, String postcode) {
        if (plus && d.startsWith("0")) {
            return new Rewrite(national(d), "telephone.plus-zero");
        } else if (plus) {
            return viaCallingCode(d, "telephone.format");
        } else if (d.startsWith("00")) {
            return viaCallingCode(d.substring(2), "telephone.prefixe-00");
        } else if (d.startsWith("0")) {
            String result = national(d);
            return new Rewrite(
                    result,
                    result != null && !result.startsWith("+33")
                            ? "telephone.national-vers-e164-outre-mer"
                            : "telephone.national-vers-e164");
        } else if (d.length() == 9) {
            return new Rewrite(national("0" + d), "telephone.zero-initial-manquant");
        } else if (d.length() == 11 || d.length() == 12) {
            String[] split = splitCode(d);
            return new Rewrite(split == null ? null : international(split[0], split[1]), "telephone.plus-manquant");
        }
        return new Rewrite(local(d, postcode), "telephone.numero-local-outre-mer");
    }

    /** True for a number of the schema's form whose length fits its numbering plan. */
    static boolean valid(String e164) {
        return SCHEMA.matcher(e164).matches() && lengthOk(e164);
    }

    /** A number that starts with its calling code; {@link #NOT_ADMITTED} when the schema does not allow it. */
    private static Rewrite viaCallingCode(String d, String rule) {
        String[] split = splitCode(d);
        if (split == null) {
            return new Rewrite(null, NOT_ADMITTED);
        }
        String result = international(split[0], split[1]);
        return new Rewrite(result, rerouted(split[0], split[1], result, rule));
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
}
