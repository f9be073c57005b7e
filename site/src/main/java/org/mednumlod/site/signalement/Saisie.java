package org.mednumlod.site.signalement;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the form sent, as typed, and its validation (French messages naming the field, for the page and the
 * problem document).
 *
 * @param lieu     the place's key ({@code {source}.{id}})
 * @param champs   the codes of the fields ticked ({@link Champ#code()})
 * @param texte    what is wrong (required, at most {@value #TEXTE_MAX} characters once line breaks are counted as one)
 * @param courriel an optional e-mail address to answer to
 * @param piege    the honeypot: a field people do not see and leave empty
 */
public record Saisie(String lieu, List<String> champs, String texte, String courriel, String piege) {
    static final int TEXTE_MAX = 2000;
    static final int COURRIEL_MAX = 254;
    static final int LIEU_MAX = 200;
    /** The HTML specification's "valid e-mail address": what the browser's {@code type=email} accepts too. */
    private static final Pattern COURRIEL = Pattern.compile("[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
    /** Control characters other than tab and line feed are dropped from the text. */
    private static final Pattern CONTROLE = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

    /** An empty form for a place (the place page draws it). */
    public static Saisie vide(String lieu) {
        return new Saisie(lieu, List.of(), "", "", "");
    }

    static Saisie lire(HttpServletRequest request) {
        String[] champs = request.getParameterValues("champ");
        return new Saisie(trim(request.getParameter("lieu")),
                champs == null ? List.of() : Arrays.stream(champs).map(String::trim).distinct().toList(),
                CONTROLE.matcher(request.getParameter("texte") == null ? "" : request.getParameter("texte")
                        .replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip(),
                trim(request.getParameter("courriel")), trim(request.getParameter("site")));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** The fields offered, in the form's order. */
    public List<Champ> proposes() {
        return List.of(Champ.values());
    }

    /** Whether a field was ticked (for the page). */
    public boolean coche(String code) {
        return champs.contains(code);
    }

    /** Field name → French message, in form order; empty when the submission is valid. */
    Map<String, String> erreurs() {
        Map<String, String> e = new LinkedHashMap<>();
        if (lieu.isEmpty()) {
            e.put("lieu", "Le champ « Lieu » est obligatoire.");
        } else if (lieu.length() > LIEU_MAX) {
            e.put("lieu", "Le champ « Lieu » dépasse " + LIEU_MAX + " caractères.");
        }
        champs.stream().filter(c -> Champ.byCode(c).isEmpty()).findFirst().ifPresent(c ->
                e.put("champ", "Le champ « Ce qui est concerné » contient une valeur inconnue : « "
                        + (c.length() > 40 ? c.substring(0, 40) + "…" : c) + " »."));
        int longueur = texte.codePointCount(0, texte.length());
        if (texte.isEmpty()) {
            e.put("texte", "Le champ « Ce qui est erroné » est obligatoire : décrivez l'erreur constatée.");
        } else if (longueur > TEXTE_MAX) {
            e.put("texte", "Le champ « Ce qui est erroné » dépasse 2 000 caractères (" + longueur + " saisis).");
        }
        if (courriel.length() > COURRIEL_MAX || !courriel.isEmpty() && !COURRIEL.matcher(courriel).matches()) {
            e.put("courriel", "Le champ « Votre courriel » n'est pas une adresse électronique valide (exemple : "
                    + "nom@exemple.fr).");
        }
        return e;
    }

    List<Champ> champsValides() {
        return champs.stream().map(Champ::byCode).flatMap(Optional::stream).sorted().toList();
    }
}
