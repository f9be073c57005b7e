package org.mednumlod.site.report;

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
 * @param place    the place's key ({@code {source}.{id}})
 * @param fields   the codes of the fields ticked ({@link ReportField#code()})
 * @param text     what is wrong (required, at most {@value #TEXT_MAX} characters once line breaks are counted as one)
 * @param email    an optional e-mail address to answer to
 * @param honeypot the honeypot: a field people do not see and leave empty
 */
public record Submission(String place, List<String> fields, String text, String email, String honeypot) {
    static final int TEXT_MAX = 2000;
    static final int EMAIL_MAX = 254;
    static final int PLACE_MAX = 200;
    /** The HTML specification's "valid e-mail address": what the browser's {@code type=email} accepts too. */
    private static final Pattern EMAIL = Pattern.compile("[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
            + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");
    /** Control characters other than tab and line feed are dropped from the text. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

    /** An empty form for a place (the place page draws it). */
    public static Submission empty(String place) {
        return new Submission(place, List.of(), "", "", "");
    }

    static Submission read(HttpServletRequest request) {
        String[] fields = request.getParameterValues("champ");
        return new Submission(
                trim(request.getParameter("lieu")),
                fields == null
                        ? List.of()
                        : Arrays.stream(fields).map(String::trim).distinct().toList(),
                CONTROL.matcher(
                                request.getParameter("texte") == null
                                        ? ""
                                        : request.getParameter("texte")
                                                .replace("\r\n", "\n")
                                                .replace('\r', '\n'))
                        .replaceAll("")
                        .strip(),
                trim(request.getParameter("courriel")),
                trim(request.getParameter("site")));
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** The fields offered, in the form's order. */
    public List<ReportField> offered() {
        return List.of(ReportField.values());
    }

    /** Whether a field was ticked (for the page). */
    public boolean ticked(String code) {
        return fields.contains(code);
    }

    /** Field name → French message, in form order; empty when the submission is valid. */
    Map<String, String> errors() {
        Map<String, String> e = new LinkedHashMap<>();
        if (place.isEmpty()) {
            e.put("lieu", "Le champ « Lieu » est obligatoire.");
        } else if (place.length() > PLACE_MAX) {
            e.put("lieu", "Le champ « Lieu » dépasse " + PLACE_MAX + " caractères.");
        }
        fields.stream()
                .filter(c -> ReportField.byCode(c).isEmpty())
                .findFirst()
                .ifPresent(c -> e.put(
                        "champ",
                        "Le champ « Ce qui est concerné » contient une valeur inconnue : « "
                                + (c.length() > 40 ? c.substring(0, 40) + "…" : c) + " »."));
        int length = text.codePointCount(0, text.length());
        if (text.isEmpty()) {
            e.put("texte", "Le champ « Ce qui est erroné » est obligatoire : décrivez l'erreur constatée.");
        } else if (length > TEXT_MAX) {
            e.put("texte", "Le champ « Ce qui est erroné » dépasse 2 000 caractères (" + length + " saisis).");
        }
        if (email.length() > EMAIL_MAX
                || !email.isEmpty() && !EMAIL.matcher(email).matches()) {
            e.put(
                    "courriel",
                    "Le champ « Votre courriel » n'est pas une adresse électronique valide (exemple : "
                            + "nom@exemple.fr).");
        }
        return e;
    }

    List<ReportField> validFields() {
        return fields.stream()
                .map(ReportField::byCode)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
    }
}
