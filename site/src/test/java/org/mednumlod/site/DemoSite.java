package org.mednumlod.site;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.eclipse.rdf4j.rio.ParserConfig;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.junit.jupiter.api.Assertions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a random port with the bundled demo sources published on first start, shared by the
 * HTTP test classes that extend it (one Spring context, one publish). Its data folder is under {@code target/},
 * emptied once per test JVM, so that it outlives each test class while the context is cached.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "logging.level.root=WARN",
            "mednum.sparql.timeout-ms=2000",
            "mednum.sparql.max-concurrent=2",
            "mednum.sitemap.max-urls=20000",
            "mednum.admin.user=" + DemoSite.ADMIN_USER,
            "mednum.admin.password=" + DemoSite.ADMIN_PASSWORD
        })
abstract class DemoSite {
    static final String BASE = "http://data.example.org";
    /** The published JSON-LD context every JSON-LD document of the site names. */
    static final String CONTEXT = BASE + "/ns/context.jsonld";
    /** The report admin's account in tests (the admin is off unless an account is configured). */
    static final String ADMIN_USER = "admin-essai";

    static final String ADMIN_PASSWORD = "mot-de-passe-d-essai-42";
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
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
        registry.add(
                "mednum.sources",
                () -> Path.of("../data/sources.json")
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        registry.add("server.tomcat.basedir", () -> DATA_DIR.resolve("tomcat").toString());
    }

    HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    /** One value of a SPARQL SELECT on the served release, as CSV rows without the header. */
    java.util.List<String> sparql(String query) throws Exception {
        HttpResponse<String> r = get(
                "/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                "text/csv");
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.body());
        }
        return r.body().lines().skip(1).toList();
    }

    /** The bindings of a SPARQL SELECT on the served release (SPARQL 1.1 JSON results), one node per row. */
    java.util.List<tools.jackson.databind.JsonNode> sparqlBindings(String query) throws Exception {
        HttpResponse<String> r = get(
                "/sparql?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                "application/sparql-results+json");
        org.junit.jupiter.api.Assertions.assertEquals(200, r.statusCode(), r.body());
        java.util.List<tools.jackson.databind.JsonNode> rows = new java.util.ArrayList<>();
        new tools.jackson.databind.ObjectMapper()
                .readTree(r.body())
                .get("results")
                .get("bindings")
                .forEach(rows::add);
        return rows;
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = builder(path);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A document of the site read by Jena; JSON-LD with the published context served by this site (never fetched
     * from the base URI, which is not this server).
     */
    Model jena(String body, Lang lang) throws Exception {
        Model m = ModelFactory.createDefaultModel();
        Context context = new Context();
        JsonLdOptions options = new JsonLdOptions();
        String contextBody = get("/ns/context.jsonld", "application/ld+json").body();
        options.setDocumentLoader((url, o) -> {
            Assertions.assertEquals(CONTEXT, url.toString(), "only the published context is loaded");
            return JsonDocument.of(new StringReader(contextBody));
        });
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        RDFParser.fromString(body, lang).context(context).base(BASE).parse(m);
        return m;
    }

    /** The same document read by RDF4J (Rio), the published context whitelisted and served by this site. */
    org.eclipse.rdf4j.model.Model rio(String body, RDFFormat format) throws Exception {
        String contextBody = get("/ns/context.jsonld", "application/ld+json").body();
        ParserConfig config = new ParserConfig();
        config.set(JSONLDSettings.WHITELIST, Set.of(CONTEXT));
        config.set(JSONLDSettings.DOCUMENT_LOADER, (url, o) -> {
            Assertions.assertEquals(CONTEXT, url.toString(), "only the published context is loaded");
            return no.hasmac.jsonld.document.JsonDocument.of(new StringReader(contextBody));
        });
        var parser = Rio.createParser(format);
        parser.setParserConfig(config);
        var model = new org.eclipse.rdf4j.model.impl.LinkedHashModel();
        parser.setRDFHandler(new org.eclipse.rdf4j.rio.helpers.StatementCollector(model));
        parser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BASE);
        return model;
    }
}
