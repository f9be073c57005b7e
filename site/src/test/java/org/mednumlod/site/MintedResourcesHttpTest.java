package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the sources, the named graphs and the statistics answer (docs/uri-policy.md), on the demo release: each
 * page says what the brief of issue 14 asks (a source's producer, licence, file, date, counts and conformance; a
 * graph's content, size and dump; an observation's figure), each RDF document carries the same facts.
 */
class MintedResourcesHttpTest extends DemoSite {
    private static final String MNL = "https://w3id.org/mednum-lod/def#";

    @Test
    void aSourceHasItsFiguresInItsPageAndItsDocument() throws Exception {
        HttpResponse<String> thing = get("/id/source/angers", "text/turtle");
        assertEquals(303, thing.statusCode());
        assertEquals(
                "/data/source/angers.ttl",
                thing.headers().firstValue("Location").orElseThrow());
        Model m = jena(get("/data/source/angers.ttl", "text/turtle").body(), Lang.TURTLE);
        Resource s = m.getResource(BASE + "/id/source/angers");
        assertEquals(63, integer(m, s, "nombreFichesLues"));
        assertEquals(63, integer(m, s, "nombreFichesPubliees"));
        assertEquals(0, integer(m, s, "nombreFichesQuarantaine"));
        assertEquals(63, integer(m, s, "nombreLieux"), "the 63 places of Angers, each also known to conumm");
        // Conformance: what the records' own measurements say, counted again here (Charente: nearly all conform).
        for (String source : new String[] {"angers", "charente"}) {
            Model facts =
                    jena(get("/data/source/" + source + ".ttl", "text/turtle").body(), Lang.TURTLE);
            long conforming =
                    Long.parseLong(sparql("""
                    PREFIX dqv: <http://www.w3.org/ns/dqv#>
                    SELECT (COUNT(?m) AS ?n) { GRAPH <%s/graph/source/%s> { ?r dqv:hasQualityMeasurement ?m .
                      ?m dqv:value true } }""".formatted(BASE, source)).get(0).trim());
            assertEquals(
                    conforming,
                    integer(facts, facts.getResource(BASE + "/id/source/" + source), "nombreFichesConformes"),
                    source);
        }
        assertTrue(
                Long.parseLong(sparql("""
                SELECT (COUNT(*) AS ?n) { GRAPH <%s/graph/source/charente> { ?r <http://www.w3.org/ns/dqv#value> true } }""".formatted(BASE)).get(0).trim()) > 100,
                "the check can tell conforming records apart");
        assertTrue(
                jena(get("/data/source/angers.jsonld", "application/ld+json").body(), Lang.JSONLD)
                        .isIsomorphicWith(m),
                "the JSON-LD document says the same");
        HttpResponse<String> page = get("/page/source/angers", "text/html");
        assertEquals(200, page.statusCode());
        for (String text : new String[] {
            "Ville d&#39;Angers",
            "angers.json",
            "Fiches lues",
            "Fiches conformes",
            "Violations",
            "href=\"/page/graph/source/angers\""
        }) {
            assertTrue(page.body().contains(text), text + " in\n" + page.body());
        }
        assertEquals(404, get("/id/source/inconnue", "text/html").statusCode());
    }

    @Test
    void aGraphSaysWhatItHoldsItsSizeAndItsDump() throws Exception {
        assertEquals(
                "/page/graph/source/conumm",
                get("/graph/source/conumm", "text/html")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow());
        HttpResponse<String> page = get("/page/graph/source/conumm", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Fiches de la source « conumm »"), page.body());
        assertTrue(page.body().contains("href=\"/telechargements/graphe-source-conumm.nq.gz\""), page.body());
        Model description =
                jena(get("/data/graph/source/conumm.ttl", "text/turtle").body(), Lang.TURTLE);
        long size = description
                .listObjectsOfProperty(description.createProperty("http://rdfs.org/ns/void#triples"))
                .next()
                .asLiteral()
                .getLong();
        HttpResponse<byte[]> dump = HTTP.send(
                builder("/telechargements/graphe-source-conumm.nq.gz").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dump.statusCode());
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body())))
                .lang(Lang.NQUADS)
                .parse(quads);
        Set<String> graphs = quads.stream().map(q -> q.getGraph().getURI()).collect(Collectors.toSet());
        assertEquals(Set.of(BASE + "/graph/source/conumm"), graphs, "the dump holds that graph only");
        assertEquals(size, quads.stream().count(), "and the size the catalogue gives");
        for (String graph :
                new String[] {"lieux", "territoires", "vocabulaire", "statistiques", "catalogue", "tombstones"}) {
            HttpResponse<String> r = get("/graph/" + graph, "text/html");
            assertEquals(303, r.statusCode(), graph);
            assertEquals(
                    200,
                    get(r.headers().firstValue("Location").orElseThrow(), "text/html")
                            .statusCode(),
                    graph);
        }
        assertTrue(
                get("/page/graph/tombstones", "text/html").body().contains("vide dans la version servie"),
                "nothing withdrawn in the demo release: the tombstone graph is empty, and says so");
        assertEquals(404, get("/graph/inconnu", "text/html").statusCode());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // an observation written in the cube, the data set, an indicator, the extent of a département
                "/statistiques/departement/16/nombre-de-lieux|Nombre de lieux de médiation numérique — Charente (Ensemble)",
                "/statistiques|Statistiques des territoires",
                "/statistiques/indicateur/communes-sans-lieu|Communes sans aucun lieu",
                "/statistiques/departement/16|schema:box",
                // a cell the sparse cube does not write: a commune of the Creuse has no place in the demo data
                "/statistiques/commune/23096/nombre-de-lieux|sa valeur est nulle"
            })
    void statisticsResourcesAnswer(String path, String text) throws Exception {
        HttpResponse<String> r = get(path, "text/html");
        assertEquals(303, r.statusCode(), path);
        String page = r.headers().firstValue("Location").orElseThrow();
        assertEquals("/page" + path, page);
        HttpResponse<String> html = get(page, "text/html");
        assertEquals(200, html.statusCode(), page);
        HttpResponse<String> ttl = get("/data" + path + ".ttl", "text/turtle");
        assertEquals(200, ttl.statusCode(), path);
        assertTrue(html.body().contains(text) || ttl.body().contains(text), text + " for " + path);
        assertTrue(!jena(ttl.body(), Lang.TURTLE).isEmpty());
    }

    @Test
    void whatTheCubeCannotHoldIsUnknown() throws Exception {
        assertEquals(
                404,
                get("/statistiques/commune/99999/nombre-de-lieux", "text/html").statusCode());
        assertEquals(
                404,
                get("/statistiques/commune/23096/communes-sans-lieu", "text/html")
                        .statusCode(),
                "communes without place are counted for groupings of communes only");
        assertEquals(
                404,
                get("/statistiques/departement/16/indicateur-inconnu", "text/html")
                        .statusCode());
    }

    private static long integer(Model m, Resource s, String property) {
        return m.listObjectsOfProperty(s, m.createProperty(MNL + property))
                .next()
                .asLiteral()
                .getLong();
    }
}
