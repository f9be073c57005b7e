package org.mednumlod.converters.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.ontology.Reference;

/**
 * Recognises personal contact values (docs/personal-data.md): an e-mail address whose local part names a person,
 * a mobile number, a person's name in a text. The word lists are data files in {@code donnees-personnelles/}.
 *
 * <pre>{@code
 * PersonalContacts.get().emailForm("agnes.brunet@pole-emploi.fr"); // "prénom.nom"
 * PersonalContacts.get().emailForm("epn.ville@x.fr");               // null: a role address
 * PersonalContacts.get().isMobile("+33612345678");                   // true
 * }</pre>
 *
 * <p>An e-mail names a person when its local part, split at {@code .}, {@code _} or {@code +}, is
 * {@code prénom.nom} (a first name of the list, or a compound of them, then a name-like word),
 * {@code initiale(s).nom} ({@code p.nom}, {@code jl.nom}), {@code nom.prénom}, or {@code prénom-nom} with a
 * hyphen only. It does not when the local part holds a role word ({@code contact}, {@code accueil},
 * {@code mairie}, {@code epn}…), when it is the name of a commune, department or region ({@code saint-maurice@},
 * {@code la-tremblade@}), or when it reads as a place ({@code vic-sur-cere@}, {@code val.notre.dame@}); two-letter
 * initials before a territory name are a structure's code ({@code ap.vayres@} for an agence postale).
 */
final class PersonalContacts {
    private static final Pattern SEGMENT = Pattern.compile("[._+]+");
    private static final Pattern PIECE = Pattern.compile("[._+-]+");
    private static final Pattern DIGITS_AT_END = Pattern.compile("\\d+$");
    private static final Pattern INITIALS = Pattern.compile("[a-z]{1,2}|[a-z]-[a-z]");
    /** Mobile ranges: metropolitan 06/07 and the overseas mobile prefixes of the schema's calling codes. */
    private static final Pattern MOBILE = Pattern.compile(
            "^\\+(?:33[67]\\d{8}|262(?:639|69\\d)\\d{6}|590(?:69[01])\\d{6}|594694\\d{6}|596(?:69[67])\\d{6}"
                    + "|687[789]\\d{5}|6898[789]\\d{6}|50855\\d{4})$");

    private static final Pattern CIVILITY = Pattern.compile(
            "\\b(?:M\\.|Mr\\.?|Mme\\.?|Mlle\\.?|Monsieur|Madame|Mademoiselle)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?");
    /** A capitalised word (Marie, Jean-Pierre) or an upper-case one (DUPONT). */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

    private static final PersonalContacts INSTANCE = new PersonalContacts();

    private final PersonWords personWords;
    private final PlaceWords places;

    private PersonalContacts() {
        personWords = new PersonWords();
        places = new PlaceWords(PersonWords.lines("mots-de-lieu.txt"), Reference.territories());
    }

    static PersonalContacts get() {
        return INSTANCE;
    }

    /**
     * The form of a personal address ({@code prénom.nom}, {@code nom.prénom}, {@code initiale.nom},
     * {@code prénom-nom}), or null for a role or structure address. {@code address} may be in any case, with
     * accents.
     */
    String emailForm(String address) {
        int at = address.lastIndexOf('@');
        String local = fold(at < 0 ? address : address.substring(0, at)).replaceAll("^[._+-]+|[._+-]+$", "");
        if (local.isEmpty() || !local.matches("[a-z0-9._+'-]+")) {
            return null;
        }
        if (namesRoleOrPlace(local)) {
            return null;
        }
        List<String> rawSegments = List.of(SEGMENT.split(local));
        List<String> segments = withoutTrailingDigits(rawSegments);
        if (segments.size() == 1) {
            return hyphenForm(segments.get(0));
        }
        if (segments.size() > 3) {
            return null;
        }
        return segmentedForm(segments, rawSegments);
    }

    /**
     * True when the local part is a role or structure address: one of its pieces (split at {@code . _ + -}) is a
     * role or place word, its first piece opens a place name, or the whole part is a territory's name.
     */
    private boolean namesRoleOrPlace(String local) {
        List<String> pieces = withoutTrailingDigits(List.of(PIECE.split(local)));
        return pieces.isEmpty()
                || pieces.stream().anyMatch(personWords::isRoleWord)
                || pieces.stream().anyMatch(places::isPlaceWord)
                || places.isLeadingPlaceWord(pieces.get(0))
                || places.isTerritory(local.replaceAll("\\d", "").replaceAll("[._+]", "-"));
    }

