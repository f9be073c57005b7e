package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mednumlod.converters.Finding;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;
import org.mednumlod.converters.internal.SchemaRecord;

/**
 * Withholds personal contact values from a record before anything else reads it (docs/personal-data.md), so that
 * no output — RDF, provenance of corrections, dumps, CSV, pages, search — ever sees them; each withheld value
 * becomes a finding that names its field and its form but never the value.
 *
 * <ul>
 *   <li>{@code courriels}: an address naming a person is removed, and so is a person's name in the cell;</li>
 *   <li>{@code telephone}: a mobile is removed when the cell names a person, when an e-mail of the record names
 *       one (the contact is then that person's) or when the record's text gives that number for a person; a
 *       person's name is removed; a landline stays;</li>
 *   <li>web addresses ({@code site_web}, {@code prise_rdv}, {@code fiche_acces_libre}): an address naming a
 *       person typed there is removed;</li>
 *   <li>free text (address, description, opening hours, labels…): an address naming a person, and a mobile
 *       written next to a person's name, are replaced by « [courriel personnel retiré] » or
 *       « [numéro personnel retiré] », and the persons' names of such a text by « [nom retiré] ».</li>
 * </ul>
 *
 * <pre>{@code
 * List<Finding> withheld = PersonalDataFilter.apply(record); // record changed in place
 * }</pre>
 */
final class PersonalDataFilter {
    static final String EMAIL_RULE = "donnees-personnelles.courriel";
    static final String MOBILE_RULE = "donnees-personnelles.mobile";
    static final String NAME_RULE = "donnees-personnelles.nom";
    static final String EMAIL_MASK = "[courriel personnel retiré]";
    static final String MOBILE_MASK = "[numéro personnel retiré]";
    static final String NAME_MASK = "[nom retiré]";

    /** An e-mail address as typed, spaces and [at] included ({@code Jean.Dupont @ x.fr}, {@code j.d[at]x.fr}). */
    private static final Pattern EMAIL = Pattern.compile(
            "(?:mailto:)?([\\p{L}0-9._%+'-]+)\\s*(?:@|\\[a(?:t)?]|\\(a(?:t)?\\))\\s*([\\p{L}0-9-]+(?:\\s*[.,]\\s*[\\p{L}0-9-]+)*\\.[A-Za-z]{2,})",
            Pattern.CASE_INSENSITIVE);
    /** A phone number as typed: +, 00 or 0 and 8 to 12 more digits with the usual separators. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d])(?:\\+|00)?\\d(?:[\\s.\\-/()]{0,3}\\d){8,12}(?![\\d])");

    private static final Set<String> URL_FIELDS = Set.of("site_web", "prise_rdv", "fiche_acces_libre");
    private static final Set<String> NOT_TEXT = Set.of(
            "id", "pivot", "latitude", "longitude", "code_postal", "code_insee", "date_maj", "courriels", "telephone");

    private final PersonalContacts contacts = PersonalContacts.get();
    private final List<Finding> findings = new ArrayList<>();
    /** The mobiles withheld so far as a person's (E.164). */
    private final Set<String> personMobiles = new java.util.HashSet<>();

    private PersonalDataFilter() {}

    /** Removes the personal contact values of {@code rec} (changed in place) and says what was withheld. */
    static List<Finding> apply(SchemaRecord rec) {
        PersonalDataFilter f = new PersonalDataFilter();
        f.run(rec);
        return List.copyOf(f.findings);
    }

