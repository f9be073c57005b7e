package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real {@code date_maj} values and the date they give. */
class DatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # raw                          | expected   | rules                      | source
            2018-10-23                     | 2018-10-23 | ''                         | hub-du-sud
            2024-01-15                     | 2024-01-15 | ''                         | le-havre
            2022-09-26 16:54:46            | 2022-09-26 | date_maj.format            | angers
            2020/05/18 22:00:32.787        | 2020-05-18 | date_maj.format            | hub-lo
            2023-03-01T23:30:00Z           | 2023-03-01 | date_maj.format            | ISO date-time (date as written)
            2023-06-12T10:15:30.123+02:00  | 2023-06-12 | date_maj.format            | ISO date-time with offset
            2023-06-12 10:15:30+02:00      | 2023-06-12 | date_maj.format            | mednum-cli accepted form
            15/03/2021                     | 2021-03-15 | date_maj.format            | aidants-connect
            05/08/2016                     | 2016-08-05 | date_maj.format            | numi
            1/9/2021                       | 2021-09-01 | date_maj.format            | one-digit day and month
            02/02/2023 16:01               | 2023-02-02 | date_maj.format            | epernay
            03/01/2023 10:42:12            | 2023-01-03 | date_maj.format            | dd/mm/yyyy hh:mm:ss
            15-03-2021                     | 2021-03-15 | date_maj.format            | dd-mm-yyyy
            1686564930                     | 2023-06-12 | date_maj.horodatage-unix   | 10-digit Unix timestamp
            Espace labellisé 01/01/2020    | 2020-01-01 | date_maj.extraite-du-texte | france-services
            Espace labellisé 01/02/2020    | 2020-02-01 | date_maj.extraite-du-texte | france-services
            1970-01-01                     | NULL       | date_maj.date-fictive      | hub-du-sud
            1969-12-31                     | NULL       | date_maj.date-fictive      | bus-france-services-charente
            01/01/1970                     | NULL       | date_maj.date-fictive      | paca
            0000000000                     | NULL       | date_maj.date-fictive      | timestamp 0
            09/0102023                     | NULL       | date_maj.invalide          | maine-et-loire (typo)
            31/02/2021                     | NULL       | date_maj.invalide          | impossible date
            2021-13-01                     | NULL       | date_maj.invalide          | impossible month
            01/01/1900                     | NULL       | date_maj.invalide          | improbable year
            du 01/01/2020 au 31/12/2021    | NULL       | date_maj.invalide          | two dates
            Espace labellisé               | NULL       | date_maj.invalide          | no date
            """)
    void parses(String raw, String expected, String rules, String source) {
        Cleaned<LocalDate> c = Dates.parse(raw);
        assertEquals(expected == null ? null : LocalDate.parse(expected), c.value(), source);
        assertEquals(rules, c.findings().stream().map(Finding::rule).collect(Collectors.joining(" ")), source);
    }

    @Test
    void messages() {
        assertEquals(
                "Date de mise à jour « 15/03/2021 » réécrite au format ISO « 2021-03-15 »",
                Dates.parse("15/03/2021").findings().get(0).message());
        assertTrue(Dates.parse("").findings().isEmpty());
    }
}
