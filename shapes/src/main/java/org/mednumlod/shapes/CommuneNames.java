package org.mednumlod.shapes;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares commune names as producers write them with the official ones: case, accents, hyphens, apostrophes
 * and punctuation are ignored; {@code St}/{@code Ste} mean {@code Saint}/{@code Sainte}; a {@code CEDEX} suffix, an
 * arrondissement number ({@code Paris 20e}, {@code MARSEILLE 11}) and a trailing article ({@code Abymes (Les)})
 * are normalised away.
 */
final class CommuneNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CEDEX = Pattern.compile(" cedex( [0-9]+)?$");
    private static final Pattern ARRONDISSEMENT = Pattern.compile(" [0-9]{1,2}(e|er|eme|em)?( arrondissement)?$");
    private static final Pattern TRAILING_ARTICLE = Pattern.compile("^(.+) (le|la|les|l)$");

    private CommuneNames() {}

    static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s)
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        s = CEDEX.matcher(s).replaceAll("");
        s = ARRONDISSEMENT.matcher(s).replaceAll("");
        s = TRAILING_ARTICLE.matcher(s).replaceAll("$2 $1");
        s = (" " + s + " ").replace(" st ", " saint ").replace(" ste ", " sainte ");
        return s.trim();
    }
}
