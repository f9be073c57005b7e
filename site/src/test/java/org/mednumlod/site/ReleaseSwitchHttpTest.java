package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mednumlod.endpoint.release.Releases;
import org.mednumlod.site.store.PerRelease;
import org.mednumlod.site.store.Store;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A release published by {@code mednum-lod publish} in another process while readers keep querying the running server: every request succeeds, every answer comes whole from
 * one release (its version and its number of places agree), and once the new release is seen the old one is not.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "logging.level.root=WARN",
            "mednum.release-check-ms=100",
            "mednum.sparql.max-concurrent=8",
            "mednum.sparql.timeout-ms=2000"
        })
class ReleaseSwitchHttpTest {
    private static final String BASE = "http://data.example.org";
    private static final Path SOURCES =
            Path.of("../data/sources.json").toAbsolutePath().normalize();
    private static final String QUERY = URLEncoder.encode("""
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX mnl: <https://w3id.org/mednum-lod/def#>
            SELECT ?version ?places {
              { SELECT ?version { ?d dcat:version ?version } }
              { SELECT (COUNT(?p) AS ?places) { ?p a mnl:LieuMediationNumerique } }
            }""", StandardCharsets.UTF_8);

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mednum.data-dir", () -> dataDir.toString());
        registry.add("mednum.base-uri", () -> BASE);
        registry.add("mednum.sources", SOURCES::toString);
        registry.add("server.tomcat.basedir", () -> dataDir.resolve("tomcat").toString());
    }

    private record Answer(String version, long places) {}

    @Autowired
    Store store;

    @Test
    void readersNeverFailNorSeeAHalfRelease() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Answer before = ask(http);
        // A value computed once per release (as the orientation and search indexes are): for the new release it must
        // be ready before the release is served, computed by the watcher, not by the first request.
        ConcurrentLinkedQueue<String> computed = new ConcurrentLinkedQueue<>();
        PerRelease<String> perRelease = new PerRelease<>(store, r -> {
            computed.add(r.id() + " " + Thread.currentThread().getName());
            return r.id();
        });
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/page/def"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String etagBefore = page.headers().firstValue("ETag").orElseThrow();
        assertTrue(etagBefore.contains(before.version()), etagBefore);
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, Long> placesByVersion = new ConcurrentHashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> counts = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            counts.add(readers.submit(() -> {
                int n = 0;
                boolean sawNew = false;
                while (!stop.get()) {
                    try {
                        Answer a = ask(http);
                        n++;
                        Long earlier = placesByVersion.putIfAbsent(a.version(), a.places());
                        if (earlier != null && earlier != a.places()) {
                            failures.add("version " + a.version() + " answered " + a.places() + " then " + earlier);
                        }
                        if (!a.version().equals(before.version())) {
                            sawNew = true;
                        } else if (sawNew) {
                            failures.add("the old release was seen again after the new one");
                        }
                    } catch (Exception | AssertionError e) {
                        failures.add(e.toString());
                    }
                }
                return n;
            }));
        }
        // A place of the Charente source, and one of its records: the new release withdraws them.
        List<tools.jackson.databind.JsonNode> charente = bindings(http, """
                PREFIX mnl: <https://w3id.org/mednum-lod/def#>
                SELECT ?place ?record WHERE { GRAPH <%s/graph/source/charente> { ?record a mnl:FicheLieu }
                  ?record mnl:lieu ?place . ?place mnl:nombreSources 1 } ORDER BY ?record LIMIT 1""".formatted(BASE));
        String withdrawnPlace =
                charente.get(0).get("place").get("value").asString().substring(BASE.length());
        String withdrawnRecord =
                charente.get(0).get("record").get("value").asString().substring(BASE.length());
        // `mednum-lod publish` in another process, with one of the sources and a new one: the new release has fewer
        // places, and some the first did not have.
        Path one = dataDir.resolve("une-source.json");
        Path newSource = dataDir.resolve("nouvelle.csv");
        java.nio.file.Files.writeString(newSource, """
                id,pivot,nom,commune,code_postal,adresse,date_maj
                1,,Fablab des Justices,Angers,49000,9 rue des Justices,2025-12-01
                """);
        java.nio.file.Files.writeString(one, """
                {"sources": [{"nom": "lamednum-exemple", "fichier": "%s", "licence": "etalab-2.0"},
                             {"nom": "nouvelle", "fichier": "%s", "licence": "etalab-2.0"}]}""".formatted(
                        SOURCES.resolveSibling("demo/lamednum-exemple-valide-v1.csv")
                                .toString()
                                .replace("\\", "/"),
                        newSource.toString().replace("\\", "/")));
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-Dmednum.referentiel=" + System.getProperty("mednum.referentiel", ""),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Launcher.class.getName(),
                        "publish",
                        "--sources",
                        one.toString(),
                        "--rapport",
                        dataDir.resolve("rapport").toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("publish.log").toFile());
        pb.environment().put("MEDNUM_DATA_DIR", dataDir.toString());
        pb.environment().put("MEDNUM_BASE_URI", BASE);
        Process publisher = pb.start();
        assertEquals(0, publisher.waitFor(), () -> read(dataDir.resolve("publish.log")));
        String published;
        try (Releases releases = Releases.open(dataDir, BASE)) {
            published = releases.currentId().orElseThrow();
        }
        assertNotEquals(before.version(), published);
        // The server prepares its per-release values before it serves the new release: on a loaded machine that can
        // take more than half a minute (the wait ends as soon as a reader sees it).
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!placesByVersion.containsKey(published) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        stop.set(true);
        int requests = 0;
        for (Future<Integer> f : counts) {
            requests += f.get();
        }
        readers.shutdown();
        assertTrue(failures.isEmpty(), failures.toString());
        assertTrue(requests > 20, "readers kept querying during the switch: " + requests);
        assertEquals(
                Map.of(before.version(), before.places(), published, placesByVersion.get(published)), placesByVersion);
        assertNotEquals(before.places(), placesByVersion.get(published), "the new release is a different dataset");
        assertEquals(published, ask(http).version(), "the server now serves the new release");
        assertTrue(computed.contains(published + " release-watcher"), "prepared before it was served: " + computed);
        assertEquals(published, perRelease.get());
        assertEquals(1, computed.stream().filter(c -> c.startsWith(published)).count(), "and not computed again");
        // The validators follow the release: the old ETag no longer revalidates, and the new one does.
        HttpResponse<String> after = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/page/def"))
                        .header("If-None-Match", etagBefore)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode());
        String etagAfter = after.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etagBefore, etagAfter);
        assertTrue(etagAfter.contains(published), etagAfter);
        assertNotEquals(
                page.headers().firstValue("Last-Modified"), after.headers().firstValue("Last-Modified"));
        assertEquals(
                304,
                http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/page/def"))
                                        .header("If-None-Match", etagAfter)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        // What the new release no longer publishes answers 410 (a place, its record, its source and the source's
        // graph); what it publishes first answers 303 → 200.
        for (String path : List.of(withdrawnPlace, withdrawnRecord, "/id/source/charente", "/graph/source/charente")) {
            assertEquals("410 410", answers(http, path), path);
        }
        for (String path : List.of(
                "/id/lieu/nouvelle.1", "/id/fiche/nouvelle.1", "/id/source/nouvelle", "/graph/source/nouvelle")) {
            assertEquals("303→200 303→200", answers(http, path), path);
        }
        // A rollback soon after (within the 7 s the replaced release is kept open for queries still running): the
        // earlier release is served again, and stays served once that delay is over (its delayed closing is skipped).
        try (Releases releases = Releases.open(dataDir, BASE)) {
            assertEquals(before.version(), releases.rollback());
        }
        long until = System.nanoTime() + 30_000_000_000L;
        while (!ask(http).version().equals(before.version()) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertEquals(before, ask(http), "the earlier release is served again");
        Thread.sleep(8_000); // past the grace period (timeout 2 s + 5 s) of the closing scheduled at the first switch
        assertEquals(before, ask(http), "and still answers after the closing the first switch scheduled");
        assertEquals(
                200,
                http.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/page/def"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
        // The URIs only the release left had keep answering: 410, from the URI registry; the Charente ones are back.
        for (String path : List.of(
                "/id/lieu/nouvelle.1", "/id/fiche/nouvelle.1", "/id/source/nouvelle", "/graph/source/nouvelle")) {
            assertEquals("410 410", answers(http, path), path + " after the rollback");
        }
        for (String path : List.of(withdrawnPlace, withdrawnRecord, "/id/source/charente", "/graph/source/charente")) {
            assertEquals("303→200 303→200", answers(http, path), path + " after the rollback");
        }
        HttpResponse<String> gone = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/id/fiche/nouvelle.1"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(gone.body().contains("Fablab des Justices") && gone.body().contains("Fiche retirée"), gone.body());
    }

    /** The status for HTML and for Turtle, each after a 303 if one comes: {@code "303→200 303→200"}, {@code "410 410"}. */
    private String answers(HttpClient http, String path) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String accept : List.of("text/html", "text/turtle")) {
            HttpClient noRedirect = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            HttpResponse<Void> r = noRedirect.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Accept", accept)
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String status = Integer.toString(r.statusCode());
            if (r.statusCode() == 303) {
                URI target = URI.create(r.headers().firstValue("Location").orElseThrow());
                status += "→"
                        + noRedirect
                                .send(
                                        HttpRequest.newBuilder(
                                                        URI.create("http://localhost:" + port + target.getRawPath()))
                                                .header("Accept", accept)
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
            }
            out.append(out.length() == 0 ? "" : " ").append(status);
        }
        return out.toString();
    }

    private List<tools.jackson.databind.JsonNode> bindings(HttpClient http, String query) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<tools.jackson.databind.JsonNode> rows = new java.util.ArrayList<>();
        new tools.jackson.databind.ObjectMapper()
                .readTree(r.body())
                .get("results")
                .get("bindings")
                .forEach(rows::add);
        assertTrue(!rows.isEmpty(), query);
        return rows;
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private Answer ask(HttpClient http) throws Exception {
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query=" + QUERY))
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        var rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body()));
        assertTrue(rs.hasNext(), "one row");
        QuerySolution row = rs.next();
        assertTrue(!rs.hasNext(), "a single catalogue version");
        return new Answer(
                row.getLiteral("version").getLexicalForm(),
                row.getLiteral("places").getLong());
    }
}
