package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;

/**
 * Normalises web addresses ({@code site_web}, also {@code fiche_acces_libre} and {@code prise_rdv}): one raw cell
 * (or several joined with {@code |}) becomes the list of absolute http(s) URLs it contains, each a valid IRI.
 *
 * <pre>{@code
 * Cleaned<List<String>> c = Urls.normalize("www.olmo.fr"); // [http://www.olmo.fr], FIX site_web.schema-ajoute
 * }</pre>
 *
 * <p>Decisions: a missing scheme gets {@code http://}, as mednum-cli does (so our values compare equal to the
 * national ones, and we do not claim that the site serves TLS; a FIX finding is recorded). A bare name without
 * scheme is accepted only when it starts with {@code www.} or ends with a known top-level domain, so that words
 * such as {@code web.forza} are not turned into URLs. The scheme and the host are lower-cased, never the path.
 * Non-ASCII paths are kept (IRIs allow them); a non-ASCII host is written in its
 * IDNA ASCII form ({@code www.lucé.fr} → {@code www.xn--luc-dma.fr}) so that {@link java.net.URI} accepts it. Labels such as
 * {@code Facebook : } and words around a URL that starts with a scheme or {@code www.} are removed; a URL
 * broken by a space (its text continues after the space) or free text without any URL is dropped.
 */
final class Urls {
    private static final String FIELD = "site_web";
    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*(?:[|;\\n\\r]|,\\s|\\s(?:et|ou|-|–|/|//)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^[\\p{L} '’.-]{1,40}?\\s*:\\s+");
    private static final Pattern SPLIT = Pattern.compile("^([a-z][a-z0-9+.-]*)://([^/?#]*)(.*)$");

    private Urls() {}

    /** Normalises a {@code site_web} value. */
    static Cleaned<List<String>> normalize(String raw) {
        return normalize(raw, FIELD);
    }

    /** Normalises a URL-valued field; {@code field} names it in the findings ({@code prise_rdv}…). */
    static Cleaned<List<String>> normalize(String raw, String field) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        List<Finding> findings = new ArrayList<>();
        List<String> out = new ArrayList<>();
        String spaced = raw.replace('\u00A0', ' ').replace('\u202F', ' ');
        String s = repairSchemes(spaced);
        for (String part : SEPARATOR.split(s.strip())) {
            part = LABEL.matcher(part.strip()).replaceFirst("").strip();
            if (part.isEmpty() || part.matches("[-/|,;.\\s]+")) {
                continue;
            }
            String[] tokens = part.split("\\s+");
            if (tokens.length == 1) {
                one(raw, field, strip(part), out, findings);
            } else {
                severalWords(raw, field, part, tokens, out, findings);
            }
        }
        if (!s.equals(spaced)) {
            findings.add(
                    0,
                    Finding.fix(
                            field,
                            raw,
                            "site_web.saisie-corrigee",
                            "Site web « " + raw + " » : faute de saisie corrigée (schéma, « www »)"));
        }
        List<String> distinct = out.stream().distinct().toList();
        return new Cleaned<>(distinct.isEmpty() ? null : distinct, findings);
    }

    /**
     * A part of several words: the words that are URLs are kept, those around them removed (a FIX finding); the
     * part is dropped when it holds no URL or when a URL is broken by a space.
     */
    private static void severalWords(
            String raw, String field, String part, String[] tokens, List<String> out, List<Finding> findings) {
        boolean allUrls = true;
        for (String t : tokens) {
            allUrls &= looksLikeUrl(strip(t), false);
        }
        List<String> kept = new ArrayList<>();
        boolean broken = false;
        for (int i = 0; i < tokens.length && !broken; i++) {
            String t = strip(tokens[i]);
            if (allUrls || looksLikeUrl(t, true)) {
                boolean continued = i + 1 < tokens.length
                        && !looksLikeUrl(strip(tokens[i + 1]), false)
                        && (t.endsWith("-") || t.endsWith("_") || tokens[i + 1].startsWith("-"));
                broken = continued;
                kept.add(t);
            }
        }
        if (broken) {
            findings.add(Finding.dropped(
                    field,
                    raw,
                    "site_web.espaces",
                    "Site web « " + part + " » : adresse coupée par un espace, valeur supprimée"));
            return;
        }
        if (kept.isEmpty()) {
            findings.add(Finding.dropped(
                    field,
                    raw,
                    "site_web.invalide",
                    "Site web « " + part + " » : aucune adresse web reconnue, valeur supprimée"));
            return;
        }
        if (!allUrls) {
            findings.add(Finding.fix(
                    field,
                    raw,
                    "site_web.texte-supprime",
                    "Site web « " + part + " » : texte autour de l'adresse supprimé"));
        }
        kept.forEach(t -> one(raw, field, t, out, findings));
    }

    /** Fixes mistyped schemes: {@code https//:}, {@code http:/x}, {@code https ://}, backslashes, {@code www:}… */
    private static String repairSchemes(String s) {
        String r = s.replaceAll("(?i)\\b(https?)\\s*:\\s*[\\\\/]+", "$1://").replace('\\', '/');
        r = r.replaceAll("(?i)\\b(https?)//:/*", "$1://");
        r = r.replaceAll("(?i)\\b(https?)/(?=www\\.)", "$1://");
        r = r.replaceAll("(?i)\\b(https?://)+(https?://)", "$2");
        r = r.replaceAll("(?i)\\bwww[:,](?=[a-z0-9])", "www.");
        r = r.replaceAll("(?i)\\bwwww\\.", "www.");
        return r;
    }

    /** Whether a token is a URL; {@code strong} requires an explicit scheme or {@code www.}. */
    private static boolean looksLikeUrl(String t, boolean strong) {
        String l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("http://") || l.startsWith("https://") || l.startsWith("www.")) {
            return true;
        }
        if (strong || l.contains("@")) {
            return false;
        }
        String host = l.split("[/?#]", 2)[0];
        int dot = host.lastIndexOf('.');
        return dot > 0 && UrlSyntax.knownTld(host.substring(dot + 1));
    }

