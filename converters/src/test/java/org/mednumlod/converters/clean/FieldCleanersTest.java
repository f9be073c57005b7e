package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Mode;
import org.mednumlod.converters.internal.Fields;
import org.mednumlod.converters.internal.Fields.Field;
import org.mednumlod.converters.internal.Place;
import org.mednumlod.converters.internal.SchemaRecord;
import org.mednumlod.converters.internal.SchemaVersion;

/** The declaration of the cleaners, and what the two variants of a field's cleaner do with the same value. */
class FieldCleanersTest {

    @Test
    void everyFieldOfTheVocabularyHasItsCleanerAndAGroupRunsOnce() {
        FieldCleaners cleaners = FieldCleaners.get();
        for (Field f : Fields.get().all()) {
            assertNotNull(cleaners.of(f), f.name());
        }
        for (List<String> group :
                List.of(List.of("latitude", "longitude"), List.of("adresse", "code_postal", "commune", "code_insee"))) {
            FieldCleaner cleaner = cleaners.of(Fields.get().field(group.get(0)));
            group.forEach(f -> assertEquals(cleaner, cleaners.of(Fields.get().field(f)), f));
            assertEquals(
                    1,
                    cleaners.inOrder().stream()
                            .filter(e -> e.getValue() == cleaner)
                            .count(),
                    group + " once");
        }
        assertEquals(
                2,
                cleaners.inOrder().stream()
                        .filter(e -> e.getValue() == TextCleaner.PARAGRAPH)
                        .count(),
                "one cleaner shared by two fields that are not a group runs for each");
    }

    /** Strict: the value as written, no finding; publication: the cleaned value. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nom         | '  Médiathèque   Jules  Verne '   | Médiathèque Jules Verne
            telephone   | 05 56 00 00 00                     | +33556000000
            code_postal | 33000.0                            | 33000
            pivot       | 213 300 635 00017                  | 21330063500017
            date_maj    | 15/01/2026                         | 2026-01-15
            """)
    void strictKeepsPublicationCleans(String field, String raw, String cleaned) {
        assertEquals(raw, value(Mode.STRICT, field, raw));
        assertEquals(cleaned, value(Mode.PUBLICATION, field, raw));
        assertNotEquals(raw, cleaned);
    }

    private static String value(Mode mode, String field, String raw) {
        SchemaRecord rec = new SchemaRecord(1);
        rec.add("id", "1");
        rec.add("nom", "Lieu");
        rec.add("commune", "Bordeaux");
        rec.add("code_postal", "33000");
        rec.add(field, raw);
        if (field.equals("nom") || field.equals("code_postal")) {
            rec.values().put(field, new java.util.ArrayList<>(List.of(raw)));
        }
        Place p = new PlaceBuilder(mode, SchemaVersion.V1).build(rec, null);
        if (mode == Mode.STRICT) {
            assertEquals(List.of(), p.findings(), "strict: no finding");
        }
        List<Node> v = p.values().get(Fields.get().field(field));
        return v == null ? null : v.get(0).getLiteralLexicalForm();
    }
}
