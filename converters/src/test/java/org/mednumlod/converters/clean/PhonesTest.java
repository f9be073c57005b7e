package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real telephone values from the source files (source in the comment column) and what they become. */
class PhonesTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # raw                                           | postcode | expected        | rules                                             | source
            +33412043393                                    | 13001    | +33412043393    | ''                                                | hub-du-sud
            +262262370012                                   | 97400    | +262262370012   | ''                                                | cnfs-2022
            +590590417497                                   | NULL     | +590590417497   | ''                                                | cnfs-2022
            02 41 05 06 49                                  | 49000    | +33241050649    | telephone.national-vers-e164                      | angers
            0130926038                                      | 95000    | +33130926038    | telephone.national-vers-e164                      | cnfs-2022
            02.43.24.70.24                                  | 72000    | +33243247024    | telephone.national-vers-e164                      | data-inclusion
            ' 05.55.03.77.01'                               | 87000    | +33555037701    | telephone.national-vers-e164                      | haute-vienne
            05.55.100.100                                   | 87000    | +33555100100    | telephone.national-vers-e164                      | haute-vienne
            0810 25 33 10                                   | 33000    | +33810253310    | telephone.national-vers-e164                      | gironde
            0 800 52 62 72                                  | 76000    | +33800526272    | telephone.national-vers-e164                      | data-inclusion
            05-57-55-45-46                                  | 33000    | +33557554546    | telephone.national-vers-e164                      | gironde
            '02 27 30 39 36  '                              | 76600    | +33227303936    | telephone.national-vers-e164                      | le-havre
            02  37 50 15 49                                 | 28000    | +33237501549    | telephone.national-vers-e164                      | hub-lo
            0262711515                                      | 97400    | +262262711515   | telephone.national-vers-e164-outre-mer            | cnfs-2022
            0262711515                                      | NULL     | +262262711515   | telephone.national-vers-e164-outre-mer            | cnfs-2022, no postcode
            0594341747                                      | 97300    | +594594341747   | telephone.national-vers-e164-outre-mer            | cnfs-2022
            0596 52 30 23 demander poste 429 ou 430         | 97200    | +596596523023   | telephone.texte-supprime telephone.national-vers-e164-outre-mer | mednum-hub-antilles
            05 96 68 62 02 (poste 311 et 153)               | 97200    | +596596686202   | telephone.texte-supprime telephone.national-vers-e164-outre-mer | mednum-hub-antilles
            596 74 11 05                                    | 97200    | +596596741105   | telephone.zero-initial-manquant                   | mednum-hub-antilles
            326041545                                       | 51200    | +33326041545    | telephone.zero-initial-manquant                   | epernay
            +33 5 59 06 67 00                               | 64000    | +33559066700    | telephone.format                                  | fibre-64
            +33262711515                                    | 97400    | +262262711515   | telephone.indicatif-outre-mer                     | data-inclusion (mednum-cli output)
            +2620262334565                                  | 97400    | +262262334565   | telephone.zero-apres-indicatif                    | cnfs-2022
            +0147985927                                     | 75000    | +33147985927    | telephone.plus-zero                               | cnfs-2022
            0033 (0)1 23 45 67 89                           | 75000    | +33123456789    | telephone.prefixe-00                              | schema §7 form
            3230                                            | 49000    | +33969322121    | telephone.numero-court                            | angers
            3960                                            | 49000    | +33971103960    | telephone.numero-court                            | mednum-cli rule
            02 41 43 16 15 / 02 44 01 07 31                 | 49000    | +33241431615    | telephone.premier-numero telephone.national-vers-e164 | angers
            04 95 71 07 43 ou 04 95 73 00 15                | 20000    | +33495710743    | telephone.premier-numero telephone.national-vers-e164 | corse
            '04 95 22 25 89\n'                              | 20000    | +33495222589    | telephone.national-vers-e164                      | corse
            02 41 95 31\u00A074                             | 49000    | +33241953174    | telephone.national-vers-e164                      | maine-et-loire (no-break space)
            412345                                          | 98800    | +687412345      | telephone.numero-local-outre-mer                  | Nouvelle-Calédonie local form
            40123456                                        | 98714    | +68940123456    | telephone.numero-local-outre-mer                  | Polynésie local form
            39 49                                           | 49000    | NULL            | telephone.invalide                                | angers (short number)
            39.36                                           | 87000    | NULL            | telephone.invalide                                | haute-vienne
            115                                             | 76000    | NULL            | telephone.invalide                                | numi
            '-'                                             | 28000    | NULL            | telephone.invalide                                | hub-lo
            +                                               | NULL     | NULL            | telephone.invalide                                | cnfs-2022
            +33                                             | NULL     | NULL            | telephone.invalide                                | cnfs-2022
            +33124220                                       | NULL     | NULL            | telephone.invalide                                | cnfs-2022
            +33-72041680                                    | NULL     | NULL            | telephone.invalide                                | cnfs-2022
            +3326269426                                     | 97400    | NULL            | telephone.invalide                                | cnfs-2022
            +262343510                                      | 97400    | NULL            | telephone.invalide                                | cnfs-2022 (6 digits for Réunion)
            +596686482                                      | 97200    | NULL            | telephone.invalide                                | cnfs-2022
            02 41 41 5 67                                   | 49000    | NULL            | telephone.invalide                                | maine-et-loire (9 digits)
            0000000000                                      | NULL     | NULL            | telephone.zeros                                   | placeholder
            +32 2 511 00 00                                 | NULL     | NULL            | telephone.indicatif-non-admis                     | Belgian number
            """)
    void normalizes(String raw, String postcode, String expected, String rules, String source) {
        Cleaned<String> c = Phones.normalize(raw.replace("\\n", "\n"), postcode);
        assertEquals(expected, c.value(), source);
        assertEquals(rules, rules(c), source);
        if (expected == null) {
            assertTrue(c.findings().stream().allMatch(f -> f.kind() == Finding.Kind.DROPPED));
        } else {
            assertTrue(c.findings().stream().allMatch(f -> f.kind() == Finding.Kind.FIX));
        }
    }

    @Test
    void blankIsEmptyWithoutFinding() {
        assertNull(Phones.normalize("  ", "49000").value());
        assertTrue(Phones.normalize(null, null).findings().isEmpty());
    }

    @Test
    void messageNamesTheValues() {
        Finding f = Phones.normalize("02 33 23 19 55", "50000").findings().get(0);
        assertEquals("telephone", f.field());
        assertEquals("02 33 23 19 55", f.value());
        assertEquals("Téléphone « 02 33 23 19 55 » réécrit au format international « +33233231955 »", f.message());
    }

    private static String rules(Cleaned<?> c) {
        return c.findings().stream().map(Finding::rule).collect(Collectors.joining(" "));
    }
}
