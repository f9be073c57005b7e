package org.mednumlod.site.sparql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.mednumlod.endpoint.endpoint.ServiceDescription;
import org.mednumlod.endpoint.endpoint.SparqlEndpoint;

/**
 * The SPARQL protocol beyond the W3C manifest, on the same W3C release: graph results in every RDF format
 * (re-parsed by RDF4J Rio), HEAD, CORS preflight, updates refused, and the Service Description by {@code Accept}.
 */
class SparqlProtocolHttpTest extends W3cRelease {
    private static final String SD = ServiceDescription.SD;

    @ParameterizedTest(name = "{0} Accept: {1}")
    @CsvSource(textBlock = """
            construct-documents, text/turtle,           TURTLE
            construct-documents, application/ld+json,   JSONLD
            construct-documents, application/n-triples, NTRIPLES
            describe-documents,  text/turtle,           TURTLE
            describe-documents,  application/ld+json,   JSONLD
            describe-documents,  application/n-triples, NTRIPLES
            """)
    void graphResultsInEachRdfFormatReparseWithRdf4j(String query, String accept, String format) throws Exception {
        HttpResponse<byte[]> r = getQuery(query(query), accept);
        assertEquals(200, r.statusCode());
        assertEquals(accept, contentType(r));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        Model model = Rio.parse(new ByteArrayInputStream(r.body()), ENDPOINT, (RDFFormat)
                RDFFormat.class.getField(format).get(null));
        Model expected = new LinkedHashModel();
        LOADED.forEach(q -> expected.add(
                Values.iri(q.getSubject().getURI()), Values.iri(q.getPredicate().getURI()), value(q.getObject())));
        assertTrue(model.containsAll(expected), "every loaded triple is in the answer: " + model);
        if (query.startsWith("construct")) {
            assertEquals(expected.size(), model.size(), "nothing else");
        }
    }

    /**
     * Every format a client may ask for gets an answer in a format the endpoint writes, never a server error: the
     * build leaves out Protobuf (Jena's RDF Protobuf needs protobuf-java, excluded as unused), so a client asking
     * only for it gets the default of its query form; Thrift stays (Jena's RIOT needs libthrift to start).
     */
    @ParameterizedTest(name = "{0} Accept: {1}")
    @CsvSource(textBlock = """
            documents-by-graph,  application/sparql-results+json,     application/sparql-results+json
            documents-by-graph,  application/sparql-results+xml,      application/sparql-results+xml
            documents-by-graph,  text/csv,                            text/csv
            documents-by-graph,  text/tab-separated-values,           text/tab-separated-values
            documents-by-graph,  application/sparql-results+thrift,   application/sparql-results+thrift
            documents-by-graph,  application/sparql-results+protobuf, application/sparql-results+xml
            construct-documents, application/rdf+thrift,              application/rdf+thrift
            construct-documents, application/rdf+protobuf,            text/turtle
            """)
    void everyRequestedFormatGetsAWrittenAnswer(String query, String accept, String expected) throws Exception {
        HttpResponse<byte[]> r = getQuery(query(query), accept);
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(expected, contentType(r));
        assertTrue(r.body().length > 0);
    }

    private static Value value(Node n) {
        return n.isURI() ? Values.iri(n.getURI()) : Values.literal(n.getLiteralLexicalForm());
    }

