package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The real application on a random port, over HTTP: status, media type, headers, bodies re-parsed by RDF4J. */
class SiteHttpTest extends DemoSite {

    @ParameterizedTest(name = "GET {0} Accept: {1} → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /id/commune/49007            | text/html                 | 303 | /page/commune/49007
            /id/commune/49007            | text/turtle               | 303 | /data/commune/49007.ttl
            /id/commune/49007            | application/ld+json       | 303 | /data/commune/49007.jsonld
            /id/commune/49007            | application/n-triples     | 303 | /data/commune/49007.nt
            /id/commune/49007            | application/rdf+xml       | 303 | /data/commune/49007.rdf
            /id/commune/49007?format=ttl | text/html                 | 303 | /data/commune/49007.ttl
            /id/commune/49007            | image/png                 | 406 | -
            /id/epci/244900015           | text/turtle               | 303 | /data/epci/244900015.ttl
            /id/departement/49           | text/html                 | 303 | /page/departement/49
            /id/region/52                | text/html                 | 303 | /page/region/52
            /id/commune-deleguee/01015   | text/html                 | 303 | /page/commune-deleguee/01015
            /id/arrondissement-municipal/75113 | text/turtle         | 303 | /data/arrondissement-municipal/75113.ttl
            /def                         | text/html                 | 303 | /page/def
            /def                         | text/turtle               | 303 | /data/def.ttl
            /id/def                      | application/ld+json       | 303 | /data/def.jsonld
            /id/commune/99999            | text/html                 | 404 | -
            /id/commune/99999            | text/turtle               | 404 | -
            /id/planete/1                | text/html                 | 404 | -
            /id/commune/..%2F..%2Fetc    | text/html                 | 400 | -
            """)
    void thingsAnswer303ToTheirDocuments(String path, String accept, int status, String location) throws Exception {
        HttpResponse<String> r = get(path, accept);
        assertEquals(status, r.statusCode(), path);
        if (location != null) {
            assertEquals(location, r.headers().firstValue("Location").orElse(null));
        }
        if (status == 303 || status == 406) {
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
        }
        if (status == 404) {
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(accept.equals("text/html") ? type.startsWith("text/html") : type.startsWith("text/plain"), type);
        }
    }

    @Test
    void communePageShowsAngersAndItsTerritories() throws Exception {
        HttpResponse<String> r = get("/page/commune/49007", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        for (String expected : new String[] {
            "<h1>Angers</h1>",
            "CU Angers Loire Métropole",
            "Maine-et-Loire",
            "Pays de la Loire",
            "159 022",
            "49000, 49100",
            "/page/epci/244900015",
            "/data/commune/49007.ttl",
            BASE + "/id/commune/49007"
        }) {
            assertTrue(html.contains(expected), "page contains " + expected);
        }
        assertTrue(r.headers().firstValue("Link").orElse("").contains("rel=\"alternate\""));
    }

    @Test
    void departementPageListsItsCommunesPaged() throws Exception {
        String html = get("/page/departement/49", "text/html").body();
        assertTrue(html.contains("Subdivisions (<span>176</span>)"), "Maine-et-Loire has 176 communes in COG 2026");
        assertTrue(html.contains("Page <span>1</span> sur <span>2</span>"));
        assertTrue(get("/page/departement/49?page=2", "text/html")
                .body()
                .contains("Page <span>2</span> sur <span>2</span>"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /data/commune/49007.ttl    | text/turtle           | TURTLE
            /data/commune/49007.jsonld | application/ld+json   | JSONLD
            /data/commune/49007.nt     | application/n-triples | NTRIPLES
            """)
    void communeDataReparsesWithRdf4j(String path, String mediaType, String format) throws Exception {
        HttpResponse<String> r = get(path, "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        assertEquals(path, r.headers().firstValue("Content-Location").orElse(null));
        var model = rio(r.body(), (RDFFormat) RDFFormat.class.getField(format).get(null));
        var angers = Values.iri(BASE + "/id/commune/49007");
        assertTrue(model.contains(
                angers, Values.iri("http://www.w3.org/2000/01/rdf-schema#label"), Values.literal("Angers", "fr")));
        assertTrue(model.contains(
                angers, Values.iri("https://w3id.org/mednum-lod/def#epci"), Values.iri(BASE + "/id/epci/244900015")));
        assertTrue(model.contains(angers, Values.iri("https://w3id.org/mednum-lod/def#population"), null));
    }

    @Test
    void rdfXmlIsWrittenToo() throws Exception {
        HttpResponse<String> r = get("/data/commune/49007.rdf", "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(
                m, new ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), Lang.RDFXML);
        assertTrue(m.size() > 10);
    }

