package org.mednumlod.converters.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.converters.Finding;

/** Real commune names as written by the sources, their cleaned form and their comparison key. */
class CommuneNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # raw                            | expected          | rules                                                   | source
            Valence                          | Valence           | ''                                                      | cnfs-2022
            ' Charleville-Mézières'          | Charleville-Mézières | ''                                                   | data-inclusion (leading space)
            ST ETIENNE                       | ST ETIENNE        | ''                                                      | cnfs-2022 (St kept, see key)
            MARSEILLE 11                     | MARSEILLE         | commune.arrondissement-supprime                         | cnfs-2022
            MARSEILLE 11E ARRONDISSEMENT     | MARSEILLE         | commune.arrondissement-supprime                         | hub-du-sud
            Marseille 1er arrondissement     | Marseille         | commune.arrondissement-supprime                         | data-inclusion
            Lyon 6ème arrondissement         | Lyon              | commune.arrondissement-supprime                         | data-inclusion
            LYON 2EME                        | LYON              | commune.arrondissement-supprime                         | cnfs-2022
            Paris 12e                        | Paris             | commune.arrondissement-supprime                         | france-services
            CAHORS CEDEX 9                   | CAHORS            | commune.cedex-supprime                                  | cnfs-2022
            Le Mans Cedex 02                 | Le Mans           | commune.cedex-supprime                                  | data-inclusion
            AMIENS CEDEX 1 BP 32615          | AMIENS            | commune.cedex-supprime                                  | data-inclusion
            GRENOBLE CEDEX 1 CS 50053        | GRENOBLE          | commune.cedex-supprime                                  | data-inclusion
            MILLAU BP 434                    | MILLAU            | commune.cedex-supprime                                  | data-inclusion
            PARIS 7 TSA10717                 | PARIS             | commune.cedex-supprime commune.arrondissement-supprime  | data-inclusion
            SAINT-ÉTIENNE (LOIRE)            | SAINT-ÉTIENNE     | commune.parentheses-supprimees                          | cnfs-2022
            ANGOULEME 16024                  | ANGOULEME         | commune.chiffres-supprimes                              | data-inclusion
            ISOLA2000                        | ISOLA             | commune.chiffres-supprimes                              | paca
            0 Pontarion                      | Pontarion         | commune.chiffres-supprimes                              | la-creuse
            CAP-D’AIL                        | CAP-D'AIL         | commune.apostrophe                                      | paca
            L’ESCARÈNE                       | L'ESCARÈNE        | commune.apostrophe                                      | paca
            Saint-Ã‰tienne                  | Saint-Étienne     | commune.mojibake                                        | latin-1 read UTF-8 text
            CH╢TEAU-THIERRY                  | CHÂTEAU-THIERRY   | commune.mojibake                                        | mednum-cli's ╢ rule (CP437 for CP850)
            62300                            | NULL              | commune.invalide                                        | cnfs-2022 (a postcode)
            7e Arrondissement                | NULL              | commune.invalide                                        | hub-du-sud
            """)
    void normalizes(String raw, String expected, String rules, String source) {
        Cleaned<String> c = CommuneNames.normalize(raw);
        assertEquals(expected, c.value(), source);
        assertEquals(rules, c.findings().stream().map(Finding::rule).collect(Collectors.joining(" ")), source);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # name                        | key
            Saint-Étienne                 | saint-etienne
            ST ETIENNE                    | saint-etienne
            St-Aubin-lès-Elbeuf           | saint-aubin-les-elbeuf
            ST-AUBIN-LÈS-ELBEUF           | saint-aubin-les-elbeuf
            STE COLOMBE SUR SEINE         | sainte-colombe-sur-seine
            Sainte-Colombe-sur-Seine      | sainte-colombe-sur-seine
            L'Escarène                    | l-escarene
            L’ESCARÈNE                    | l-escarene
            Verteuil s/Charente           | verteuil-sur-charente
            Verteuil-sur-Charente         | verteuil-sur-charente
            Œuilly                        | oeuilly
            CHATEAU ARNOUX ST AUBAN       | chateau-arnoux-saint-auban
            Château-Arnoux-Saint-Auban    | chateau-arnoux-saint-auban
            'Stiring-Wendel'              | stiring-wendel
            """)
    void key(String name, String key) {
        assertEquals(key, CommuneNames.key(name));
    }

    @Test
    void blankIsEmptyWithoutFinding() {
        assertTrue(CommuneNames.normalize(" ").findings().isEmpty());
        assertEquals("", CommuneNames.key(null));
    }
}
