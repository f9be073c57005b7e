package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real {@code code_insee} values and what their syntax becomes (existence is checked elsewhere). */
class InseeCodesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # raw     | expected | rules                                             | source
            13055     | 13055    | ''                                                | hub-du-sud
            2A004     | 2A004    | ''                                                | data-inclusion
            97411     | 97411    | ''                                                | schema regex example
            75107     | 75107    | ''                                                | aidants-connect 2024 (arrondissement, resolved later)
            80000     | 80000    | ''                                                | aidants-connect 2024 (a postcode, resolved later)
            6088      | 06088    | code_insee.zero-initial                           | cnfs structures 2023
            4070      | 04070    | code_insee.zero-initial                           | paca (integer column)
            6088.0    | 06088    | code_insee.nombre-decimal code_insee.zero-initial | float string
            2a004     | 2A004    | code_insee.majuscules                             | lower-case Corsican code
            0null     | NULL     | code_insee.invalide                               | france-services
            20004     | NULL     | code_insee.invalide                               | schema regex counter-example
            380546    | NULL     | code_insee.invalide                               | 6 characters
            """)
    void normalizes(String raw, String expected, String rules, String source) {
        Cleaned<String> c = InseeCodes.normalize(raw);
        assertEquals(expected, c.value(), source);
        assertEquals(rules, c.findings().stream().map(Finding::rule).collect(Collectors.joining(" ")), source);
    }

    @Test
    void blankIsEmptyWithoutFinding() {
        assertTrue(InseeCodes.normalize(" ").findings().isEmpty());
    }
}
