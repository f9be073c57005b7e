package org.mednumlod.site.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mednumlod.endpoint.endpoint.ServiceDescription;
import org.mednumlod.endpoint.endpoint.SparqlEndpoint;

/**
 * The W3C SPARQL 1.1 Protocol tests (34) and Service Description tests (3), read from the manifests shipped in
 * {@code src/test/resources/w3c/}, run against the site on the W3C data. Query tests must pass as written. The
 * endpoint is read-only by design: an update the manifest expects to succeed must be refused (4xx), its effect
 * — checked by the manifest's own follow-up query — absent. After every test, every quad served is compared
 * with the data loaded.
 */
class W3cProtocolConformanceTest extends W3cRelease {
    private static final Map<String, Lang> BOOLEAN = Map.of(
            "application/sparql-results+xml",
            ResultSetLang.RS_XML,
            "application/sparql-results+json",
            ResultSetLang.RS_JSON);
    private static final Map<String, Lang> TABULAR = Map.of(
            "application/sparql-results+xml",
            ResultSetLang.RS_XML,
            "application/sparql-results+json",
            ResultSetLang.RS_JSON,
            "text/csv",
            ResultSetLang.RS_CSV,
            "text/tab-separated-values",
            ResultSetLang.RS_TSV);
    /** "RDF/XML, Turtle, N-Triples, RDFa" (the manifest's names): RDFa is not something an endpoint writes. */
    private static final List<String> RDF_TYPES =
            List.of("application/rdf+xml", "text/turtle", "application/n-triples");

    @TestFactory
    Stream<DynamicTest> protocolTests() {
        List<ProtocolManifest.ProtocolTest> tests = MANIFEST.tests();
        assertEquals(34, tests.size(), "mf:entries");
        // Cross-check of the classification (by content type and parameters) against the manifest's own naming.
        assertEquals(
                tests.stream()
                        .filter(t -> t.id().startsWith("update_"))
                        .map(ProtocolManifest.ProtocolTest::id)
                        .toList(),
                tests.stream()
                        .filter(ProtocolManifest.ProtocolTest::expectsUpdateToSucceed)
                        .map(ProtocolManifest.ProtocolTest::id)
                        .toList());
        return tests.stream()
                .map(t -> t.expectsUpdateToSucceed()
                        ? DynamicTest.dynamicTest(
                                t.id() + " — read-only: update refused (" + t.name() + ")", () -> refused(t))
                        : DynamicTest.dynamicTest(t.id() + " — " + t.name(), () -> conforms(t)));
    }

    private void conforms(ProtocolManifest.ProtocolTest test) throws Exception {
        for (ProtocolManifest.Request request : test.requests()) {
            HttpResponse<byte[]> r = send(request);
            String what = request.method() + " " + request.absolutePath() + " → " + r.statusCode() + " "
                    + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(request.expected().accepts(r.statusCode()), what);
            if (r.statusCode() / 100 == 2) {
                Boolean answer = checkFormat(request.expected(), r);
                if (request.expected().bool() != null) {
                    assertEquals(request.expected().bool(), answer, what);
                }
            }
        }
        assertDataUnchanged();
    }

    private void refused(ProtocolManifest.ProtocolTest test) throws Exception {
        HttpResponse<byte[]> update = send(test.requests().get(0));
        assertEquals(4, update.statusCode() / 100, "update refused: " + update.statusCode());
        for (ProtocolManifest.Request check :
                test.requests().subList(1, test.requests().size())) {
            assertFalse(check.isUpdate(), "follow-up requests of update tests are queries");
            HttpResponse<byte[]> r = send(check);
            assertEquals(2, r.statusCode() / 100);
            Boolean answer = checkFormat(check.expected(), r);
            if (check.expected().bool() != null) {
                assertEquals(!check.expected().bool(), answer, "the update's effect is absent");
            }
        }
        assertDataUnchanged();
    }

