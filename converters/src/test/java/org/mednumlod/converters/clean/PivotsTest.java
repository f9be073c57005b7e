package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real {@code pivot} values (SIRET, SIREN, RNA and junk) and what they become. */
class PivotsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # raw                                      | expected       | rules                    | source
            77556026100015                             | 77556026100015 | ''                       | cnfs-2022
            W131004321                                 | W131004321     | ''                       | aix-en-provence (RNA)
            210203212                                  | 210203212      | ''                       | cnfs-2022 (SIREN)
            00000000000000                             | 00000000000000 | ''                       | hub-du-sud placeholder, flagged by the shapes
            36750100000000                             | 36750100000000 | ''                       | le-havre (may have lost precision: kept)
            2176040000000                              | 2176040000000  | ''                       | le-havre (13 digits, matches the pattern)
            13\u202F000\u202F130\u202F800\u202F019     | 13000130800019 | pivot.espaces-supprimes  | aidants-connect (narrow no-break spaces)
            401 092 267 00020                          | 40109226700020 | pivot.espaces-supprimes  | bus-france-services-charente
            828.213.371-00028                          | 82821337100028 | pivot.espaces-supprimes  | dots and dashes
            13002603200016.0                           | 13002603200016 | pivot.nombre-decimal     | aidants-connect 2024
            776060592.0                                | 776060592      | pivot.nombre-decimal     | aidants-connect 2024 (SIREN)
            34106240403159/APE:8790B                   | 34106240403159 | pivot.texte-supprime     | cnfs-2022
            w131004321                                 | W131004321     | pivot.rna-majuscule      | lower-case RNA
            0                                          | NULL           | pivot.factice            | aidants-connect
            1                                          | NULL           | pivot.factice            | aidants-connect
            0.0                                        | NULL           | pivot.factice            | aidants-connect 2024
            3.67501E+13                                | NULL           | pivot.precision-perdue   | spreadsheet export
            1\u202F348                                 | NULL           | pivot.invalide           | aidants-connect
            120\u202F000\u202F884\u202F500\u202F014    | NULL           | pivot.invalide           | aidants-connect (15 digits)
            306663717000248                            | NULL           | pivot.invalide           | cnfs-2022 (15 digits)
            265905075000053.0                          | NULL           | pivot.invalide           | aidants-connect 2024 (15 digits)
            689330                                     | NULL           | pivot.invalide           | cnfs-2022 (RIDET-like, 6 digits)
            BibliothèquedeDzoumogne                    | NULL           | pivot.invalide           | cnfs-2022
            """)
    void normalizes(String raw, String expected, String rules, String source) {
        Cleaned<String> c = Pivots.normalize(raw);
        assertEquals(expected, c.value(), source);
        assertEquals(rules, c.findings().stream().map(Finding::rule).collect(Collectors.joining(" ")), source);
    }

    @Test
    void blankIsEmptyWithoutFinding() {
        assertTrue(Pivots.normalize("\u202F").findings().isEmpty());
    }
}
