package org.mednumlod.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of the pure functions behind the Java checks and the messages. */
class ChecksTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "43493312300029, true", // the schema's example
        "21490007800004, true",
        "21490007800013, false",
        "35600000000048, true", // La Poste's head office: Luhn
        "00000000000000, true"
    })
    void luhn(String siret, boolean valid) {
        assertEquals(valid, SiretCheck.luhn(siret));
    }

    @ParameterizedTest(name = "« {0} » → « {1} »")
    @CsvSource(
            delimiter = '|',
            value = {
                "Angers | angers",
                "ANGERS CEDEX 01 | angers",
                "St-Denis | saint denis",
                "Sainte-Marie | sainte marie",
                "L'Île-d'Yeu | l ile d yeu",
                "Abymes (Les) | les abymes",
                "Les Abymes | les abymes",
                "MARSEILLE 11 | marseille",
                "Paris 20e Arrondissement | paris",
                "Lyon 3ème | lyon",
                "Œuilly | oeuilly"
            })
    void communeNames(String written, String normalized) {
        assertEquals(normalized, CommuneNames.normalize(written));
    }

    @ParameterizedTest(name = "« {0} » strict {1}, tolérant {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00 | true | true",
                "Mo-Sun 00:00-00:00 | false | true",
                "Mo-Fr 09h00-12h00 | false | true",
                "24/7 | true | true",
                "Mo-Fr 09:00-12:00; fermé au public les lundis | false | false"
            })
    void openingHours(String hours, boolean strict, boolean lenient) {
        assertEquals(strict, OpeningHoursCheck.errorColumn(hours, true) == 0);
        assertEquals(lenient, OpeningHoursCheck.errorColumn(hours, false) == 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "La valeur « {$value} » | La valeur « x »",
                "Le champ « {?champ} » ({?nombre}) | Le champ « telephone » (2)",
                "« {?path} » | « mnl:telephone »",
                "{?inconnu} reste | {?inconnu} reste",
                "prix {$value} $1 \\\\ | prix x $1 \\\\"
            })
    void messageTemplates(String template, String expected) {
        assertEquals(
                expected,
                MessageTemplate.render(
                        template,
                        "x",
                        "http://example.org/id/lieu/a",
                        "mnl:telephone",
                        Map.of("champ", "telephone", "nombre", "2")));
    }

    @ParameterizedTest(name = "{0} km")
    @CsvSource({"47.4768, -0.5561, 47.2184, -1.5536, 80", "43.52609, 5.41423, 49.2515, 4.0402, 645"})
    void distances(double lat1, double lon1, double lat2, double lon2, long km) {
        assertEquals(km, Math.round(CoordinateCheck.distanceKm(lat1, lon1, lat2, lon2)));
    }
}
