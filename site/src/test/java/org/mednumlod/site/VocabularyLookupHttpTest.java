package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Code-list concepts and vocabulary examples, lookups by identifier, search and home page, over HTTP. */
class VocabularyLookupHttpTest extends DemoSite {
    private static final String CODE = "https://w3id.org/mednum-lod/code/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    @ParameterizedTest(name = "GET {0} Accept: {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /code/itinerance/fixe             | text/html             | 303 | /page/code/itinerance/fixe
            /code/itinerance/fixe             | text/turtle           | 303 | /data/code/itinerance/fixe.ttl
            /code/itinerance/fixe             | application/ld+json   | 303 | /data/code/itinerance/fixe.jsonld
            /code/itinerance/fixe             | application/rdf+xml   | 303 | /data/code/itinerance/fixe.rdf
            /code/itinerance/fixe?format=nt   | text/html             | 303 | /data/code/itinerance/fixe.nt
            /id/code/itinerance/fixe          | text/turtle           | 303 | /data/code/itinerance/fixe.ttl
            /code/itinerance/fixe             | image/png             | 406 | -
            /code/itinerance                  | text/turtle           | 303 | /data/def.ttl
            /code/itinerance                  | text/html             | 303 | /page/def
            /code/itinerance/inconnu          | text/html             | 404 | -
            /code/itinerance/inconnu          | text/turtle           | 404 | -
            /code/liste-inconnue/fixe         | text/html             | 404 | -
            /page/code/itinerance/inconnu     | text/html             | 404 | -
            /data/code/itinerance/fixe.png    | text/turtle           | 404 | -
            """)
    void conceptsAnswer303ToTheirDocuments(String path, String accept, int status, String location) throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertEquals(status, r.statusCode(), path);
        assertEquals(location, r.headers().firstValue("Location").orElse(null));
        if (status == 303) {
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
            assertTrue(r.headers().firstValue("Link").orElse("").contains("rel=\"alternate\""));
        }
        if (status == 404) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(accept.equals("text/html") ? type.startsWith("text/html") : type.startsWith("text/plain"), type);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /data/code/itinerance/fixe.ttl    | text/turtle           | TURTLE
            /data/code/itinerance/fixe.jsonld | application/ld+json   | JSONLD
            /data/code/itinerance/fixe.rdf    | application/rdf+xml   | -
            /data/code/itinerance/fixe.nt     | application/n-triples | NTRIPLES
            """)
    void conceptDataParsesWithJenaAndRdf4j(String path, String mediaType, String format) throws Exception {
        HttpResponse<String> r = get(path, "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        assertEquals(path, r.headers().firstValue("Content-Location").orElse(null));
        if (format != null) { // RDF4J's RDF/XML parser is not on the class path: Jena alone reads that one
            var model =
                    rio(r.body(), (RDFFormat) RDFFormat.class.getField(format).get(null));
            assertTrue(model.contains(
                    Values.iri(CODE + "itinerance/fixe"),
                    Values.iri(SKOS + "inScheme"),
                    Values.iri(CODE + "itinerance")));
            assertTrue(
                    model.contains(Values.iri(CODE + "itinerance"), Values.iri(SKOS + "prefLabel"), null),
                    "scheme label");
        }
        Model jena = jena(r.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType));
        assertTrue(jena.contains(ResourceFactory.createResource(CODE + "itinerance/fixe"), null));
    }

