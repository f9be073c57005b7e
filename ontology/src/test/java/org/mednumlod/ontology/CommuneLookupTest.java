package org.mednumlod.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a name or a postcode designates, and how far a place may be from its commune's centre. */
class CommuneLookupTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # name                 | communes designated (code:how), sorted
            Le Mont-Dore           | 63236:NOM 98817:NOM
            MONT DORE              | 63236:NOM 98817:NOM
            Boulouparis            | 98802:NOM_POSTAL
            L'Île-des-Pins         | 98809:NOM
            ile des pins           | 98809:NOM
            Abymes Les             | 97101:NOM
            Cherbourg-Octeville    | 50129:ANCIENNE_COMMUNE
            Goux-les-Usiers        | 25060:ANCIENNE_COMMUNE
            St Barthélemy          | 38363:NOM 40251:NOM 50450:NOM 56207:NOM 70459:NOM 77402:NOM 97701:NOM
            Tontouta               | 98821:NOM_POSTAL
            Poya                   | 98827:NOM
            """)
    void namesDesignateCommunes(String name, String expected) {
        assertEquals(
                expected,
                CommuneLookup.get().named(name).stream()
                        .map(n -> n.commune().code() + ":" + n.how())
                        .sorted()
                        .collect(Collectors.joining(" ")),
                name);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # code  | name               | names it
            83126   | La Seyne           | true
            93070   | Saint-Ouen         | true
            49007   | Angers             | true
            49007   | Cholet             | false
            98818   | Poya               | false
            """)
    void namesAcceptShortForms(String code, String name, boolean expected) {
        assertEquals(expected, CommuneLookup.get().names(code, name), code + " " + name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # code | at least (km) | at most (km) | commune
            13004  | 30            | 80           | Arles, the largest of metropolitan France (28 km to its farthest boundary)
            16023  | 5             | 15           | Aunac-sur-Charente, a village
            31555  | 10            | 40           | Toulouse
            97302  | 50            | 500          | Cayenne: the centres of French Guiana's communes are far apart
            """)
    void plausibleDistanceFollowsTheCommuneSize(String code, double min, double max, String label) {
        double km = CommuneLookup.get().plausibleKm(code).orElseThrow();
        assertTrue(km >= min && km <= max, label + " : " + km);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # postcode | communes
            98810      | 98817
            98800      | 98818
            49035      | ''
            """)
    void postcodesIncludeLaPostes(String postcode, String expected) {
        assertEquals(
                expected,
                CommuneLookup.get().withPostcode(postcode).stream()
                        .map(c -> c.code())
                        .sorted()
                        .collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            98817
            98818
            """)
    void noCentreNoDistanceInNewCaledonia(String code) {
        assertTrue(CommuneLookup.get().plausibleKm(code).isEmpty());
    }
}