    /**
     * The protocol dataset is honoured, not just tolerated: the W3C dataset tests also pass on an endpoint that
     * ignores {@code default-graph-uri} / {@code named-graph-uri} (the union default graph holds everything), so
     * here the graphs seen must be exactly those asked for. Numbers are the manifest's graphs (1 = data1…).
     */
    @ParameterizedTest(name = "default-graph-uri {0}, named-graph-uri {1}")
    @CsvSource(nullValues = "-", textBlock = """
            -,   -
            1,   -
            1 2, -
            -,   1 2
            3,   1 2
            """)
    void theProtocolDatasetChoosesTheGraphs(String defaults, String named) throws Exception {
        List<String> defaultGraphs = graphs(defaults);
        List<String> namedGraphs = graphs(named);
        StringBuilder params = new StringBuilder("?query=")
                .append(URLEncoder.encode(query("documents-by-graph"), StandardCharsets.UTF_8));
        defaultGraphs.forEach(
                g -> params.append("&default-graph-uri=").append(URLEncoder.encode(g, StandardCharsets.UTF_8)));
        namedGraphs.forEach(
                g -> params.append("&named-graph-uri=").append(URLEncoder.encode(g, StandardCharsets.UTF_8)));
        HttpResponse<byte[]> r = get(SparqlEndpoint.PATH + params, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        Set<String> seen = new TreeSet<>();
        ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON)
                .forEachRemaining(row -> seen.add(row.getLiteral("in").getString() + " "
                        + row.getResource("doc").getURI()));
        // SPARQL 1.1 Protocol §2.1.4: no dataset given → the service's own (here: union default, all named);
        // named graphs only → an empty default graph.
        boolean none = defaultGraphs.isEmpty() && namedGraphs.isEmpty();
        Set<String> expected = new TreeSet<>();
        for (Quad q : LOADED) {
            String g = q.getGraph().getURI();
            if (none || defaultGraphs.contains(g)) {
                expected.add("default " + q.getSubject().getURI());
            }
            if (none || namedGraphs.contains(g)) {
                expected.add(g + " " + q.getSubject().getURI());
            }
        }
        assertEquals(expected, seen);
    }

    private static List<String> graphs(String numbers) {
        return numbers == null
                ? List.of()
                : java.util.Arrays.stream(numbers.split(" "))
                        .map(n -> MANIFEST.graphData()
                                .get(Integer.parseInt(n) - 1)
                                .graphName())
                        .toList();
    }

