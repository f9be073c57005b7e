package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dereferencing of places and the place page, over HTTP on the demo release: 303 targets by Accept, each RDF
 * document (status, media type, headers) re-parsed by Jena and by RDF4J Rio to the same triples, 404 / 406, the page's
 * content and its schema.org block.
 */
class PlaceHttpTest extends DemoSite {
    static final String KEY = "lamednum-exemple.structure-1";

    @org.springframework.beans.factory.annotation.Autowired
    org.mednumlod.site.store.Store store;

    @ParameterizedTest(name = "GET {0} Accept: {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /id/lieu/lamednum-exemple.structure-1            | text/html                            | 303 | /page/lieu/lamednum-exemple.structure-1
            /id/lieu/lamednum-exemple.structure-1            | -                                    | 303 | /page/lieu/lamednum-exemple.structure-1
            /id/lieu/lamednum-exemple.structure-1            | text/turtle                          | 303 | /data/lieu/lamednum-exemple.structure-1.ttl
            /id/lieu/lamednum-exemple.structure-1            | application/ld+json                  | 303 | /data/lieu/lamednum-exemple.structure-1.jsonld
            /id/lieu/lamednum-exemple.structure-1            | application/json                     | 303 | /data/lieu/lamednum-exemple.structure-1.jsonld
            /id/lieu/lamednum-exemple.structure-1            | application/rdf+xml                  | 303 | /data/lieu/lamednum-exemple.structure-1.rdf
            /id/lieu/lamednum-exemple.structure-1            | application/n-triples                | 303 | /data/lieu/lamednum-exemple.structure-1.nt
            /id/lieu/lamednum-exemple.structure-1            | text/turtle;q=0.5, application/ld+json | 303 | /data/lieu/lamednum-exemple.structure-1.jsonld
            /id/lieu/lamednum-exemple.structure-1            | text/html;q=0.9, text/turtle         | 303 | /data/lieu/lamednum-exemple.structure-1.ttl
            /id/lieu/lamednum-exemple.structure-1?format=nt  | text/html                            | 303 | /data/lieu/lamednum-exemple.structure-1.nt
            /id/lieu/bus-france-services-charente.1          | text/turtle                          | 303 | /data/lieu/bus-france-services-charente.1.ttl
            /id/lieu/lamednum-exemple.structure-1            | image/png                            | 406 | -
            /id/lieu/lamednum-exemple.structure-1?format=pdf | text/html                            | 406 | -
            /id/lieu/lamednum-exemple.inconnu                | text/html                            | 404 | -
            /id/lieu/lamednum-exemple.inconnu                | text/turtle                          | 404 | -
            /id/lieu/pas-une-cle                             | text/html                            | 404 | -
            /page/lieu/lamednum-exemple.inconnu              | text/html                            | 404 | -
            /data/lieu/lamednum-exemple.inconnu.ttl          | text/turtle                          | 404 | -
            /data/lieu/lamednum-exemple.structure-1.pdf      | text/turtle                          | 404 | -
            """)
    void placesAnswer303ToTheirDocuments(String path, String accept, int status, String location) throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertEquals(status, r.statusCode(), path + " " + accept);
        assertEquals(location, r.headers().firstValue("Location").orElse(null));
        if (status == 303 || status == 406) {
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        }
        if (status == 303) {
            String link = r.headers().firstValue("Link").orElse("");
            for (String ext : new String[] {"ttl", "jsonld", "rdf", "nt"}) {
                assertTrue(
                        link.contains("</data/lieu/"
                                + path.substring("/id/lieu/".length()).replaceAll("\\?.*", "") + "." + ext
                                + ">; rel=\"alternate\""),
                        link);
            }
        }
        if (status == 404) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(accept.equals("text/html") ? type.startsWith("text/html") : type.startsWith("text/plain"), type);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ttl    | text/turtle           | TTL       | TURTLE
            jsonld | application/ld+json   | JSONLD11  | JSONLD
            rdf    | application/rdf+xml   | RDFXML    | RDFXML
            nt     | application/n-triples | NTRIPLES  | NTRIPLES
            """)
    void eachDocumentParsesWithJenaAndRdf4jToTheSameTriples(
            String ext, String mediaType, String jenaLang, String rioFormat) throws Exception {
        String path = "/data/lieu/" + KEY + "." + ext;
        HttpResponse<String> r = get(path, "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        assertEquals(path, r.headers().firstValue("Content-Location").orElse(null));
        assertTrue(r.headers()
                .firstValue("Link")
                .orElse("")
                .contains("</page/lieu/" + KEY + ">; rel=\"alternate\"; type=\"text/html\""));

        Model jena = jena(r.body(), (Lang) Lang.class.getField(jenaLang).get(null));
        Model reference = jena(get("/data/lieu/" + KEY + ".nt", "*/*").body(), Lang.NTRIPLES);
        assertTrue(jena.isIsomorphicWith(reference), "Jena reads the same triples in " + ext);
        String place = BASE + "/id/lieu/" + KEY;
        assertTrue(jena.contains(
                jena.createResource(place), jena.createProperty("https://w3id.org/mednum-lod/def#nom"), "Anonymal"));
        for (String fragment : new String[] {"#coordonnees", "#geometrie"}) {
            assertTrue(jena.contains(jena.createResource(place + fragment), null), "document describes " + fragment);
        }
        jena.listObjectsOfProperty(jena.createResource(place), null)
                .filterKeep(o -> o.isURIResource() && o.asResource().getURI().startsWith(place + "#"))
                .forEach(f -> assertTrue(jena.contains(f.asResource(), null), "document describes " + f));

        var rio = rio(r.body(), (RDFFormat) RDFFormat.class.getField(rioFormat).get(null));
        var rioReference = rio(get("/data/lieu/" + KEY + ".nt", "*/*").body(), RDFFormat.NTRIPLES);
        assertTrue(Models.isomorphic(rio, rioReference), "RDF4J reads the same triples in " + ext);
        assertEquals(reference.size(), rio.size());
        assertTrue(rio.contains(Values.iri(place), Values.iri("https://w3id.org/mednum-lod/def#latitude"), null));
    }

    /** A place's source record has its own URI and document; its HTML is the place page, at the record's anchor. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /id/fiche/lamednum-exemple.structure-1 | text/html   | 303 | /page/lieu/lamednum-exemple.structure-1#fiche-lamednum-exemple.structure-1
            /id/fiche/lamednum-exemple.structure-1 | text/turtle | 303 | /data/fiche/lamednum-exemple.structure-1.ttl
            /id/fiche/lamednum-exemple.inconnu     | text/turtle | 404 | -
            /id/lieu/conumm.12                     | text/html   | 301 | /id/lieu/angers.12
            /page/lieu/conumm.12                   | text/html   | 301 | /page/lieu/angers.12
            /data/fiche/lamednum-exemple.inconnu.ttl | text/turtle | 404 | -
            """)
    void sourceRecordsDereference(String path, String accept, int status, String location) throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertEquals(status, r.statusCode(), path);
        assertEquals(location, r.headers().firstValue("Location").orElse(null));
    }

    @Test
    void aSourceRecordDocumentKeepsItsProvenanceAndLinksToItsPlace() throws Exception {
        HttpResponse<String> r = get("/data/fiche/" + KEY + ".ttl", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = jena(r.body(), Lang.TURTLE);
        var record = m.createResource(BASE + "/id/fiche/" + KEY);
        assertTrue(m.contains(
                record,
                org.apache.jena.vocabulary.RDF.type,
                m.createResource("https://w3id.org/mednum-lod/def#FicheLieu")));
        assertTrue(m.contains(
                record,
                m.createProperty("https://w3id.org/mednum-lod/def#lieu"),
                m.createResource(BASE + "/id/lieu/" + KEY)));
        assertTrue(m.contains(
                record,
                m.createProperty("https://w3id.org/mednum-lod/def#fichierSource"),
                (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(
                m.contains(m.createResource(BASE + "/id/fiche/" + KEY + "#conformite"), null),
                "its quality measurement");
        String page = get("/page/lieu/" + KEY, "text/html").body();
        assertTrue(page.contains("id=\"fiche-" + KEY + "\""), "the place page names the record");
    }

    @Test
    void theJsonLdDocumentUsesThePublishedContext() throws Exception {
        String body = get("/data/lieu/" + KEY + ".jsonld", "*/*").body();
        assertTrue(body.contains("\"@context\": \"" + CONTEXT + "\""), body.substring(0, Math.min(300, body.length())));
        assertTrue(body.contains("\"nom\": \"Anonymal\""), "vocabulary terms are compacted");
        HttpResponse<String> context = get("/ns/context.jsonld", "application/ld+json");
        assertEquals(200, context.statusCode());
        assertTrue(context.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(
                "*", context.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        for (String term :
                new String[] {"\"typologie\"", "\"@type\": \"@id\"", "\"latitude\"", "\"xsd:decimal\"", "\"mnl\""}) {
            assertTrue(context.body().contains(term), "context holds " + term);
        }
    }

    @Test
    void thePageShowsThePlace() throws Exception {
        HttpResponse<String> r = get("/page/lieu/" + KEY, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(
                r.headers().firstValue("Link").orElse("").contains("</data/lieu/" + KEY + ".ttl>; rel=\"alternate\""));
        String html = r.body();
        for (String expected : new String[] {
            "<h1>Anonymal</h1>",
            "12 BIS RUE DE LECLERCQ",
            "href=\"/page/commune/51454\"",
            "Horaires de cette semaine",
            "<th scope=\"col\">Jour</th>",
            "<code>Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00</code>",
            "Exemple valide du schéma national 1.0",
            "La MedNum",
            "Mise à jour le <span>2 avril 2024</span>",
            "Dernière mise à jour il y a plus d'un an",
            "href=\"tel:+33180059880\"",
            "mailto:contact@laquincaillerie.tl",
            "Fiche Acceslibre du lieu",
            "href=\"https://www.rdv-solidarites.fr/\"",
            "Maîtrise des outils numériques du quotidien",
            "<code class=\"champ\">services</code>",
            "Signaler une erreur",
            "href=\"#signalement\"",
            "action=\"/signalements\"",
            "name=\"lieu\" value=\"" + KEY + "\"",
            "Le lieu n&#39;existe plus",
            "id=\"carte\"",
            "data-lat=\"43.52609\"",
            "/vendor/leaflet/leaflet.js",
            "/data/lieu/" + KEY + ".jsonld"
        }) {
            assertTrue(html.contains(expected), "page contains " + expected);
        }
        Matcher rows = Pattern.compile("<tr[^>]*>\\s*<th scope=\"row\">").matcher(html);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertEquals(7, count, "a row per weekday");
        assertTrue(html.contains("Ouvert maintenant") || html.contains("Fermé"), "open status");
        assertFalse(html.contains("src=\"http"), "no script from another origin");
        assertFalse(html.contains("data-tuiles=\"http"), "no tile URL configured in tests");
    }

    @ParameterizedTest(name = "{0} → schema:{1}")
    @CsvSource(delimiter = '|', textBlock = """
            lamednum-exemple.structure-1   | LocalBusiness    | 11
            bus-france-services-charente.1 | GovernmentOffice | 2
            """)
    void thePageCarriesSchemaOrgJsonLd(String key, String type, int specifications) throws Exception {
        String html = get("/page/lieu/" + key, "text/html").body();
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "schema.org block");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(m.group(1), Lang.JSONLD).parse(model);
        var place = model.createResource(BASE + "/id/lieu/" + key);
        assertTrue(model.contains(
                place, org.apache.jena.vocabulary.RDF.type, model.createResource("https://schema.org/" + type)));
        assertTrue(model.contains(place, model.createProperty("https://schema.org/geo")));
        assertTrue(model.contains(place, model.createProperty("https://schema.org/address")));
        assertEquals(
                specifications,
                model.listObjectsOfProperty(place, model.createProperty("https://schema.org/openingHoursSpecification"))
                        .toList()
                        .size());
        assertTrue(model.contains(
                null,
                model.createProperty("https://schema.org/dayOfWeek"),
                model.createResource("https://schema.org/Monday")));
    }

    @Test
    void seeAlsoListsTenPlacesOfTheCommuneAtATimeAndThoseSharingTheSiret() throws Exception {
        String busiest = select("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                SELECT ?p WHERE { ?p a mnl:LieuMediationNumerique ; mnl:situeDansCommune ?c .
                  ?o a mnl:LieuMediationNumerique ; mnl:situeDansCommune ?c FILTER(?o != ?p) }
                GROUP BY ?p ORDER BY DESC(COUNT(?o)) ?p LIMIT 1""");
        long others = Long.parseLong(select("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                SELECT (COUNT(?o) AS ?n) WHERE { <%s> mnl:situeDansCommune ?c .
                  ?o a mnl:LieuMediationNumerique ; mnl:situeDansCommune ?c FILTER(?o != <%s>) }
                """.formatted(busiest, busiest)));
        String key = busiest.substring((BASE + "/id/lieu/").length());
        String html = get("/page/lieu/" + key, "text/html").body();
        assertTrue(html.contains("Dans la même commune (<span>" + others + "</span>)"), "count of " + others);
        int shown = html.split("<ul class=\"voisins\">")[1].split("</ul>")[0].split("<li>").length - 1;
        assertEquals(Math.min(10, others), shown);
        if (others > 10) {
            assertTrue(html.contains("voisins=2"), "a next page");
            String second = get("/page/lieu/" + key + "?voisins=2", "text/html").body();
            assertTrue(second.contains("Page <span>2</span>"));
        }
        String sharing = select("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                SELECT ?p WHERE { ?p a mnl:LieuMediationNumerique ; mnl:pivot ?v . ?o a mnl:LieuMediationNumerique ; mnl:pivot ?v
                  FILTER(?o != ?p && !REGEX(?v, "^0*$")) } ORDER BY ?p LIMIT 1""");
        String page = get("/page/lieu/" + sharing.substring((BASE + "/id/lieu/").length()), "text/html")
                .body();
        assertTrue(page.contains("<h3>Même SIRET</h3>"), sharing);
    }

    @Test
    void thePageListsTheCorrectionsAndFindingsOfAPlace() throws Exception {
        String corrected = select("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                PREFIX dqv: <http://www.w3.org/ns/dqv#>
                SELECT ?p WHERE { ?r mnl:correction ?c ; dqv:hasQualityAnnotation ?a ; mnl:lieu ?p } ORDER BY ?p LIMIT 1""");
        String field = select("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                SELECT ?f WHERE { ?r mnl:lieu <%s> ; mnl:correction/mnl:champConcerne ?f } ORDER BY ?f LIMIT 1""".formatted(corrected));
        String html = get("/page/lieu/" + corrected.substring((BASE + "/id/lieu/").length()), "text/html")
                .body();
        assertTrue(html.contains("Corrections faites à la conversion"), corrected);
        assertTrue(html.contains("<td><code>" + field + "</code></td>"), field);
        assertTrue(html.contains("<ul class=\"constats\">"), "findings listed");
    }

    /**
     * The tombstone hook: triples as the release will write them in {@code {base}/graph/tombstones} are added to the
     * served release for this test only (and removed after: other tests count the named graphs).
     */
    @Test
    void mergedPlacesMoveAndWithdrawnOnesAreGone() throws Exception {
        var dataset = store.release().dataset();
        String graph = BASE + "/graph/tombstones";
        String old = BASE + "/id/lieu/lamednum-exemple.ancien";
        String withdrawn = BASE + "/id/lieu/lamednum-exemple.retire";
        org.apache.jena.system.Txn.executeWrite(dataset, () -> {
            Model g = dataset.getNamedModel(graph);
            g.add(
                    g.createResource(old),
                    org.apache.jena.vocabulary.DCTerms.isReplacedBy,
                    g.createResource(BASE + "/id/lieu/" + KEY));
            g.add(
                    g.createResource(withdrawn),
                    g.createProperty("http://www.w3.org/ns/prov#invalidatedAtTime"),
                    g.createTypedLiteral(
                            "2026-01-15T10:00:00Z", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        });
        try {
            String[][] table = {
                {"/id/lieu/lamednum-exemple.ancien", "text/html", "301", "/id/lieu/" + KEY},
                {"/page/lieu/lamednum-exemple.ancien", "text/html", "301", "/page/lieu/" + KEY},
                {"/data/lieu/lamednum-exemple.ancien.ttl", "text/turtle", "301", "/data/lieu/" + KEY + ".ttl"},
                {"/id/lieu/lamednum-exemple.retire", "text/html", "410", "text/html"},
                {"/id/lieu/lamednum-exemple.retire", "text/turtle", "410", "text/turtle"},
                {"/id/lieu/lamednum-exemple.retire", "image/png", "406", "text/plain"},
                {"/page/lieu/lamednum-exemple.retire", "text/html", "410", "text/html"},
                {"/data/lieu/lamednum-exemple.retire.nt", "*/*", "410", "application/n-triples"},
                {"/data/lieu/lamednum-exemple.retire.jsonld", "*/*", "410", "application/ld+json"},
            };
            for (String[] row : table) {
                HttpResponse<String> r = get(row[0], row[1]);
                assertEquals(Integer.parseInt(row[2]), r.statusCode(), row[0] + " " + row[1]);
                if (row[2].equals("301")) {
                    assertEquals(row[3], r.headers().firstValue("Location").orElse(null));
                    continue;
                }
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(row[3]), row[0] + " " + row[1]);
                if (row[3].equals("text/html")) {
                    assertTrue(r.body().contains("Lieu retiré") && r.body().contains(withdrawn), r.body());
                } else if (!row[3].equals("text/plain")) {
                    Model m = jena(
                            r.body(),
                            row[3].equals("text/turtle")
                                    ? Lang.TURTLE
                                    : row[3].equals("application/ld+json") ? Lang.JSONLD : Lang.NTRIPLES);
                    assertTrue(m.contains(
                            m.createResource(withdrawn),
                            m.createProperty("http://www.w3.org/ns/prov#invalidatedAtTime")));
                }
            }
        } finally {
            org.apache.jena.system.Txn.executeWrite(dataset, () -> dataset.removeNamedModel(graph));
        }
    }

    /** The first value of the first row of a SELECT on the site's endpoint. */
    private String select(String query) throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.size() > 1, query);
        return lines.get(1).trim();
    }
}