    /** The concept used by the most places: its page gives their number and lists them 50 at a time. */
    @Test
    void conceptPageListsThePlacesThatUseItPaged() throws Exception {
        List<String> top = sparql("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a mnl:LieuMediationNumerique ; ?prop ?c .
                  ?c skos:inScheme ?s } GROUP BY ?c ORDER BY DESC(?n) ?c LIMIT 1""");
        String concept = top.get(0).split(",")[0];
        int count = Integer.parseInt(top.get(0).split(",")[1].trim());
        String path = "/page/code/" + concept.substring(CODE.length());
        String html = get(path, "text/html").body();
        assertTrue(html.contains("Lieux (<span>" + count + "</span>)"), path + " count " + count);
        int listed = html.split("href=\"/id/lieu/", -1).length - 1;
        assertEquals(Math.min(count, 50), listed, "links to /id/lieu/…, at most 50 per page");
        int pages = (count + 49) / 50;
        if (pages > 1) {
            assertTrue(html.contains("Page <span>1</span> sur <span>" + pages + "</span>"));
            String last = get(path + "?page=" + pages, "text/html").body();
            assertEquals(count - 50 * (pages - 1), last.split("href=\"/id/lieu/", -1).length - 1);
        }
        String unused = get("/page/code/itinerance/itinerant", "text/html").body();
        long itinerant = Long.parseLong(
                sparql("PREFIX mnl: <https://w3id.org/mednum-lod/def#> SELECT (COUNT(DISTINCT ?p) AS ?n) "
                                + "WHERE { ?p a mnl:LieuMediationNumerique ; mnl:itinerance <" + CODE
                                + "itinerance/itinerant> }")
                        .get(0));
        assertTrue(unused.contains("Lieux (<span>" + itinerant + "</span>)"));
    }

    @Test
    void vocabularyDocumentShowsDomainsRangesLabelsExamplesAndLinksConcepts() throws Exception {
        String html = get("/page/def", "text/html").body();
        for (String expected : new String[] {
            "Domaine",
            "Portée",
            "lang=\"en\"",
            "Exemple (schéma)",
            "43493312300029",
            "Exemple dans les données",
            "href=\"/page/code/itinerance/fixe\""
        }) {
            assertTrue(html.contains(expected), "vocabulary page contains " + expected);
        }
        String place = sparql(
                        "PREFIX mnl: <https://w3id.org/mednum-lod/def#> SELECT ?p WHERE { ?p a mnl:LieuMediationNumerique } LIMIT 1")
                .get(0);
        assertTrue(place.startsWith(BASE + "/id/lieu/"));
        assertTrue(html.contains("href=\"/id/lieu/"), "the class example is a place of the data");
    }

    @Test
    void lookupsRedirectWhenOneMatchesAndListWhenSeveralDo() throws Exception {
        HttpResponse<String> bySource = get("/lookup?source=bus-france-services-charente&id=1", "text/html");
        assertEquals(303, bySource.statusCode());
        assertEquals(
                BASE + "/id/lieu/bus-france-services-charente.1",
                bySource.headers().firstValue("Location").orElse(null));
        assertEquals(303, get("/lookup?insee=49007", "text/turtle").statusCode());
        assertEquals(
                BASE + "/id/commune/49007",
                get("/lookup?insee=49007", null)
                        .headers()
                        .firstValue("Location")
                        .orElse(null));

        List<String> sirets = sparql("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                SELECT ?s (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a mnl:LieuMediationNumerique ; mnl:pivot ?s }
                GROUP BY ?s ORDER BY ?n ?s""");
        String single = sirets.stream()
                .filter(r -> r.endsWith(",1"))
                .findFirst()
                .orElseThrow()
                .split(",")[0];
        String shared = sirets.get(sirets.size() - 1).split(",")[0];
        int sharedCount = Integer.parseInt(sirets.get(sirets.size() - 1).split(",")[1]);
        assertTrue(sharedCount > 1, "the demo data has a SIRET shared by several places");
        HttpResponse<String> one = get("/lookup?siret=" + single, "text/html");
        assertEquals(303, one.statusCode());
        assertTrue(one.headers().firstValue("Location").orElse("").startsWith(BASE + "/id/lieu/"));