    @ParameterizedTest(name = "HEAD {0}")
    @CsvSource(textBlock = """
            query,               application/sparql-results+json
            query,               text/csv
            service-description, text/turtle
            service-description, application/ld+json
            """)
    void headAnswersLikeGetWithoutABody(String what, String accept) throws Exception {
        String path = what.equals("query")
                ? SparqlEndpoint.PATH + "?query=" + URLEncoder.encode(query("select-documents"), StandardCharsets.UTF_8)
                : SparqlEndpoint.PATH;
        HttpResponse<byte[]> get = get(path, accept);
        HttpResponse<byte[]> head = HTTP.send(
                HttpRequest.newBuilder(URI.create(SITE + path))
                        .header("Accept", accept)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, get.statusCode());
        assertEquals(200, head.statusCode());
        assertEquals(accept, contentType(head));
        assertEquals(contentType(get), contentType(head));
        assertArrayEquals(new byte[0], head.body());
        assertEquals(
                "*", head.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void preflightGivesCorsHeaders() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(ENDPOINT))
                        .header("Origin", "https://example.org")
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(2, r.statusCode() / 100);
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        Set<String> methods =
                list(r.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        assertTrue(methods.containsAll(Set.of("get", "post")), methods.toString());
        Set<String> headers =
                list(r.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
        assertTrue(headers.containsAll(Set.of("content-type", "accept")), headers.toString());
    }

    private static Set<String> list(String header) {
        return java.util.Arrays.stream(header.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "POST {0}")
    @CsvSource(textBlock = """
            application/sparql-update,         ''
            application/x-www-form-urlencoded, update=
            """)
    void updatesAreRefusedAndChangeNothing(String contentType, String prefix) throws Exception {
        String update = query("insert-data");
        HttpResponse<byte[]> r = post(
                contentType, prefix.isEmpty() ? update : prefix + URLEncoder.encode(update, StandardCharsets.UTF_8));
        assertEquals(4, r.statusCode() / 100, "refused: " + r.statusCode());
        assertDataUnchanged();
    }

    @ParameterizedTest(name = "GET /sparql Accept: {0} → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                                                                 | 200 | text/turtle
            */*                                                               | 200 | text/turtle
            text/*                                                            | 200 | text/turtle
            text/turtle                                                       | 200 | text/turtle
            application/ld+json                                               | 200 | application/ld+json
            application/rdf+xml                                               | 200 | application/rdf+xml
            application/n-triples                                             | 200 | application/n-triples
            text/html;q=0.5, application/n-triples                            | 200 | application/n-triples
            text/html                                                         | 303 | -
            text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8  | 303 | -
            """)
    void serviceDescriptionByAccept(String accept, int status, String mediaType) throws Exception {
        HttpResponse<byte[]> r = get(SparqlEndpoint.PATH, accept);
        assertEquals(status, r.statusCode());
        if (status == 303) {
            assertEquals("/query", r.headers().firstValue("Location").orElse(null), "a browser gets the query form");
            return;
        }
        assertEquals(mediaType, contentType(r));
        assertTrue(
                r.headers().allValues("Vary").stream()
                        .map(SparqlProtocolHttpTest::list)
                        .anyMatch(v -> v.contains("accept")),
                "Vary: Accept (field names are case-insensitive)");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        Model sd = serviceDescription(r);
        assertTrue(sd.contains(null, Values.iri(SD + "endpoint"), Values.iri(ENDPOINT)));
        assertTrue(sd.contains(null, Values.iri(SD + "supportedLanguage"), Values.iri(SD + "SPARQL11Query")));
    }

    /** Parsed by RDF4J, except RDF/XML (no RDF4J RDF/XML parser in the build): Jena then RDF4J's model. */
    private static Model serviceDescription(HttpResponse<byte[]> r) throws Exception {
        if (contentType(r).equals("application/rdf+xml")) {
            var jena = ModelFactory.createDefaultModel();
            RDFParser.source(new ByteArrayInputStream(r.body()))
                    .lang(Lang.RDFXML)
                    .parse(jena);
            var ntriples = new java.io.StringWriter();
            jena.write(ntriples, "N-TRIPLES");
            return Rio.parse(new java.io.StringReader(ntriples.toString()), ENDPOINT, RDFFormat.NTRIPLES);
        }
        return Rio.parse(
                new ByteArrayInputStream(r.body()),
                ENDPOINT,
                Rio.getParserFormatForMIMEType(contentType(r)).orElseThrow());
    }

    @Test
    void serviceDescriptionListsTheNamedGraphsServedAndLinksTheCatalogue() throws Exception {
        Model sd = serviceDescription(get(SparqlEndpoint.PATH, "text/turtle"));
        Set<String> described = sd.filter(null, Values.iri(SD + "name"), null).objects().stream()
                .map(Value::stringValue)
                .collect(Collectors.toCollection(TreeSet::new));
        HttpResponse<byte[]> r = getQuery(query("named-graphs"), "application/sparql-results+json");
        Set<String> served = new TreeSet<>();
        ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON)
                .forEachRemaining(row -> served.add(row.getResource("g").getURI()));
        assertEquals(served, described);
        assertEquals(
                LOADED.stream().map(Quad::getGraph).map(Node::getURI).collect(Collectors.toCollection(TreeSet::new)),
                described);
        assertEquals(1, sd.filter(null, Values.iri(SD + "defaultGraph"), null).size());
        assertTrue(sd.contains(null, Values.iri(SD + "feature"), Values.iri(SD + "UnionDefaultGraph")));
        assertTrue(sd.contains(null, RDFS.SEEALSO, Values.iri(SITE + "/catalogue")));
        for (String lang : new String[] {"fr", "en"}) {
            assertTrue(
                    sd.filter(null, Values.iri("http://purl.org/dc/terms/title"), null).objects().stream()
                            .anyMatch(v -> v.isLiteral()
                                    && ((org.eclipse.rdf4j.model.Literal) v)
                                            .getLanguage()
                                            .filter(lang::equals)
                                            .isPresent()),
                    "title in " + lang);
        }
    }

    /** Every {@code sd:resultFormat} advertised is listed in {@code sparql/result-formats.csv}, and the reverse. */
    @Test
    void serviceDescriptionAdvertisesExactlyTheFormatsTested() throws Exception {
        Model sd = serviceDescription(get(SparqlEndpoint.PATH, "text/turtle"));
        Set<String> advertised = sd.filter(null, Values.iri(SD + "resultFormat"), null).objects().stream()
                .map(Value::stringValue)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tested = Files.readAllLines(resource("/sparql/result-formats.csv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> "http://www.w3.org/ns/formats/" + l.split(",")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(tested, advertised);
    }

    @ParameterizedTest(name = "{0}: {1} Accept: {2}")
    @CsvFileSource(resources = "/sparql/result-formats.csv")
    void everyAdvertisedFormatIsServed(String format, String query, String accept, String mediaType) throws Exception {
        HttpResponse<byte[]> r = getQuery(query(query), accept);
        assertEquals(200, r.statusCode());
        assertEquals(mediaType, contentType(r), format);
        assertTrue(r.body().length > 0);
    }
}