    /**
     * Every kind of RDF document writes its JSON-LD one way: compacted against the published context (named by URL,
     * the same terms everywhere), and it reads back, with that context, as the same graph as its N-Triples.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/data/lieu/" + PlaceHttpTest.KEY,
                "/data/fiche/" + PlaceHttpTest.KEY,
                "/data/commune/49007",
                "/data/epci/244900015",
                "/data/departement/49",
                "/data/region/52",
                "/data/code/itinerance/fixe",
                "/data/def",
                "/data/catalogue"
            })
    void everyJsonLdDocumentUsesThePublishedContextAndSaysTheSameAsItsNTriples(String path) throws Exception {
        HttpResponse<String> jsonld = get(path + ".jsonld", "*/*");
        assertEquals(200, jsonld.statusCode(), path);
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonld.body().contains("\"@context\": \"" + CONTEXT + "\""), path + ": the published context");
        Model fromJsonLd = jena(jsonld.body(), Lang.JSONLD);
        Model fromNTriples = jena(get(path + ".nt", "*/*").body(), Lang.NTRIPLES);
        assertTrue(fromNTriples.size() > 0, path);
        assertTrue(
                fromJsonLd.isIsomorphicWith(fromNTriples),
                path + ": " + fromJsonLd.size() + " triples in JSON-LD, " + fromNTriples.size() + " in N-Triples");
    }

    @Test
    void vocabularyIsServedAsHtmlAndTurtle() throws Exception {
        HttpResponse<String> html = get("/page/def", "text/html");
        assertEquals(200, html.statusCode());
        for (String expected : new String[] {
            "mnl:LieuMediationNumerique",
            "code_postal",
            "mnl:codePostal",
            "Aide aux démarches administratives",
            "Étapes numériques (La Poste)",
            "TIERS_LIEUX",
            "publics_accueillis"
        }) {
            assertTrue(html.body().contains(expected), "vocabulary page contains " + expected);
        }
        HttpResponse<String> ttl = get("/data/def.ttl", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        var model = Rio.parse(
                new ByteArrayInputStream(ttl.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                BASE,
                RDFFormat.TURTLE);
        assertTrue(model.contains(Values.iri("https://w3id.org/mednum-lod/def#codePostal"), null, null));
        long concepts = model.filter(
                        null,
                        Values.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                        Values.iri("http://www.w3.org/2004/02/skos/core#Concept"))
                .size();
        assertTrue(concepts >= 57 + 92, "concepts served: " + concepts);
        HttpResponse<String> jsonld = get("/data/def.jsonld", "*/*");
        assertTrue(jsonld.body().contains("\"@context\": \"" + CONTEXT + "\""), "the published context");
        assertEquals(model.size(), rio(jsonld.body(), RDFFormat.JSONLD).size(), "the same triples as the Turtle");
    }

    @Test
    void sparqlEndpointAnswersQueriesInStandardFormats() throws Exception {
        String q = java.net.URLEncoder.encode(
                "PREFIX igeo: <http://rdf.insee.fr/def/geo#> " + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a igeo:Commune }",
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> json = get("/sparql?query=" + q, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(json.body().contains("\"34969\""), json.body());
        HttpResponse<String> csv = get("/sparql?query=" + q, "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("34969"));
        HttpResponse<String> form = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+xml")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + q))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("34969"));
    }

    @Test
    void firstStartPublishesTheBundledSources() throws Exception {
        String q = java.net.URLEncoder.encode(
                "PREFIX mnl: <https://w3id.org/mednum-lod/def#> "
                        + "SELECT ?g (COUNT(?p) AS ?n) WHERE { GRAPH ?g { ?p a mnl:FicheLieu } } GROUP BY ?g ORDER BY ?g",
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/sparql?query=" + q, "text/csv");
        assertEquals(200, r.statusCode());
        // The demo sources' records, each source in its own named graph (12 buses, 188 − quarantined Charente records,
        // 1 example); the places they describe are in the places graph, each record in exactly one.
        assertTrue(r.body().contains(BASE + "/graph/source/bus-france-services-charente,12"), r.body());
        assertTrue(r.body().contains(BASE + "/graph/source/lamednum-exemple,1"), r.body());
        assertTrue(r.body().contains(BASE + "/graph/source/charente,18"), r.body());
        assertTrue(r.body().contains(BASE + "/graph/source/angers,63"), r.body());
        assertTrue(r.body().contains(BASE + "/graph/source/conumm,63"), r.body());
        String orphans = java.net.URLEncoder.encode(
                "PREFIX mnl: <https://w3id.org/mednum-lod/def#> "
                        + "SELECT (COUNT(?r) AS ?n) WHERE { ?r a mnl:FicheLieu . FILTER NOT EXISTS { GRAPH <" + BASE
                        + "/graph/lieux> { ?r mnl:lieu ?p . ?p a mnl:LieuMediationNumerique } } }",
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("n\r\n0\r\n", get("/sparql?query=" + orphans, "text/csv").body(), "every record has its place");
        String twice = java.net.URLEncoder.encode(
                "PREFIX mnl: <https://w3id.org/mednum-lod/def#> "
                        + "SELECT (COUNT(?r) AS ?n) WHERE { ?r mnl:lieu ?a , ?b FILTER(?a != ?b) }",
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("n\r\n0\r\n", get("/sparql?query=" + twice, "text/csv").body(), "and only one");
    }

    /** Issue 8: the 63 records of `angers` and the same 63 of `conumm` are 63 places, each known of both sources. */
    @Test
    void angersAndConummPublishAs63Places() throws Exception {
        String q = java.net.URLEncoder.encode("""
                PREFIX mnl: <https://w3id.org/mednum-lod/def#> PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT (COUNT(DISTINCT ?p) AS ?places) (SUM(IF(?n = 2, 1, 0)) AS ?deuxSources) WHERE {
                  { SELECT ?p (COUNT(DISTINCT ?g) AS ?n) WHERE {
                      GRAPH <%s/graph/lieux> { ?p a mnl:LieuMediationNumerique ; prov:wasDerivedFrom ?r }
                      GRAPH ?g { ?r a mnl:FicheLieu }
                      FILTER(?g IN (<%s/graph/source/angers>, <%s/graph/source/conumm>)) } GROUP BY ?p } }""".formatted(BASE, BASE, BASE), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(
                "places,deuxSources\r\n63,63\r\n",
                get("/sparql?query=" + q, "text/csv").body());
    }

    @Test
    void sparqlEndpointIsReadOnlyAndRefusesService() throws Exception {
        HttpResponse<String> update = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update refused: " + update.statusCode());
        HttpResponse<String> put = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?default"))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "graph store write refused: " + put.statusCode());
        HttpResponse<String> delete = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?default"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        HttpResponse<String> postData = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?default"))
                        .header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> ."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(
                postData.statusCode() >= 400 && postData.statusCode() < 500,
                "graph store POST refused: " + postData.statusCode());
        String ask =
                java.net.URLEncoder.encode("ASK { <urn:a> <urn:b> <urn:c> }", java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(get("/sparql?query=" + ask, "application/sparql-results+json")
                .body()
                .contains("false"));
        String service = java.net.URLEncoder.encode(
                "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> ssrf = get("/sparql?query=" + service, "application/sparql-results+json");
        assertTrue(ssrf.statusCode() >= 400, "SERVICE refused: " + ssrf.statusCode() + " " + ssrf.body());
    }

    private static final String RUNAWAY = java.net.URLEncoder.encode(
            "PREFIX igeo: <http://rdf.insee.fr/def/geo#> "
                    + "SELECT (COUNT(*) AS ?n) WHERE { ?a a igeo:Commune . ?b a igeo:Commune . ?c a igeo:Commune }",
            java.nio.charset.StandardCharsets.UTF_8);
    private static final String ASK =
            java.net.URLEncoder.encode("ASK { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void aRunawayQueryIsStoppedByTheTimeoutWhileOthersAreAnswered() throws Exception {
        var runaway = HTTP.sendAsync(request("/sparql?query=" + RUNAWAY), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertEquals(
                200,
                get("/sparql?query=" + ASK, "application/sparql-results+json").statusCode(),
                "answered while the runaway query runs");
        HttpResponse<String> r = runaway.get();
        assertEquals(503, r.statusCode(), "stopped at the timeout");
        assertEquals(
                200,
                get("/sparql?query=" + ASK, "application/sparql-results+json").statusCode(),
                "server free again");
    }

    @Test
    void beyondTheConcurrencyLimitA503SaysWhenToRetry() throws Exception {
        var first = HTTP.sendAsync(request("/sparql?query=" + RUNAWAY), HttpResponse.BodyHandlers.ofString());
        var second = HTTP.sendAsync(request("/sparql?query=" + RUNAWAY), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1000);
        HttpResponse<String> third = get("/sparql?query=" + ASK, "application/sparql-results+json");
        assertEquals(503, third.statusCode());
        assertTrue(third.headers().firstValue("Retry-After").isPresent());
        first.get();
        second.get();
        assertEquals(
                200,
                get("/sparql?query=" + ASK, "application/sparql-results+json").statusCode());
    }

    @Test
    void sparqlReadsAreOpenToOtherOrigins() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + ASK, "application/sparql-results+json");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> preflight = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300);
        assertTrue(preflight
                .headers()
                .firstValue("Access-Control-Allow-Methods")
                .orElse("")
                .contains("POST"));
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/sparql-results+json")
                .build();
    }

    @Test
    void aBrowserOpeningTheEndpointGetsTheQueryForm() throws Exception {
        HttpResponse<String> r = get("/sparql", "text/html");
        assertEquals(303, r.statusCode());
        assertEquals("/query", r.headers().firstValue("Location").orElse(null));
        HttpResponse<String> form = get("/query", "text/html");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<form action=\"/sparql\" method=\"get\">"));
        assertTrue(form.body().contains("/query?exemple=16-departements-d-une-region"), "the gallery is listed");
    }

    static java.util.stream.Stream<String> examples() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/queries/exemples"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq")).sorted().toList().stream();
        }
    }

    /** Every example query of the gallery runs and returns rows on the bundled demo data. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("examples")
    void exampleQueriesRunAndReturnRows(String file) throws Exception {
        String q = java.nio.file.Files.readString(Path.of("src/main/resources/queries/exemples", file));
        HttpResponse<String> r = get(
                "/sparql?query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), file + ": " + r.body());
        assertTrue(r.body().lines().count() > 1, file + " returns rows: " + r.body());
        HttpResponse<String> page = get("/query?exemple=" + file.replace(".rq", ""), "text/html");
        assertTrue(
                page.body()
                        .contains(q.lines()
                                .skip(1)
                                .findFirst()
                                .orElseThrow()
                                .replace("<", "&lt;")
                                .replace(">", "&gt;")),
                "the form shows the example");
    }

    @Test
    void catalogueDescribesTheReleaseInDcatAndVoid() throws Exception {
        assertEquals(
                "/data/catalogue.ttl",
                get("/catalogue", "text/turtle")
                        .headers()
                        .firstValue("Location")
                        .orElse(null));
        HttpResponse<String> ttl = get("/data/catalogue.ttl", "text/turtle");
        assertEquals(200, ttl.statusCode());
        var model = Rio.parse(
                new ByteArrayInputStream(ttl.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                BASE,
                RDFFormat.TURTLE);
        var dataset = Values.iri(BASE + "/catalogue#jeu-de-donnees");
        var type = Values.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        assertTrue(model.contains(dataset, type, Values.iri("http://www.w3.org/ns/dcat#Dataset")));
        assertTrue(model.contains(dataset, type, Values.iri("http://rdfs.org/ns/void#Dataset")));
        assertTrue(
                model.contains(Values.iri(BASE + "/catalogue"), type, Values.iri("http://www.w3.org/ns/dcat#Catalog")));
        assertTrue(model.contains(
                dataset, Values.iri("http://rdfs.org/ns/void#sparqlEndpoint"), Values.iri(BASE + "/sparql")));
        assertTrue(model.contains(dataset, Values.iri("http://purl.org/dc/terms/license"), null));
        assertEquals(
                10,
                model.filter(dataset, Values.iri("http://rdfs.org/ns/void#subset"), null).objects().stream()
                        .filter(g -> model.contains(
                                (org.eclipse.rdf4j.model.Resource) g,
                                Values.iri("http://www.w3.org/ns/sparql-service-description#name"),
                                null))
                        .count(),
                "graph subsets: vocabulary, territories, places, 5 sources, statistics and the catalogue itself");
        long triples = model.filter(dataset, Values.iri("http://rdfs.org/ns/void#triples"), null).objects().stream()
                .findFirst()
                .map(v -> Long.parseLong(v.stringValue()))
                .orElseThrow();
        assertTrue(triples > 550_000, "triples: " + triples);
        HttpResponse<String> page = get("/page/catalogue", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(BASE + "/graph/source/charente"));
        assertTrue(get("/", "text/html").body().contains("href=\"/catalogue\""));
    }

    /** Requested at localhost, the service description names the public endpoint; its graph sizes are the catalogue's. */
    @Test
    void serviceDescriptionNamesThePublicEndpointAndTheCatalogueSizes() throws Exception {
        HttpResponse<String> r = get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        var description = Rio.parse(
                new ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                BASE,
                RDFFormat.TURTLE);
        assertTrue(description.contains(null, Values.iri(sd + "endpoint"), Values.iri(BASE + "/sparql")));
        assertEquals(
                1, description.filter(null, Values.iri(sd + "endpoint"), null).size());
        var catalogue = Rio.parse(
                new ByteArrayInputStream(get("/data/catalogue.ttl", "text/turtle")
                        .body()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                BASE,
                RDFFormat.TURTLE);
        var triples = Values.iri("http://rdfs.org/ns/void#triples");
        var subsets = catalogue.filter(null, Values.iri(sd + "name"), null).subjects();
        assertEquals(10, subsets.size());
        for (var subset : subsets) {
            var graph = catalogue
                    .filter(subset, Values.iri(sd + "name"), null)
                    .objects()
                    .iterator()
                    .next();
            var size =
                    catalogue.filter(subset, triples, null).objects().iterator().next();
            var namedGraph = description
                    .filter(null, Values.iri(sd + "name"), graph)
                    .subjects()
                    .iterator()
                    .next();
            var described = description
                    .filter(namedGraph, Values.iri(sd + "graph"), null)
                    .objects()
                    .iterator()
                    .next();
            assertTrue(
                    description.contains((org.eclipse.rdf4j.model.Resource) described, triples, size),
                    graph + " has " + size);
        }
        assertEquals(
                subsets.size(),
                description.filter(null, Values.iri(sd + "namedGraph"), null).size(),
                "every graph of the store, the catalogue graph itself included, is a subset of the catalogue");
    }

    @Test
    void homePageAndStylesheet() throws Exception {
        assertEquals(200, get("/", "text/html").statusCode());
        HttpResponse<String> css = get("/css/site.css", "text/css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }
}