    /** The manifest writes {@code /sparql/}: the path prefix is to be replaced by the endpoint's own (§ comment). */
    private static HttpResponse<byte[]> send(ProtocolManifest.Request request)
            throws IOException, InterruptedException {
        String path = request.absolutePath().replaceFirst("^/sparql/", SparqlEndpoint.PATH);
        byte[] body = request.body();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SITE + path))
                .method(
                        request.method(),
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        request.headers().forEach(h -> b.header(h.name(), h.value()));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Checks the media type fits {@code mf:expectedFormat} and the body parses; returns the boolean of an ASK. */
    private static Boolean checkFormat(ProtocolManifest.Expected expected, HttpResponse<byte[]> r) throws IOException {
        String type = contentType(r);
        ByteArrayInputStream body = new ByteArrayInputStream(r.body());
        if (expected.format() == null) {
            return expected.bool() == null ? null : ResultSetMgr.readBoolean(body, BOOLEAN.get(type));
        }
        switch (expected.format()) {
            case "boolean" -> {
                assertTrue(BOOLEAN.containsKey(type), "boolean result as XML or JSON: " + type);
                return ResultSetMgr.readBoolean(body, BOOLEAN.get(type));
            }
            case "tabular" -> {
                assertTrue(TABULAR.containsKey(type), "tabular result as XML, JSON, CSV or TSV: " + type);
                assertFalse(ResultSetMgr.read(body, TABULAR.get(type))
                        .getResultVars()
                        .isEmpty());
                return null;
            }
            case "RDF" -> {
                assertTrue(RDF_TYPES.contains(type), "RDF result as RDF/XML, Turtle or N-Triples: " + type);
                if (type.equals("application/rdf+xml")) {
                    RDFParser.source(body).lang(Lang.RDFXML).parse(ModelFactory.createDefaultModel());
                } else {
                    Rio.parse(body, "", Rio.getParserFormatForMIMEType(type).orElseThrow());
                }
                return null;
            }
            default -> throw new IllegalStateException("unknown mf:expectedFormat " + expected.format());
        }
    }

    // --- Service Description ---

    private static final Path SD_MANIFEST = W3C.resolve("sparql11-service-description/manifest.ttl");

    /**
     * The three tests name no request (see the manifest's SOURCES.md): each check is the one the 2012 validator made,
     * on a GET of the endpoint URL with no query string and no {@code Accept}.
     */
    private static final Map<String, ServiceDescriptionCheck> SD_CHECKS = Map.of(
            "returns-rdf",
                    (r, model) -> {
                        assertEquals(200, r.statusCode());
                        assertTrue(
                                Rio.getParserFormatForMIMEType(contentType(r)).isPresent(),
                                "an RDF media type: " + contentType(r));
                        assertFalse(Rio.parse(
                                        new ByteArrayInputStream(r.body()),
                                        ENDPOINT,
                                        Rio.getParserFormatForMIMEType(contentType(r))
                                                .orElseThrow())
                                .isEmpty());
                    },
            "has-endpoint-triple",
                    (r, model) -> assertTrue(
                            model.contains(
                                    null,
                                    model.createProperty(ServiceDescription.SD, "endpoint"),
                                    model.createResource(ENDPOINT)),
                            "?service sd:endpoint <" + ENDPOINT + ">"),
            "conforms-to-schema",
                    (r, model) -> {
                        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(W3C.resolve("service-description-shapes.ttl")
                                .toUri()
                                .toString()));
                        ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
                        assertTrue(
                                report.conforms(),
                                () -> "SHACL report:\n"
                                        + org.apache.jena.riot.RDFWriter.source(report.getModel())
                                                .lang(Lang.TURTLE)
                                                .asString());
                        // The shapes can fail: the same description with a named graph stripped of its sd:name does not
                        // conform.
                        Model broken = ModelFactory.createDefaultModel().add(model);
                        Resource namedGraph = broken.listSubjectsWithProperty(
                                        RDF.type, broken.createResource(ServiceDescription.SD + "NamedGraph"))
                                .next();
                        broken.removeAll(namedGraph, broken.createProperty(ServiceDescription.SD, "name"), null);
                        assertFalse(ShaclValidator.get()
                                .validate(shapes, broken.getGraph())
                                .conforms());
                    });

    interface ServiceDescriptionCheck {
        void check(HttpResponse<byte[]> response, Model description) throws Exception;
    }

    @TestFactory
    Stream<DynamicTest> serviceDescriptionTests() {
        Model manifest = RDFDataMgr.loadModel(SD_MANIFEST.toUri().toString());
        Resource testType = manifest.createResource(ProtocolManifest.MF + "ServiceDescriptionTest");
        List<Resource> tests =
                manifest.listSubjectsWithProperty(RDF.type, testType).toList();
        assertEquals(3, tests.size());
        return tests.stream()
                .map(t -> DynamicTest.dynamicTest(
                        t.getLocalName() + " — "
                                + t.getProperty(manifest.createProperty(ProtocolManifest.MF, "name"))
                                        .getString(),
                        () -> {
                            ServiceDescriptionCheck check = SD_CHECKS.get(t.getLocalName());
                            if (check == null) {
                                fail("no check for " + t.getLocalName());
                            }
                            HttpResponse<byte[]> r = HTTP.send(
                                    HttpRequest.newBuilder(URI.create(ENDPOINT)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            assertEquals(200, r.statusCode());
                            Lang lang = RDFLanguages.contentTypeToLang(contentType(r));
                            assertNotNull(lang, contentType(r));
                            Graph g = RDFParser.source(new ByteArrayInputStream(r.body()))
                                    .lang(lang)
                                    .base(ENDPOINT)
                                    .toGraph();
                            check.check(r, ModelFactory.createModelForGraph(g));
                        }));
    }

    private static final Pattern SOURCES_ROW =
            Pattern.compile("^\\| `([^`]+)` \\| (?:`[0-9a-f]{40}` \\| )?`([0-9a-f]{64})` \\|", Pattern.MULTILINE);
    private static final Pattern SOURCES_INLINE = Pattern.compile("`([0-9a-f]{40})` / `([0-9a-f]{64})`");

    /** The shipped copies are byte for byte those listed (SHA-256) in each folder's SOURCES.md. */
    @Test
    void copiesAreByteForByte() throws Exception {
        int checked = 0;
        for (String folder : List.of("sparql11-protocol", "sparql11-service-description")) {
            Path dir = W3C.resolve(folder);
            String sources = Files.readString(dir.resolve("SOURCES.md"));
            Matcher rows = SOURCES_ROW.matcher(sources);
            while (rows.find()) {
                assertEquals(rows.group(2), sha256(dir.resolve(rows.group(1))), folder + "/" + rows.group(1));
                checked++;
            }
            Matcher inline = SOURCES_INLINE.matcher(sources);
            if (inline.find()) {
                assertEquals(inline.group(2), sha256(dir.resolve("manifest.ttl")), folder + "/manifest.ttl");
                checked++;
            }
        }
        assertEquals(5, checked, "4 protocol files and 1 service-description manifest");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
