package org.mednumlod.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a random port with the bundled demo sources published on first start, shared by the
 * HTTP test classes that extend it (one Spring context, one publish). Its data folder is under {@code target/},
 * emptied once per test JVM, so that it outlives each test class while the context is cached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "logging.level.root=WARN", "mednum.sparql.timeout-ms=2000",
            "mednum.sparql.max-concurrent=2",
            "mednum.sitemap.max-urls=20000", "mednum.admin.user=" + DemoSite.ADMIN_USER,
            "mednum.admin.password=" + DemoSite.ADMIN_PASSWORD})
abstract class DemoSite {
    static final String BASE = "http://data.example.org";
    /** The report admin's account in tests (the admin is off unless an account is configured). */
    static final String ADMIN_USER = "admin-essai";
    static final String ADMIN_PASSWORD = "mot-de-passe-d-essai-42";
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final Path DATA_DIR = Path.of("target", "demo-site").toAbsolutePath();

    static {
        if (Files.exists(DATA_DIR)) {
            try (Stream<Path> walk = Files.walk(DATA_DIR)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mednum.data-dir", DATA_DIR::toString);
        registry.add("mednum.base-uri", () -> BASE);
        registry.add("mednum.sources", () -> Path.of("../data/sources.json").toAbsolutePath().normalize().toString());
        registry.add("server.tomcat.basedir", () -> DATA_DIR.resolve("tomcat").toString());
    }

    HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** One value of a SPARQL SELECT on the served release, as CSV rows without the header. */
    java.util.List<String> sparql(String query) throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.body());
        }
        return r.body().lines().skip(1).toList();
    }

    /** The bindings of a SPARQL SELECT on the served release (SPARQL 1.1 JSON results), one node per row. */
    java.util.List<com.fasterxml.jackson.databind.JsonNode> sparqlBindings(String query) throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8), "application/sparql-results+json");
        org.junit.jupiter.api.Assertions.assertEquals(200, r.statusCode(), r.body());
        java.util.List<com.fasterxml.jackson.databind.JsonNode> rows = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("results").get("bindings").forEach(rows::add);
        return rows;
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = builder(path);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
