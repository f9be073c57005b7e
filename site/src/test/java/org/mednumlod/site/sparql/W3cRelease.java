package org.mednumlod.site.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.mednumlod.endpoint.endpoint.SparqlEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a release the test builds itself, before the Spring context starts: a TDB2 database holding
 * the W3C protocol test data ({@code ut:graphData} of the manifest, each file in the named graph the manifest
 * names), laid out as {@code Releases} expects ({@code releases/{id}/tdb2}, {@code releases/{id}/COMPLETE},
 * {@code current}), so that the store opens it without publishing anything.
 *
 * <p>The port is chosen before the start and the public base URI set to {@code http://localhost:{port}}: the site
 * is then reached at its public address, as a deployed site is, and {@code sd:endpoint} is the URL the tests
 * request. The subclasses share one application (same configuration, same Spring test context).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.main.banner-mode=off", "logging.level.root=WARN", "mednum.sparql.timeout-ms=5000"})
abstract class W3cRelease {
    static final String RELEASE = "w3c-sparql11-protocol";
    static final Path W3C = resource("/w3c");
    static final ProtocolManifest MANIFEST = new ProtocolManifest(W3C.resolve("sparql11-protocol/manifest.ttl"));
    static final int PORT = freePort();
    static final String SITE = "http://localhost:" + PORT;
    static final String ENDPOINT = SITE + SparqlEndpoint.PATH;
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** The quads loaded, read again from the files into memory: what the endpoint must go on serving. */
    static final Set<Quad> LOADED = new HashSet<>();

    static final Path DATA_DIR = prepareRelease();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("mednum.base-uri", () -> SITE);
        registry.add("mednum.data-dir", DATA_DIR::toString);
        registry.add("mednum.sources", () -> DATA_DIR.resolve("no-sources.json").toString());
        registry.add("server.tomcat.basedir", () -> DATA_DIR.resolve("tomcat").toString());
    }

    private static Path prepareRelease() {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "w3c-release-");
            Path release = dir.resolve("releases").resolve(RELEASE);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(release.resolve("tdb2")));
            DatasetGraph memory = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(
                    dsg,
                    () -> MANIFEST.graphData().forEach(g -> {
                        var graph = NodeFactory.createURI(g.graphName());
                        RDFParser.source(g.file())
                                .parse(StreamRDFLib.extendTriplesToQuads(graph, StreamRDFLib.dataset(dsg)));
                        RDFParser.source(g.file())
                                .parse(StreamRDFLib.extendTriplesToQuads(graph, StreamRDFLib.dataset(memory)));
                    }));
            memory.find().forEachRemaining(LOADED::add);
            Files.writeString(release.resolve("COMPLETE"), "built by " + W3cRelease.class.getSimpleName() + "\n");
            Files.writeString(dir.resolve("current"), RELEASE + "\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(W3cRelease.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A query of the test resources ({@code sparql/NAME.rq}). */
    static String query(String name) {
        try {
            return Files.readString(resource("/sparql/" + name + ".rq"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<byte[]> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SITE + pathAndQuery));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> getQuery(String sparql, String accept) throws IOException, InterruptedException {
        return get(SparqlEndpoint.PATH + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), accept);
    }

    static HttpResponse<byte[]> post(String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(ENDPOINT))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers()
                .firstValue("Content-Type")
                .orElse("")
                .split(";")[0]
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Every quad the endpoint serves, read over HTTP, equals what the test loaded. */
    static void assertDataUnchanged() throws IOException, InterruptedException {
        HttpResponse<byte[]> r = getQuery(query("all-quads"), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        Set<Quad> served = new HashSet<>();
        rs.forEachRemaining(row -> served.add(Quad.create(
                row.get("g").asNode(),
                row.get("s").asNode(),
                row.get("p").asNode(),
                row.get("o").asNode())));
        assertEquals(LOADED, served, "the served data is the data loaded");
    }
}
