package org.mednumlod.endpoint.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normalisers and the national rule's string ratio, on tables of real values. */
class MatchTextTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mairie de Saint-Étienne|_mairie saint etienne",
                "COMMUNE DE L ILE ST DENIS|_mairie ile saint denis",
                "CTRE COM ACTION SOCIALE DE PLOUMILLIAU|_ccas ploumilliau",
                "Centre Communal d'Action Sociale de Quimper|_ccas quimper",
                "Maison France Services de La Vôge Les Bains|_franceservices voge bains",
                "MSAP Morez|_franceservices morez",
                "Espace Public Numérique - Médiathèque de Rochechouart|_epn _bibliotheque rochechouart",
                "Communauté de communes du Pays de Mirepoix|_intercommunalite pays mirepoix",
                "SARL AZUR EXPERTS SERVICES|azur experts",
                "Association Médico-Sociale Anne Morgan (AMSAM)|medico sociale anne morgan amsam",
                "Œuvre Sainte-Anne|oeuvre sainte anne",
                "Mission Locale pour l'emploi des jeunes dans le Douaisis|_missionlocale emploi jeunes dans douaisis",
                "GROUPE SOS SOLIDARITES|groupe sos solidarites",
                "Méddiathèque de Sainte-Marie|_bibliotheque sainte marie",
                "Bibliothque municipale|_bibliotheque municipale",
                "Mediathequess|_bibliotheque",
                "Mediathecaire|mediathecaire",
                "Communes associées|communes associees",
            })
    void names(String raw, String tokens) {
        assertEquals(List.of(tokens.split(" ")), MatchText.name(raw));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2 bis, boulevard Auguste Allonneau|2b|auguste allonneau",
                "2 BIS BD AUGUSTE ALLONNEAU|2b|auguste allonneau",
                "32bis Rue de la Liberté|32b|liberte",
                "12 rue du Général Lizé|12|general lize",
                "100 BD HUBERT GOUZE BP 783 82013|100|hubert gouze",
                "3 rue du Vigé - CS 20053|3|vige",
                "PL DE L'EGLISE|''|eglise",
                "Place du Champ de foire|''|champ foire",
                "17 B PL JEAN JAURES|17b|jean jaures",
                "Grande Rue|''|grande rue",
            })
    void streets(String raw, String number, String tokens) {
        MatchText.Street s = MatchText.street(raw);
        assertEquals(number, s.number());
        assertEquals(List.of(tokens.split(" ")), s.tokens());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "+33 4 75 35 98 00|0475359800",
                "04.75.35.98.00|0475359800",
                "+596596652435|596596652435",
                "0033475359800|0475359800",
                "12|''",
                "h:d9ef7b58c99a|h:d9ef7b58c99a",
            })
    void phones(String raw, String national) {
        assertEquals(national, MatchText.phone(raw));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.pole-emploi.fr/|pole-emploi.fr",
                "http://a-dn.org/|a-dn.org",
                "www.mediatheque-conflans.fr/horaires?x=1|mediatheque-conflans.fr",
                "HTTPS://Example.org:8080/a|example.org",
            })
    void hosts(String raw, String host) {
        assertEquals(host, MatchText.host(raw));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "21340033600011|21340033600011",
                "213 400 336 00011|21340033600011",
                "00000000000000|''",
                "356000000|''",
                "W123456789|''",
            })
    void sirets(String raw, String siret) {
        assertEquals(siret, MatchText.siret(raw));
    }

    /** fuzzywuzzy / fuzzball {@code fuzz.ratio} reference values (the first from fuzzywuzzy's README). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "this is a test|this is a test!|100",
                "fuzzy wuzzy was a bear|wuzzy fuzzy was a bear|91",
                "Mairie|mairie|100",
                "Médiathèque|Mediatheque|82",
                "abc|''|0",
            })
    void nationalRatio(String a, String b, int ratio) {
        assertEquals(ratio, NationalRule.ratio(a, b));
    }
}