    private void run(SchemaRecord rec) {
        for (Map.Entry<String, List<String>> e : rec.values().entrySet()) {
            String field = field(e.getKey());
            if (field == null || field.equals("telephone")) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String cell : e.getValue()) {
                if (field.equals("courriels")) {
                    keep(kept, withoutNames("courriels", removeEmails("courriels", cell)));
                } else if (URL_FIELDS.contains(field)) {
                    keep(kept, removeEmails(field, cell));
                } else if (!NOT_TEXT.contains(field) && !isClosedList(e.getKey())) {
                    keep(kept, text(field, cell));
                } else {
                    kept.add(cell);
                }
            }
            e.setValue(kept);
        }
        SchemaRecord.Hours h = rec.hours();
        h.osm = h.osm == null ? null : text("horaires", h.osm);
        h.weekText = h.weekText == null ? null : text("horaires", h.weekText);
        h.days.replaceAll((d, v) -> v == null ? null : text("horaires", v));
        h.halfDays.replaceAll((d, v) -> {
            String[] out = v.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] = out[i] == null ? null : text("horaires", out[i]);
            }
            return out;
        });
        boolean personalEmail = findings.stream().anyMatch(x -> x.rule().equals(EMAIL_RULE));
        for (Map.Entry<String, List<String>> e : rec.values().entrySet()) {
            if ("telephone".equals(field(e.getKey()))) {
                List<String> kept = new ArrayList<>();
                e.getValue().forEach(cell -> keep(kept, phone(cell, personalEmail)));
                e.setValue(kept);
            }
        }
    }

    /** The 1.0 field a column of any schema version stands for, or null. */
    private static String field(String column) {
        List<Field> f = Fields.get().resolve(column);
        return f.isEmpty() ? null : f.get(0).name();
    }

    private static boolean isClosedList(String column) {
        List<Field> f = Fields.get().resolve(column);
        return !f.isEmpty() && f.get(0).isClosedList();
    }

    /** Removes the addresses that name a person (and what is left of their separators). */
    private String removeEmails(String field, String cell) {
        return replaceEmails(field, cell, m -> "");
    }

    private String replaceEmails(String field, String cell, UnaryOperator<String> replacement) {
        Matcher m = EMAIL.matcher(cell);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String local = m.group(1);
            String domain = m.group(2).replaceAll("\\s", "").replace(',', '.').toLowerCase(java.util.Locale.ROOT);
            String form = contacts.emailForm(local + "@" + domain);
            if (form == null) {
                continue;
            }
            out.append(cell, last, m.start()).append(replacement.apply(m.group()));
            last = m.end();
            findings.add(Finding.dropped(
                    field,
                    null,
                    EMAIL_RULE,
                    "Courriel personnel retiré du champ « " + field
                            + " » (forme " + form + "@" + domain
                            + ") : une adresse qui nomme une personne n'est pas publiée"
                            + " sans son consentement ; donnez une adresse de fonction (contact@, accueil@…)"));
        }
        if (last == 0) {
            return cell;
        }
        out.append(cell.substring(last));
        return tidy(out.toString());
    }

    /** Removes the names of persons from a contact cell. */
    private String withoutNames(String field, String cell) {
        List<int[]> names = contacts.personNames(cell);
        if (names.isEmpty()) {
            return cell;
        }
        StringBuilder out = new StringBuilder(cell);
        for (int i = names.size() - 1; i >= 0; i--) {
            out.replace(names.get(i)[0], names.get(i)[1], "");
        }
        findings.add(Finding.dropped(
                field,
                null,
                NAME_RULE,
                "Nom de personne retiré du champ « " + field
                        + " » : un champ de contact donne le contact du lieu, pas le nom d'une personne"));
        return tidy(out.toString());
    }

    /**
     * A telephone cell: a mobile removed when the cell names a person, when one of the record's e-mails names a
     * person, or when the record's text gives the same number for a person; names removed; landlines kept.
     */
    private String phone(String cell, boolean personalEmail) {
        boolean named = contacts.mentionsPerson(cell);
        String reason = named
                ? "le champ nomme une personne"
                : personalEmail
                        ? "un courriel de la fiche nomme une personne"
                        : "la fiche donne ce numéro pour une personne";
        String out = cell;
        if (named || personalEmail) {
            out = replaceMobiles("telephone", cell, "", reason, n -> true);
        } else if (!personMobiles.isEmpty()) {
            out = replaceMobiles("telephone", cell, "", reason, personMobiles::contains);
        }
        return withoutNames("telephone", out);
    }

    /**
     * Free text: personal addresses and mobiles next to a person's name are masked; when a text gave a person's
     * contact, the persons' names in it are masked too (a description that only names its staff keeps them).
     */
    private String text(String field, String cell) {
        int before = findings.size();
        String out = replaceEmails(field, cell, m -> EMAIL_MASK);
        if (holdsMobile(out) && contacts.mentionsPerson(out)) {
            out = replaceMobiles(field, out, MOBILE_MASK, "le texte nomme une personne", n -> true);
        }
        if (findings.size() > before) {
            List<int[]> names = contacts.personNames(out);
            if (!names.isEmpty()) {
                StringBuilder b = new StringBuilder(out);
                for (int i = names.size() - 1; i >= 0; i--) {
                    b.replace(names.get(i)[0], names.get(i)[1], NAME_MASK);
                }
                out = b.toString();
                findings.add(Finding.dropped(
                        field,
                        null,
                        NAME_RULE,
                        "Nom de personne retiré du champ « " + field + " », qui donnait son contact personnel"));
            }
        }
        return out;
    }

    private boolean holdsMobile(String text) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            if (contacts.isMobile(Phones.normalize(m.group(), null).value())) {
                return true;
            }
        }
        return false;
    }

    private String replaceMobiles(
            String field, String cell, String mask, String reason, java.util.function.Predicate<String> which) {
        Matcher m = PHONE.matcher(cell);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String e164 = Phones.normalize(m.group(), null).value();
            if (!contacts.isMobile(e164) || !which.test(e164)) {
                continue;
            }
            personMobiles.add(e164);
            out.append(cell, last, m.start()).append(mask);
            last = m.end();
            findings.add(Finding.dropped(
                    field,
                    null,
                    MOBILE_RULE,
                    "Numéro de mobile retiré du champ « " + field
                            + " » (" + reason + ") : le mobile d'une personne n'est pas publié sans son consentement ;"
                            + " donnez le numéro du lieu"));
        }
        if (last == 0) {
            return cell;
        }
        out.append(cell.substring(last));
        return mask.isEmpty() ? tidy(out.toString()) : out.toString();
    }

    /** Separators left dangling by a removal ({@code "a@x.fr | "}, {@code " ou "}, {@code "()"}); URLs untouched. */
    private static String tidy(String s) {
        return s.replaceAll("\\(\\s*\\)|<\\s*>|\\[\\s*]", " ")
                .replaceAll("(?i)(?:\\s*[|;]\\s*|\\s+(?:et|ou|/|,|-)\\s+){2,}", " | ")
                .replaceAll("(?i)^(?:\\s*[|;,:]\\s*|\\s*(?:et|ou)\\s+)+", "")
                .replaceAll("(?i)(?:\\s*[|;,:]\\s*|\\s+(?:et|ou)\\s*)+$", "")
                .strip();
    }

    private static void keep(List<String> kept, String cell) {
        if (cell != null && !cell.isBlank() && cell.codePoints().anyMatch(Character::isLetterOrDigit)) {
            kept.add(cell);
        }
    }
}
