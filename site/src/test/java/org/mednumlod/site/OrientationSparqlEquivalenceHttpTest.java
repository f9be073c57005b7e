package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * For many filter combinations on the demo data, the places {@code /api/lieux} returns (every page, in order) are
 * exactly those its {@code requeteSparql} returns when run through {@code /sparql}, in the same order: by distance
 * with a centre, by French collation of the name without. The hours filters go through the extension functions
 * registered for the embedded endpoint.
 */
class OrientationSparqlEquivalenceHttpTest extends DemoSite {

    @ParameterizedTest(name = "[{index}] ?{0}")
    @ValueSource(
            strings = {
                "",
                "services=aide-aux-demarches-administratives",
                "services=parentalite-et-education-avec-le-numerique&services=loisirs-et-creations-numeriques",
                "publics=jeunes&publics=seniors",
                "prise-en-charge=illettrisme&prise-en-charge=surdite",
                "frais=gratuit&frais=payant",
                "modalites-accompagnement=accompagnement-individuel",
                "modalites-acces=se-presenter&modalites-acces=telephoner",
                "programmes=france-services",
                "programmes=aidants-connect&programmes=conseillers-numeriques&frais=gratuit",
                "labels=forme-a-mon-espace-sante",
                "accessibilite=oui",
                "rdv=oui",
                "accessibilite=oui&services=comprehension-du-monde-numerique",
                "ouvert=maintenant",
                "jour=lundi",
                "jour=samedi",
                "jour=samedi&de=12:00",
                "jour=mardi&de=12:00&a=14:00",
                "jour=vendredi&a=09:00",
                "jour=dimanche",
                "ouvert=maintenant&jour=mercredi&de=09:30",
                "commune=16015",
                "commune=16015&rayon=5",
                "commune=16015&rayon=1",
                "commune=16070&rayon=50",
                "commune=16015&rayon=20&services=aide-aux-demarches-administratives&frais=gratuit",
                "commune=16015&rayon=30&jour=samedi",
                "commune=16102&rayon=200&ouvert=maintenant",
                "lat=45.65&lon=0.16&rayon=3",
                "lat=43.52609&lon=5.41423&rayon=1",
                "lat=48.8566&lon=2.3522&rayon=200",
                "territoire=departement:16",
                "territoire=departement:51",
                "territoire=region:75&services=acces-internet-et-materiel-informatique",
                "territoire=commune:16015",
                "territoire=epci:200071827",
                "territoire=commune:16015&commune=16015&rayon=2",
                "publics=familles-et-ou-enfants&jour=mercredi&commune=16015&rayon=40"
            })
    void theApiAndItsSparqlGiveTheSamePlacesInTheSameOrder(String query) throws Exception {
        List<String> api = new ArrayList<>();
        String sparql = null;
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            HttpResponse<String> r = get("/api/lieux?" + query + "&par-page=100&page=" + page, "application/json");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = OrientationApiHttpTest.JSON.readTree(r.body());
            pages = body.get("pages").asInt();
            body.get("lieux").forEach(l -> api.add(l.get("uri").asString()));
            sparql = sparql == null ? body.get("requeteSparql").asString() : sparql;
            assertEquals(sparql, body.get("requeteSparql").asString(), "same query on every page");
        }
        List<String> rows = sparql(sparql);
        List<String> viaSparql = rows.stream().map(row -> row.split(",", -1)[0]).toList();
        assertEquals(api, viaSparql, query + "\n" + sparql);
        if (query.contains("commune=") || query.contains("lat=")) {
            for (String row : rows) {
                assertTrue(!row.split(",", -1)[1].isEmpty(), "a distance for every place: " + row);
            }
        }
    }

    @Test
    void theExtensionFunctionsAreDeclaredInTheServiceDescription() throws Exception {
        HttpResponse<String> r = get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(
                r.body().contains("https://w3id.org/mednum-lod/fn#") && r.body().contains("extensionFunction"),
                r.body());
    }
}