    private static void one(String raw, String field, String value, List<String> out, List<Finding> findings) {
        String v = value;
        boolean schemeAdded = false;
        if (!v.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            if (v.contains("@") || !looksLikeUrl(v, false)) {
                findings.add(Finding.dropped(
                        field,
                        raw,
                        "site_web.invalide",
                        "Site web « " + value
                                + " » : "
                                + (v.contains("@") ? "courriel et non adresse web" : "adresse web non reconnue")
                                + ", valeur supprimée"));
                return;
            }
            v = "http://" + v;
            schemeAdded = true;
        }
        Matcher m =
                SPLIT.matcher(v.substring(0, v.indexOf(':')).toLowerCase(Locale.ROOT) + v.substring(v.indexOf(':')));
        String normalized = m.matches() ? UrlSyntax.check(m.group(1), m.group(2), m.group(3)) : null;
        if (normalized == null) {
            findings.add(Finding.dropped(
                    field, raw, "site_web.invalide", "Site web « " + value + " » invalide : valeur supprimée"));
            return;
        }
        if (schemeAdded) {
            findings.add(Finding.fix(
                    field,
                    raw,
                    "site_web.schema-ajoute",
                    "Site web « " + value + " » : « http:// » ajouté, « " + normalized + " »"));
        } else if (!normalized.equals(value) && normalized.contains("xn--") && !value.contains("xn--")) {
            findings.add(Finding.fix(
                    field,
                    raw,
                    "site_web.domaine-ascii",
                    "Site web « " + value + " » : nom de domaine accentué écrit sous sa forme ASCII (IDNA), « "
                            + normalized + " »"));
        } else if (!normalized.equals(value)) {
            findings.add(Finding.fix(
                    field,
                    raw,
                    "site_web.minuscules",
                    "Site web « " + value + " » : schéma et domaine en minuscules, « " + normalized + " »"));
        }
        out.add(normalized);
    }

    /** Removes surrounding punctuation (quotes, trailing commas or dots, unbalanced parentheses). */
    private static String strip(String t) {
        String r = t.replaceAll("^[\\[\"'«\\s]+|[\\]\"'»,;.\\s]+$", "");
        if (r.startsWith("(") && !r.contains(")")) {
            r = r.substring(1);
        }
        if (r.startsWith("(") && r.endsWith(")")) {
            r = r.substring(1, r.length() - 1);
        }
        if (r.endsWith(")") && !r.contains("(")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