        HttpResponse<String> html = get("/lookup?siret=" + shared, "text/html");
        assertEquals(300, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(
                html.headers().allValues("Vary").stream()
                        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                        .anyMatch(v -> v.trim().equalsIgnoreCase("Accept")),
                html.headers().allValues("Vary").toString());
        assertEquals(Math.min(sharedCount, 100), html.body().split("href=\"" + BASE + "/id/lieu/", -1).length - 1);
        HttpResponse<String> json = get("/lookup?siret=" + shared, "application/json");
        assertEquals(300, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        var tree = new tools.jackson.databind.ObjectMapper().readTree(json.body());
        assertEquals(sharedCount, tree.get("total").asInt());
        assertTrue(tree.get("resultats").get(0).get("uri").asString().startsWith(BASE + "/id/lieu/"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /lookup?siret=99999999999999                      | 404
            /lookup?source=charente&id=nexiste-pas            | 404
            /lookup?insee=99999                               | 404
            /lookup?siret=123                                 | 400
            /lookup?siret=1234567890123X                      | 400
            /lookup?insee=4900                                | 400
            /lookup?source=Avec%20Espace&id=1                 | 400
            /lookup?source=charente                           | 400
            /lookup                                           | 400
            /lookup?siret=12345678901234&insee=49007          | 400
            """)
    void lookupsAnswer404WhenNothingMatchesAnd400WhenMalformed(String path, int status) throws Exception {
        HttpResponse<String> html = get(path, "text/html");
        assertEquals(status, html.statusCode(), path);
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<String> machine = get(path, "application/json");
        assertEquals(status, machine.statusCode());
        assertFalse(machine.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        if (status == 400) {
            assertTrue(html.body().contains("Requête incorrecte"), html.body());
        }
    }

    @Test
    void searchFindsPlacesAndCommunesWhateverTheCaseAndAccents() throws Exception {
        String places =
                get("/recherche?q=" + enc("BUS FRANCE services"), "text/html").body();
        long buses = Long.parseLong(sparql(
                        "PREFIX mnl: <https://w3id.org/mednum-lod/def#> SELECT (COUNT(?p) AS ?n) WHERE { "
                                + "?p a mnl:LieuMediationNumerique ; mnl:nom ?nom FILTER(CONTAINS(LCASE(?nom), \"bus france services\")) }")
                .get(0));
        assertTrue(buses > 0);
        assertEquals(Math.min(buses, 20), places.split("href=\"/page/lieu/", -1).length - 1, places);
        String communes = get("/recherche?q=" + enc("angouleme"), "text/html").body();
        assertTrue(communes.contains("href=\"/page/commune/16015\""), "Angoulême without its accent");
        assertTrue(
                get("/recherche?q=" + enc("SAINT FRAIGNE"), "text/html").body().contains("Saint-Fraigne"),
                "hyphen as space");
        String saint = get("/recherche?q=saint", "text/html").body();
        assertTrue(saint.contains("rel=\"next\""), "more than one page of communes named Saint…");
        assertEquals(20, saint.split("href=\"/page/commune/", -1).length - 1);
        String second = get("/recherche?q=saint&page=2", "text/html").body();
        assertTrue(second.contains("rel=\"prev\""));
        assertFalse(second.equals(saint));
        String injection = get("/recherche?q=" + enc("\") } SELECT * { ?s ?p ?o } #"), "text/html")
                .body();
        assertTrue(
                injection.contains("Aucun lieu.") && injection.contains("Aucune commune."),
                "the text is a bound literal");
        String xss = get("/recherche?q=" + enc("<script>alert(1)</script>"), "text/html")
                .body();
        assertFalse(xss.contains("<script>alert(1)</script>"), "escaped");
        assertEquals(400, get("/recherche?q=" + "x".repeat(101), "text/html").statusCode());
        assertTrue(get("/recherche?q=a", "text/html").body().contains("au moins 2"));
    }

    @Test
    void homePageShowsNationalFiguresFromTheCatalogue() throws Exception {
        String html = get("/", "text/html").body();
        long places = Long.parseLong(sparql("PREFIX mnl: <https://w3id.org/mednum-lod/def#> "
                        + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a mnl:LieuMediationNumerique }")
                .get(0));
        long communes = Long.parseLong(sparql("PREFIX mnl: <https://w3id.org/mednum-lod/def#> "
                        + "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?p mnl:situeDansCommune ?c }")
                .get(0));
        assertTrue(html.contains("<dt>Lieux</dt><dd>" + places + "</dd>"), "places: " + places);
        assertTrue(html.contains("<dt>Sources</dt><dd>5</dd>"));
        assertTrue(html.contains("<dt>Communes couvertes</dt><dd>" + communes + "</dd>"), "communes: " + communes);
        for (String link : new String[] {
            "href=\"/query\"", "href=\"/telechargements\"", "href=\"/catalogue\"", "action=\"/recherche\""
        }) {
            assertTrue(html.contains(link), link);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
