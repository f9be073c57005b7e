package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.converters.SourcesFile;
import org.mednumlod.endpoint.release.Releases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Remote store mode against a separate Fuseki server (its own JVM) with two datasets: the first start publishes
 * into one of them over the Graph Store Protocol; pages and the public endpoint read it over the SPARQL Protocol;
 * a second publish goes into the other dataset and the server follows; a rollback goes back to the first, still
 * whole. The public endpoint keeps its guards (SERVICE and updates refused).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "logging.level.root=WARN",
            "mednum.release-check-ms=100",
            "mednum.sparql.timeout-ms=5000"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemoteStoreHttpTest {
    private static final String BASE = "http://data.example.org";
    private static final Path SOURCES =
            Path.of("../data/sources.json").toAbsolutePath().normalize();
    private static final String PLACES = """
            PREFIX mnl: <https://w3id.org/mednum-lod/def#>
            SELECT (COUNT(?p) AS ?n) { ?p a mnl:LieuMediationNumerique }""";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    static SeparateFuseki fuseki;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        fuseki = SeparateFuseki.start(dir.resolve("fuseki"));
        registry.add("mednum.data-dir", () -> dir.resolve("var").toString());
        registry.add("mednum.base-uri", () -> BASE);
        registry.add("mednum.sources", SOURCES::toString);
        registry.add("server.tomcat.basedir", () -> dir.resolve("tomcat").toString());
        registry.add("mednum.remote.query-urls", () -> fuseki.url("a") + "/query," + fuseki.url("b") + "/query");
        registry.add("mednum.remote.graph-store-urls", () -> fuseki.url("a") + "/data," + fuseki.url("b") + "/data");
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    private static Releases.Remote remote() {
        return new Releases.Remote(
                List.of(fuseki.url("a") + "/query", fuseki.url("b") + "/query"),
                List.of(fuseki.url("a") + "/data", fuseki.url("b") + "/data"),
                null,
                null,
                null);
    }

    @Test
    @Order(1)
    void theFirstReleaseIsInTheRemoteStoreAndServedFromIt() throws Exception {
        long places = count(fuseki.url("a") + "/query");
        assertTrue(places > 100, "demo places loaded into dataset a: " + places);
        assertEquals(0, count(fuseki.url("b") + "/query"), "dataset b waits for the next release");
        assertEquals(places, countThroughSite());
        HttpResponse<String> page = get("/page/commune/16015", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Angoulême"), "territory page read from the remote store");
        assertEquals(200, get("/page/catalogue", "text/html").statusCode());
        assertEquals(200, get("/telechargements/departement-16.csv", "text/csv").statusCode());
    }

    @Test
    @Order(2)
    void thePublicEndpointKeepsItsGuards() throws Exception {
        HttpResponse<String> service = get(
                "/sparql?query="
                        + URLEncoder.encode(
                                "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                                StandardCharsets.UTF_8),
                "*/*");
        assertEquals(400, service.statusCode());
        assertTrue(service.body().contains("SERVICE"));
        HttpResponse<String> nested = get(
                "/sparql?query="
                        + URLEncoder.encode(
                                "ASK { FILTER NOT EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                                StandardCharsets.UTF_8),
                "*/*");
        assertEquals(400, nested.statusCode(), "SERVICE inside NOT EXISTS");
        HttpResponse<String> update = HTTP.send(
                request("/sparql")
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <http://a> <http://b> <http://c> }"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update refused: " + update.statusCode());
        assertEquals(
                405,
                HTTP.send(
                                request("/sparql")
                                        .PUT(HttpRequest.BodyPublishers.ofString(""))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        assertEquals(400, get("/sparql?query=SELEC", "*/*").statusCode(), "syntax error");
        HttpResponse<String> csv =
                get("/sparql?query=" + URLEncoder.encode(PLACES, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(
                "*", csv.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    @Order(3)
    void aNewReleaseGoesToTheOtherDatasetAndARollbackComesBack() throws Exception {
        long before = countThroughSite();
        try (Releases publisher = Releases.open(dir.resolve("var"), BASE, remote())) {
            publisher.publish(SourcesFile.read(SOURCES).subList(2, 3), o -> {}, l -> {});
            long after = count(fuseki.url("b") + "/query");
            assertTrue(after > 0 && after < before, "dataset b holds the new, smaller release: " + after);
            assertEquals(before, count(fuseki.url("a") + "/query"), "dataset a still holds the previous one");
            waitFor(after);
            publisher.rollback();
            waitFor(before);
        }
    }

    private void waitFor(long places) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (countThroughSite() != places && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(places, countThroughSite(), "the server follows the pointer");
    }

    private static long count(String queryUrl) {
        try (QueryExecution qe = QueryExecution.service(queryUrl).query(PLACES).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private long countThroughSite() {
        return count("http://localhost:" + port + "/sparql");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(request(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }
}
