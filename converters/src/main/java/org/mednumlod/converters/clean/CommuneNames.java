package org.mednumlod.converters.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;

/**
 * Cleans a commune name as written by a source, and computes the key used to compare it with the COG names.
 *
 * <pre>{@code
 * Cleaned<String> c = CommuneNames.normalize("MARSEILLE 11E ARRONDISSEMENT"); // "MARSEILLE"
 * String k = CommuneNames.key("ST-AUBIN-LÈS-ELBEUF");                       // "saint-aubin-les-elbeuf"
 * }</pre>
 *
 * <p>{@link #normalize} keeps the case and the spelling (the COG resolution supplies the official name) and only
 * removes what is not part of a name: latin-1-as-UTF-8 mojibake ({@code Ã©} → {@code é}, {@code ╢} → {@code Â}),
 * curly apostrophes, text in parentheses ({@code SAINT-ÉTIENNE (LOIRE)}), postal delivery mentions ({@code CEDEX
 * 9}, {@code BP 434}, {@code CS 50053}, {@code TSA10717}), arrondissement numbers ({@code PARIS 15},
 * {@code Lyon 6ème arrondissement}) and other digits at the start or the end ({@code ANGOULEME 16024},
 * {@code 0 Pontarion}). A value with nothing left ({@code 62300}) is dropped.
 */
final class CommuneNames {
    private static final String FIELD = "commune";
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*");
    private static final String POSTAL_MENTION = "(?:c[eé]dex(?:\\s*\\d+)?|(?:bp|cs|tsa)\\s*\\d+)";
    private static final Pattern POSTAL =
            Pattern.compile("(?i)\\s+" + POSTAL_MENTION + "(?=\\s|$)(?:\\s+" + POSTAL_MENTION + ")*");
    private static final Pattern ARRONDISSEMENT =
            Pattern.compile("(?i)(?:^|\\s+)\\d{1,2}\\s*(?:er|e|eme|ème|è|°)?(?:\\s+arr(?:ondissement|t)?\\.?)?$");
    private static final Pattern EDGE_DIGITS = Pattern.compile("^\\d+\\s+|\\s*\\d+$");

    private CommuneNames() {}

    static Cleaned<String> normalize(String raw) {
        if (blank(raw)) {
            return Cleaned.empty();
        }
        List<Finding> findings = new ArrayList<>();
        String s = raw.replace('\u00A0', ' ').strip().replaceAll("\\s{2,}", " ");
        String demangled = demojibake(s);
        if (!demangled.equals(s)) {
            findings.add(fix(raw, "commune.mojibake", "caractères mal encodés réparés", demangled));
            s = demangled;
        }
        if (s.indexOf('\u2019') >= 0 || s.indexOf('\u2018') >= 0) {
            s = s.replace('\u2019', '\'').replace('\u2018', '\'');
            findings.add(fix(raw, "commune.apostrophe", "apostrophe typographique remplacée", s));
        }
        s = step(
                raw,
                s,
                PARENTHESES,
                " ",
                "commune.parentheses-supprimees",
                "texte entre parenthèses supprimé",
                findings);
        s = step(raw, s, POSTAL, "", "commune.cedex-supprime", "mention CEDEX, BP, CS ou TSA supprimée", findings);
        s = step(
                raw,
                s,
                ARRONDISSEMENT,
                "",
                "commune.arrondissement-supprime",
                "numéro d'arrondissement supprimé",
                findings);
        s = step(raw, s, EDGE_DIGITS, "", "commune.chiffres-supprimes", "chiffres supprimés", findings);
        s = s.replaceAll("^[\\s,;-]+|[\\s,;-]+$", "");
        if (s.isEmpty() || !s.codePoints().anyMatch(Character::isLetter)) {
            return Cleaned.dropped(Finding.dropped(
                    FIELD, raw, "commune.invalide", "Commune « " + raw + " » sans nom de commune : valeur supprimée"));
        }
        return new Cleaned<>(s, findings);
    }

    /**
     * A comparison key: accents removed, lower case, {@code œ} → {@code oe}, {@code St}/{@code Ste} →
     * {@code saint}/{@code sainte}, {@code s/} → {@code sur}, and every run of other characters → {@code -}.
     */
    static String key(String name) {
        return org.mednumlod.ontology.CommuneLookup.key(name);
    }

    private static String step(
            String raw, String s, Pattern p, String replacement, String rule, String what, List<Finding> findings) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            return s;
        }
        String out = m.replaceAll(replacement).strip().replaceAll("\\s{2,}", " ");
        if (!out.equals(s)) {
            findings.add(fix(raw, rule, what, out));
        }
        return out;
    }

    /** Undoes UTF-8 read as latin-1 or windows-1252 ({@code Ã©}, {@code Ã‰}) and mednum-cli's {@code ╢} → Â. */
    private static String demojibake(String s) {
        String r = s.replace('╢', 'Â');
        if (!r.matches(".*[ÃÂ].*")) {
            return r;
        }
        for (Charset single : List.of(StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"))) {
            try {
                ByteBuffer bytes = single.newEncoder()
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .encode(CharBuffer.wrap(r));
                String decoded = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(bytes)
                        .toString();
                if (!decoded.equals(r)) {
                    return decoded;
                }
            } catch (CharacterCodingException e) {
                // not this encoding
            }
        }
        return r;
    }

    private static Finding fix(String raw, String rule, String what, String result) {
        return Finding.fix(FIELD, raw, rule, "Commune « " + raw + " » : " + what + ", « " + result + " »");
    }

    /** Null, empty or only white space, including no-break spaces. */
    private static boolean blank(String s) {
        return s == null || s.replace('\u00A0', ' ').replace('\u202F', ' ').isBlank();
    }
}