    /** The parts with their trailing digits removed, the parts left empty dropped. */
    private static List<String> withoutTrailingDigits(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String w = DIGITS_AT_END.matcher(p).replaceAll("");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The form of a local part without {@code . _ +}: {@code prénom-nom} with a hyphen only, or null. */
    private String hyphenForm(String segment) {
        String[] hyphen = segment.split("-");
        // With a hyphen only, a first name of five letters or fewer before a territory is a structure's
        // name (omega-soyaux@, ema-libourne@); a longer one is a person (veronique-bourdon@).
        if (hyphen.length == 2
                && personWords.isFirstName(hyphen[0])
                && personWords.nameLike(hyphen[1])
                && !places.isTerritory(hyphen[0])
                && !(hyphen[0].length() <= 5 && places.isTerritory(hyphen[1]))) {
            return "prénom-nom";
        }
        return null;
    }

    /** The form of a local part of two or three segments ({@code prénom.nom}, {@code initiale.nom}…), or null. */
    private String segmentedForm(List<String> segments, List<String> rawSegments) {
        String a = segments.get(0);
        String b = segments.get(1);
        if (personWords.isFirstName(a) && personWords.nameLike(b)) {
            // A short first name before a territory is a structure's code (mio.saintpaul@, sao.tarbes@).
            return a.length() <= 3 && places.isTerritory(b) ? null : "prénom.nom";
        }
        // Initials carry no digits (pi14.caumont@, ad33.pessac@ are structure codes).
        boolean initials =
                INITIALS.matcher(a).matches() && a.equals(rawSegments.get(0).replaceFirst("^[-]+", ""));
        if (segments.size() == 3
                && initials
                && INITIALS.matcher(b).matches()
                && personWords.nameLike(segments.get(2))) {
            return places.isTerritory(segments.get(2)) ? null : "initiale.nom";
        }
        if (initials && personWords.nameLike(b) && b.length() >= 3) {
            // Two letters before a place are a structure's code (ap.vayres@ for an agence postale, mq.x@).
            boolean structureCode = a.length() == 2 && places.looksLikePlace(b);
            return structureCode ? null : "initiale.nom";
        }
        if (segments.size() == 2
                && personWords.isFirstName(b)
                && personWords.nameLike(a)
                && a.length() >= 3
                && !places.isTerritory(b)) {
            return "nom.prénom";
        }
        return null;
    }

    /** True for a mobile number in the schema's E.164 form ({@code +33612345678}, {@code +262692123456}). */
    boolean isMobile(String e164) {
        return e164 != null && MOBILE.matcher(e164).matches();
    }

    /**
     * The spans of {@code text} that name a person: a civility and the name after it ({@code Mme Durand}), or a
     * capitalised first name of the list next to another capitalised word ({@code Marie Dupont},
     * {@code DUPONT Marie}). Each span is {@code {start, end}}.
     */
    List<int[]> personNames(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher c = CIVILITY.matcher(text);
        while (c.find()) {
            spans.add(new int[] {c.start(), c.end()});
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            int[] x = words.get(i);
            int[] y = words.get(i + 1);
            if (!text.substring(x[1], y[0]).isBlank()
                    || text.substring(x[1], y[0]).contains("\n")) {
                continue;
            }
            String first = text.substring(x[0], x[1]);
            String second = text.substring(y[0], y[1]);
            if ((isCapitalisedFirstName(first) && surnameWord(second))
                    || (isUpper(first) && surnameWord(first) && isCapitalisedFirstName(second) && !isUpper(second))) {
                if (spans.stream().noneMatch(s -> s[0] <= x[0] && s[1] >= y[1])) {
                    spans.add(new int[] {x[0], y[1]});
                }
            }
        }
        spans.sort((p, q) -> Integer.compare(p[0], q[0]));
        return spans;
    }

    /** True when {@code text} holds a person's name, or a capitalised first name on its own ({@code voir Hélène}). */
    boolean mentionsPerson(String text) {
        if (!personNames(text).isEmpty()) {
            return true;
        }
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (isCapitalisedFirstName(w.group()) && !isUpper(w.group())) {
                return true;
            }
        }
        return false;
    }

    private boolean isCapitalisedFirstName(String word) {
        String f = fold(word);
        return f.length() >= 3
                && personWords.isFirstName(f)
                && !personWords.isRoleWord(f)
                && !places.isPlaceWord(f)
                && !places.isLeadingPlaceWord(f)
                && !COMMON_CAPITALISED.contains(f);
    }

    private boolean surnameWord(String word) {
        String f = fold(word);
        return f.length() >= 2
                && PersonWords.NAME_LIKE.matcher(f).matches()
                && !personWords.isRoleWord(f)
                && !places.isPlaceWord(f)
                && !places.isLeadingPlaceWord(f)
                && !COMMON_CAPITALISED.contains(f);
    }

    /** Capitalised words of French contact text that the first-name list happens to hold. */
    private static final Set<String> COMMON_CAPITALISED = Set.of(
            "janvier",
            "fevrier",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "decembre",
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
            "france",
            "paris",
            "salle",
            "rue",
            "avenue",
            "place",
            "route",
            "tel");

    private static boolean isUpper(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Lower case, accents removed. */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
