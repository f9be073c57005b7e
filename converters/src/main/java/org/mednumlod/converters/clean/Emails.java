package org.mednumlod.converters.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;

/**
 * Normalises the {@code courriels} field: one raw cell (or several joined with {@code |}) becomes the list of
 * valid, lower-case addresses it contains.
 *
 * <pre>{@code
 * Cleaned<List<String>> c = Emails.normalize("contact@x.fr ou Accueil@Y.fr"); // [contact@x.fr, accueil@y.fr]
 * }</pre>
 *
 * <p>Repairs (each a FIX finding): {@code mailto:} and {@code label :} prefixes, {@code [a]}/{@code (at)} →
 * {@code @}, {@code @@} → {@code @}, spaces around dots and {@code @}, a trailing dot, commas typed for dots in
 * the domain ({@code gouv,fr}), upper case, and free-text separators ({@code et}, {@code ou}, {@code /},
 * {@code  - }, spaces) between addresses. A space is treated as a separator only when every piece it separates
 * holds an {@code @}; otherwise the space is inside an address ({@code maisondes services@…}) and the value is
 * dropped, as a guess would invent an address.
 *
 * <p>Decision on accents: an address with a non-ASCII character ({@code médiathèque@…}) is DROPPED, not
 * de-accented as mednum-cli does: {@code é → e} gives a different mailbox that may not exist. The finding's
 * message suggests the unaccented form so that the producer can correct the source.
 *
 * <p>Validation follows the schema library's R-courriel for one address (local part of 2+ characters among
 * {@code [a-z0-9._%+'-…]}, domain of dot-separated labels) plus an alphabetic top-level domain of 2+ letters.
 */
final class Emails {
    private static final String FIELD = "courriels";
    private static final Pattern VALID =
            Pattern.compile("[a-z0-9_][a-z0-9.!#$%&'*+=?^_`{}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
                    + "(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.[a-z]{2,}");
    private static final Pattern STRONG_SEPARATOR =
            Pattern.compile("\\s*(?:[|;\\n\\r]|,\\s|\\s(?:et|ou|-|/|//)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^[\\p{L} '’.-]{1,40}?\\s*:\\s*(?=\\S+@)");
    /** An address whose domain has commas typed for dots ({@code france-service,gouv,fr}). */
    private static final Pattern DOMAIN_COMMA =
            Pattern.compile("[^@\\s,]+@[a-z0-9-]+(?:[.,][a-z0-9-]+)*,[a-z]{2,6}", Pattern.CASE_INSENSITIVE);

    private Emails() {}

