package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The recognition of personal contact values: e-mails (a table file), mobiles, names in a text. */
class PersonalContactsTest {

    static List<String[]> emails() throws IOException {
        try (InputStream in = PersonalContactsTest.class.getResourceAsStream("/donnees-personnelles/courriels.tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("emails")
    void emailForm(String address, String expected) {
        String form = PersonalContacts.get().emailForm(address);
        assertEquals(expected, form == null ? "-" : form, address);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', textBlock = """
            +33612345678   ¦ true
            +33712345678   ¦ true
            +33241000000   ¦ false
            +33912345678   ¦ false
            +262692123456  ¦ true
            +262639123456  ¦ true
            +262262123456  ¦ false
            +590690123456  ¦ true
            +596696123456  ¦ true
            +594694123456  ¦ true
            +68987123456   ¦ true
            +687791234     ¦ true
            +687271234     ¦ false
            """)
    void mobiles(String e164, boolean mobile) {
        assertEquals(mobile, PersonalContacts.get().isMobile(e164));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '¦', nullValues = "NULL", textBlock = """
            06 12 34 56 78 (Marie Dupont)                   ¦ Marie Dupont
            Mme Durand : 02 41 00 00 00                     ¦ Mme Durand
            M. Jean Martin                                  ¦ M. Jean Martin
            DUPONT Marie 06 12 34 56 78                     ¦ DUPONT Marie
            Contact : Jean-Pierre Lefèvre                   ¦ Jean-Pierre Lefèvre
            Mairie de Saint-Pierre                          ¦ NULL
            Accueil du lundi au vendredi                    ¦ NULL
            France Services                                 ¦ NULL
            Bus numérique 06 12 34 56 78                    ¦ NULL
            """)
    void personNames(String text, String expected) {
        String found = PersonalContacts.get().personNames(text).stream()
                .map(s -> text.substring(s[0], s[1]))
                .collect(Collectors.joining("|"));
        assertEquals(expected == null ? "" : expected, found, text);
    }
}
