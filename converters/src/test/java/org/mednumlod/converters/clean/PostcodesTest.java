package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real {@code code_postal} values and what they become. */
class PostcodesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # raw            | expected | rules                                               | source
            49000            | 49000    | ''                                                  | angers
            97220            | 97220    | ''                                                  | mednum-hub-antilles
            1000             | 01000    | code_postal.zero-initial                            | aidants-connect (integer)
            6088             | 06088    | code_postal.zero-initial                            | cnfs structures 2023
            6000.0           | 06000    | code_postal.nombre-decimal code_postal.zero-initial | float string (CSV export of an integer column)
            75007.0          | 75007    | code_postal.nombre-decimal                          | float string
            30252Cedex       | 30252    | code_postal.cedex-supprime                          | cnfs-2022
            30252 CEDEX 9    | 30252    | code_postal.cedex-supprime                          | cnfs-2022 form with a CEDEX number
            49 000           | 49000    | code_postal.espaces-supprimes                       | thousands-separated integer
            ' 13011 '        | 13011    | ''                                                  | padded
            380000           | NULL     | code_postal.invalide                                | cnfs-2022 (6 digits)
            020000           | NULL     | code_postal.invalide                                | cnfs-2022 (6 digits)
            932360           | NULL     | code_postal.invalide                                | aidants-connect 2024
            00000            | NULL     | code_postal.invalide                                | placeholder
            Paris            | NULL     | code_postal.invalide                                | junk
            """)
    void normalizes(String raw, String expected, String rules, String source) {
        Cleaned<String> c = Postcodes.normalize(raw);
        assertEquals(expected, c.value(), source);
        assertEquals(rules, c.findings().stream().map(Finding::rule).collect(Collectors.joining(" ")), source);
    }

    @Test
    void blankIsEmptyWithoutFinding() {
        assertTrue(Postcodes.normalize("").findings().isEmpty());
        assertEquals(null, Postcodes.normalize(null).value());
    }
}
