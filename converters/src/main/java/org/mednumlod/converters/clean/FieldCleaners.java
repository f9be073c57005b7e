package org.mednumlod.converters.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;

/**
 * The declaration of which cleaner each field of the vocabulary gets, keyed by the field's term ({@code mnl:champ}).
 * The fields of the first table are cleaned in its order (a cleaner declared for a group of fields runs once, at
 * the first of them): a cleaner may read what the ones before it gave (the address the point, the telephone the
 * postcode). The list fields are then cleaned in the order of the record's columns. Every field of the vocabulary
 * must be declared: a field added to the vocabulary without a cleaner stops the converter at start.
 */
final class FieldCleaners {
    private static final FieldCleaners INSTANCE = new FieldCleaners();

    private final Map<String, FieldCleaner> ordered = new LinkedHashMap<>();
    private final Map<String, FieldCleaner> lists = new LinkedHashMap<>();
    private final Set<FieldCleaner> groups = new HashSet<>();
    private final List<Map.Entry<Field, FieldCleaner>> runs = new ArrayList<>();

    private FieldCleaners() {
        ordered.put("id", new IdCleaner());
        ordered.put("nom", TextCleaner.NAME);
        ordered.put("complement_adresse", TextCleaner.LINE);
        ordered.put("presentation_resume", TextCleaner.PARAGRAPH);
        ordered.put("presentation_detail", TextCleaner.PARAGRAPH);
        ordered.put("source", TextCleaner.SOURCE);
        ordered.put("structure_parente", TextCleaner.LINE);
        ordered.put("pivot", ScalarCleaner.PIVOT);
        group(new PointCleaner(), "latitude", "longitude");
        group(new AddressCleaner(), "adresse", "code_postal", "commune", "code_insee");
        ordered.put("telephone", ScalarCleaner.PHONE);
        ordered.put("courriels", ListCleaner.EMAILS);
        ordered.put("site_web", ListCleaner.URLS);
        ordered.put("fiche_acces_libre", ListCleaner.FIRST_URL);
        ordered.put("prise_rdv", ListCleaner.FIRST_URL);
        ordered.put("horaires", new HoursCleaner());
        ordered.put("date_maj", ScalarCleaner.DATE);
        FieldCleaner codeList = new CodeListCleaner();
        Fields.get().all().stream().filter(Field::isClosedList).forEach(f -> lists.put(f.name(), codeList));
        lists.put("autres_formations_labels", ListCleaner.LABELS);
        List<String> undeclared = new ArrayList<>();
        Fields.get().all().stream()
                .map(Field::name)
                .filter(n -> !ordered.containsKey(n) && !lists.containsKey(n))
                .forEach(undeclared::add);
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("fields of the vocabulary without a cleaner: " + undeclared);
        }
        Set<FieldCleaner> ran = new HashSet<>();
        ordered.forEach((name, cleaner) -> {
            if (!groups.contains(cleaner) || ran.add(cleaner)) {
                runs.add(Map.entry(Fields.get().field(name), cleaner));
            }
        });
    }

    /** One cleaner for several fields, run once. */
    private void group(FieldCleaner cleaner, String... fields) {
        groups.add(cleaner);
        for (String f : fields) {
            ordered.put(f, cleaner);
        }
    }

    static FieldCleaners get() {
        return INSTANCE;
    }

    /**
     * The cleaners of the fields cleaned first, in the order they run, each with its field (a cleaner of several
     * fields once, with the first of them).
     */
    List<Map.Entry<Field, FieldCleaner>> inOrder() {
        return runs;
    }

    /** The cleaner declared for a field. */
    FieldCleaner of(Field field) {
        FieldCleaner c = ordered.get(field.name());
        return c != null ? c : lists.get(field.name());
    }

    /** The cleaner of a list field (cleaned in the order of the record's columns), or null for another field. */
    FieldCleaner ofList(Field field) {
        return lists.get(field.name());
    }
}