    static Cleaned<List<String>> normalize(String raw) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        String atFixed = raw.replaceAll("(?i)\\[a]|\\(at\\)|\\[at]|\\(a\\)", "@");
        if (atFixed.indexOf('@') < 0 && raw.strip().matches("(?i)^(https?:|www\\.)\\S*$")) {
            return Cleaned.dropped(Finding.dropped(
                    FIELD,
                    raw,
                    "courriels.url",
                    "Courriel « " + raw + " » : adresse web et non courriel, valeur supprimée"));
        }
        if (atFixed.indexOf('@') < 0) {
            return Cleaned.dropped(Finding.dropped(
                    FIELD,
                    raw,
                    "courriels.invalide",
                    "Courriel « " + raw + " » sans adresse (pas de « @ ») : valeur supprimée"));
        }
        List<Finding> findings = new ArrayList<>();
        List<String> out = new ArrayList<>();
        int count = 0;
        for (String piece : STRONG_SEPARATOR.split(raw.strip())) {
            piece = trim(piece);
            if (piece.isEmpty()) {
                continue;
            }
            String[] words = piece.split("[\\s,/]+");
            if (words.length > 1 && allHoldAt(words)) {
                for (String w : words) {
                    count++;
                    one(raw, w, out, findings);
                }
            } else {
                count++;
                one(raw, piece, out, findings);
            }
        }
        long pipeParts = java.util.Arrays.stream(raw.split("\\|"))
                .filter(p -> !trim(p).isEmpty())
                .count();
        if (count > pipeParts && !out.isEmpty()) {
            findings.add(
                    0,
                    Finding.fix(
                            FIELD,
                            raw,
                            "courriels.liste-separee",
                            "Courriels « " + raw + " » séparés en " + count + " adresses"));
        }
        List<String> distinct = out.stream().distinct().toList();
        return new Cleaned<>(distinct.isEmpty() ? null : distinct, findings);
    }

    /** Cleans one candidate address and adds it to {@code out}, or records why it was dropped. */
    private static void one(String raw, String value, List<String> out, List<Finding> findings) {
        String s = value;
        s = s.replaceFirst("(?i)^mailto:\\s*", "");
        s = LABEL.matcher(s).replaceFirst("");
        s = s.replaceFirst("^[:.\\s]+", "");
        s = s.replaceAll("(?i)\\s*(\\[a]|\\(at\\)|\\[at]|\\(a\\))\\s*", "@");
        s = s.replaceAll("@{2,}", "@");
        s = s.replaceAll("\\s*\\.\\s*", ".").replaceAll("\\s*@\\s*", "@");
        s = s.replaceAll("(%A0|%20)+$", "");
        s = s.replaceFirst("\\.+$", "");
        if (DOMAIN_COMMA.matcher(s).matches()) {
            int at = s.indexOf('@');
            s = s.substring(0, at) + s.substring(at).replace(',', '.');
        }
        s = s.toLowerCase(Locale.ROOT);
        if (!isAscii(s)) {
            String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            findings.add(Finding.dropped(
                    FIELD,
                    raw,
                    "courriels.non-ascii",
                    "Courriel « " + value
                            + " » : caractère accentué ou non ASCII, adresse supprimée (à corriger à la source, peut-être « "
                            + ascii + " »)"));
            return;
        }
        if (s.matches("^(https?:|www\\.).*")) {
            findings.add(Finding.dropped(
                    FIELD,
                    raw,
                    "courriels.url",
                    "Courriel « " + value + " » : adresse web et non courriel, valeur supprimée"));
            return;
        }
        if (!VALID.matcher(s).matches() || s.contains("..") || s.contains(".@")) {
            findings.add(Finding.dropped(
                    FIELD, raw, "courriels.invalide", "Courriel « " + value + " » invalide : adresse supprimée"));
            return;
        }
        if (!s.equals(value)) {
            findings.add(Finding.fix(FIELD, raw, rule(value, s), "Courriel « " + value + " » réécrit « " + s + " »"));
        }
        out.add(s);
    }

    /** The most telling rule for the rewrite of {@code before} into {@code after}. */
    private static String rule(String before, String after) {
        String b = before.toLowerCase(Locale.ROOT);
        if (b.equals(after)) {
            return "courriels.minuscules";
        }
        if (b.endsWith(".") && b.substring(0, b.length() - 1).equals(after)) {
            return "courriels.point-final";
        }
        if (b.startsWith("mailto:")) {
            return "courriels.mailto-supprime";
        }
        if (b.contains("@@")) {
            return "courriels.arobase-double";
        }
        if (b.contains("[a]") || b.contains("(at)") || b.contains("[at]") || b.contains("(a)")) {
            return "courriels.arobase";
        }
        if (b.matches("^[^@]*:.*")) {
            return "courriels.libelle-supprime";
        }
        if (b.matches(".*@[^@]*,.*")) {
            return "courriels.virgule-dans-domaine";
        }
        return "courriels.format";
    }

    private static boolean allHoldAt(String[] parts) {
        for (String p : parts) {
            if (p.indexOf('@') < 0) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').strip().replaceAll("^[/,;|\\s-]+|[/,;|\\s-]+$", "");
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
