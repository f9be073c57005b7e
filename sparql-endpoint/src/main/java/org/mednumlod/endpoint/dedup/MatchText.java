package org.mednumlod.endpoint.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalisers of the values the matcher compares. Names: no accents, lower case, alphanumerics only; the phrases
 * that name a kind of place or body become one kind token ({@code mairie de X}, {@code commune de X},
 * {@code ville de X} → {@code _mairie X}; {@code centre communal d'action sociale} → {@code _ccas}; {@code maison
 * France Services}, {@code MSAP}, {@code MFS} → {@code _franceservices}; …, after the Coop's administrative prefixes
 * and service keywords; see {@link NameKinds}); a one-word kind phrase of 8 letters or more is recognised with one
 * typing slip ({@code meddiatheque}); abbreviations expanded ({@code st} → {@code saint}); legal forms and stop words dropped.
 * Streets: same base, street types expanded ({@code av} → {@code avenue}), the house number and its suffix
 * ({@code 12 bis}, {@code 12b} → {@code 12b}) taken apart, postcodes and PO boxes dropped. Contacts: phones as
 * national digits, e-mails in lower case, websites as their host without {@code www.}. A value of the form
 * {@code h:…} is an already pseudonymised key (the labelled pairs file) and is kept as it is.
 */
final class MatchText {
    private static final Map<String, String> NAME_WORDS = Map.ofEntries(
            Map.entry("st", "saint"),
            Map.entry("ste", "sainte"),
            Map.entry("sts", "saints"),
            Map.entry("gal", "general"),
            Map.entry("gen", "general"),
            Map.entry("mal", "marechal"),
            Map.entry("pdt", "president"));
    private static final Set<String> NAME_STOP = Set.of(
            "le",
            "la",
            "les",
            "l",
            "de",
            "du",
            "des",
            "d",
            "et",
            "a",
            "au",
            "aux",
            "en",
            "sur",
            "sous",
            "pour",
            "par",
            "un",
            "une",
            "s",
            "the",
            "of",
            "sas",
            "sasu",
            "sarl",
            "sa",
            "eurl",
            "scop",
            "scic",
            "gie",
            "sci",
            "association",
            "asso",
            "ass",
            "assoc",
            "site",
            "antenne",
            "accueil",
            "espace",
            "maison",
            "service",
            "services",
            "point");
    private static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("av", "avenue"),
            Map.entry("ave", "avenue"),
            Map.entry("bd", "boulevard"),
            Map.entry("bld", "boulevard"),
            Map.entry("blvd", "boulevard"),
            Map.entry("boul", "boulevard"),
            Map.entry("r", "rue"),
            Map.entry("pl", "place"),
            Map.entry("rte", "route"),
            Map.entry("rt", "route"),
            Map.entry("che", "chemin"),
            Map.entry("chem", "chemin"),
            Map.entry("ch", "chemin"),
            Map.entry("imp", "impasse"),
            Map.entry("all", "allee"),
            Map.entry("crs", "cours"),
            Map.entry("cr", "cours"),
            Map.entry("fg", "faubourg"),
            Map.entry("fbg", "faubourg"),
            Map.entry("sq", "square"),
            Map.entry("qu", "quai"),
            Map.entry("qua", "quai"),
            Map.entry("res", "residence"),
            Map.entry("lot", "lotissement"),
            Map.entry("prom", "promenade"),
            Map.entry("pass", "passage"),
            Map.entry("st", "saint"),
            Map.entry("ste", "sainte"),
            Map.entry("gal", "general"),
            Map.entry("gen", "general"),
            Map.entry("mal", "marechal"),
            Map.entry("pdt", "president"),
            Map.entry("dr", "docteur"),
            Map.entry("hotel", "hotel"));
    private static final Set<String> STREET_STOP = Set.of(
            "le", "la", "les", "l", "de", "du", "des", "d", "et", "a", "au", "aux", "en", "sur", "cedex", "bp", "cs",
            "tsa", "lieu", "dit");
    /** Street types: left out of the compared tokens ({@code Place du Marché} and {@code Place du Champ de Foire} share no street), unless nothing else is left. */
    private static final Set<String> STREET_TYPES = Set.of(
            "rue",
            "avenue",
            "boulevard",
            "place",
            "route",
            "chemin",
            "impasse",
            "allee",
            "cours",
            "faubourg",
            "square",
            "quai",
            "residence",
            "lotissement",
            "promenade",
            "passage",
            "mail",
            "esplanade",
            "parvis",
            "rond",
            "point",
            "voie",
            "sentier",
            "sente",
            "ruelle",
            "cite",
            "hameau",
            "zone",
            "za",
            "zi",
            "zac",
            "zae",
            "lieudit",
            "grande",
            "grand");

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,4})\\s*(bis|ter|quater|[a-d])?\\b");
    private static final Pattern POSTCODE = Pattern.compile("\\b\\d{5}\\b|\\b(bp|cs|tsa)\\s*\\d+\\b");

    private MatchText() {}

    /** Lower case, no accents, every other character than a letter or digit a space, spaces collapsed. */
    static String fold(String s) {
        String n = Normalizer.normalize(
                        s.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return n.replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The initials of a name's words (stop words left out): {@code Réseau Entraide et Relation Terre Rouge} → {@code rertr}. */
    static String initials(String s) {
        StringBuilder out = new StringBuilder();
        for (String t : fold(s).split(" ")) {
            if (!t.isEmpty() && !NAME_STOP.contains(t) && !t.matches("\\d+")) {
                out.append(t.charAt(0));
            }
        }
        return out.toString();
    }

    /** The tokens of a normalised name (kind tokens included, stop words and legal forms dropped). */
    static List<String> name(String s) {
        String f = NameKinds.replacePhrases(" " + fold(s) + " ");
        List<String> tokens = new ArrayList<>();
        for (String t : f.strip().split(" ")) {
            String w = NameKinds.kindWithSlip(NAME_WORDS.getOrDefault(t, t));
            if (!w.isEmpty() && !NAME_STOP.contains(w) && !tokens.contains(w)) {
                tokens.add(w);
            }
        }
        return tokens;
    }

    /** A street line taken apart: house number with suffix ({@code ""} when none), street tokens. */
    record Street(String number, List<String> tokens) {}

    static Street street(String s) {
        String f = POSTCODE.matcher(fold(s))
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
        String number = "";
        Matcher m = NUMBER.matcher(f);
        if (m.find()) {
            String suffix = m.group(2) == null
                    ? ""
                    : switch (m.group(2)) {
                        case "bis" -> "b";
                        case "ter" -> "t";
                        case "quater" -> "q";
                        default -> m.group(2);
                    };
            number = Integer.parseInt(m.group(1)) + suffix;
            f = f.substring(m.end()).strip();
        }
        List<String> tokens = new ArrayList<>();
        for (String t : f.split(" ")) {
            String w = STREET_WORDS.getOrDefault(t, t);
            if (!w.isEmpty()
                    && !STREET_STOP.contains(w)
                    && !(number.isEmpty() && tokens.isEmpty() && w.matches("\\d+"))) {
                tokens.add(w);
            }
        }
        List<String> named =
                tokens.stream().filter(t -> !STREET_TYPES.contains(t)).toList();
        return new Street(number, named.isEmpty() ? tokens : named);
    }

    /** A phone as national digits ({@code +33 4 …} → {@code 04…}); {@code ""} when it has fewer than 9 digits. */
    static String phone(String s) {
        if (s.startsWith("h:")) {
            return s;
        }
        String d = s.replaceAll("[^0-9+]", "");
        if (d.startsWith("+33")) {
            d = "0" + d.substring(3);
        } else if (d.startsWith("0033")) {
            d = "0" + d.substring(4);
        } else if (d.startsWith("+")) {
            d = d.substring(1);
        }
        return d.length() >= 9 ? d : "";
    }

    static String email(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** The part after {@code @} of an e-mail. */
    static String domain(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1);
    }

    /** The host of a website without {@code www.} ({@code ""} when there is none). */
    static String host(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        int end = u.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = u.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return u.substring(0, end).replaceFirst("^www\\.", "");
    }

    /** A SIRET: 14 digits, not all zeros; else {@code ""}. */
    static String siret(String s) {
        String d = s.replaceAll("\\s", "");
        return d.matches("\\d{14}") && !d.equals("00000000000000") ? d : "";
    }
}
