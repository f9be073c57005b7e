package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query page and the row cap of its interface, over HTTP and in a real browser (headless Chromium, skipped
 * when {@code /usr/bin/chromium} is not installed), on the demo data with a cap of {@value #CAP} rows.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.main.banner-mode=off",
            "logging.level.root=WARN",
            "mednum.sparql.ui-max-rows=" + QueryPageTest.CAP
        })
@DirtiesContext
class QueryPageTest {
    static final int CAP = 7;
    private static final String MARKER = "X-Mednum-Interface";
    private static final String APPLIED = "X-Mednum-Limite-Lignes";
    private static final String COMMUNES =
            "PREFIX igeo: <http://rdf.insee.fr/def/geo#> SELECT ?c WHERE { ?c a igeo:Commune }";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("mednum.data-dir", () -> dataDir.toString());
        registry.add("mednum.base-uri", () -> "http://data.example.org");
        registry.add(
                "mednum.sources",
                () -> Path.of("../data/sources.json")
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        registry.add("server.tomcat.basedir", () -> dataDir.resolve("tomcat").toString());
    }

    @ParameterizedTest(name = "{0}, marker {1}: {2} rows, cap header {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            GET  | yasgui | 7  | 7
            POST | yasgui | 7  | 7
            GET  | -      | 0  | -
            POST | -      | 0  | -
            """)
    void onlyQueriesMarkedByTheInterfaceAreCapped(String method, String marker, int rows, String applied)
            throws Exception {
        HttpResponse<String> r = sparql(method, COMMUNES, marker);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(applied, r.headers().firstValue(APPLIED).orElse(null));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains(MARKER)), "Vary: " + MARKER);
        long returned = r.body().lines().count() - 1;
        if (rows > 0) {
            assertEquals(rows, returned, "exactly the cap");
        } else {
            assertTrue(returned > 30_000, "direct clients are not capped: " + returned);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT ?c WHERE { ?c a <http://rdf.insee.fr/def/geo#Commune> } LIMIT 3                | 4
            ASK { ?c a <http://rdf.insee.fr/def/geo#Commune> }                                    | 2
            """)
    void markedQueriesWithinTheCapAreUntouched(String query, int lines) throws Exception {
        HttpResponse<String> r = sparql("POST", query, "yasgui");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue(APPLIED).isEmpty());
        assertEquals(lines, r.body().lines().count(), r.body());
    }

    @Test
    void aMarkedSyntaxErrorIsStillFusekisAnswer() throws Exception {
        assertEquals(400, sparql("POST", "SELECT * {", "yasgui").statusCode());
    }

    @Test
    void thePageStatesTheCapAndLoadsTheEditorFromTheSite() throws Exception {
        HttpResponse<String> page = get("/query?exemple=07-lieux-par-typologie");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("au plus\n    <strong>" + CAP + "</strong> lignes"), "the cap is stated");
        assertTrue(html.contains("<script src=\"/vendor/yasgui/yasgui.min.js\" defer></script>"));
        assertTrue(html.contains("data-marqueur=\"" + MARKER + "\""));
        assertTrue(
                html.contains("<div id=\"formulaire-simple\">\n  <form action=\"/sparql\" method=\"get\">"),
                "no-JS form");
        assertTrue(html.contains("data-prefixes=\"{&quot;"), "prefixes as escaped JSON");
        assertFalse(html.contains("src=\"http"), "no script or image from another origin");
        for (String[] asset : new String[][] {
            {"/vendor/yasgui/yasgui.min.js", "javascript"},
            {"/vendor/yasgui/yasgui.min.css", "text/css"},
            {"/vendor/yasgui/LICENSE.txt", "text/plain"},
            {"/vendor/yasgui/THIRD-PARTY-LICENCES.txt", "text/plain"},
            {"/js/requete.js", "javascript"},
            {"/css/requete.css", "text/css"}
        }) {
            HttpResponse<String> r = get(asset[0]);
            assertEquals(200, r.statusCode(), asset[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").contains(asset[1]), asset[0]);
        }
        assertTrue(get("/vendor/yasgui/LICENSE.txt").body().contains("MIT License"));
    }

    /** Opens /query in headless Chromium, loads an example from the gallery, runs it and reads the result table. */
    @Test
    void inABrowserAnExampleRunsAndShowsItsRowsWithoutLeavingTheSite() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium and chromedriver installed");
        String example = "07-lieux-par-typologie";
        String text = Files.readString(Path.of("src/main/resources/queries/exemples", example + ".rq"));
        long expected = sparql("GET", text, null).body().lines().count() - 1; // the endpoint's own answer, uncapped
        assertTrue(expected > 0);

        ChromeDriver driver = HeadlessChromium.start(dataDir);
        try {
            String origin = "http://localhost:" + port;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get(origin + "/query");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#editeur .yasqe .CodeMirror")));
            assertFalse(
                    driver.findElement(By.id("formulaire-simple")).isDisplayed(),
                    "the plain form gives way to the editor");

            driver.findElement(By.cssSelector("a[data-exemple='" + example + "']"))
                    .click();
            JavascriptExecutor js = driver;
            assertEquals(
                    text,
                    js.executeScript("return document.querySelector('#editeur .CodeMirror').CodeMirror.getValue();"),
                    "the example is in the editor");
            assertTrue(driver.getCurrentUrl().endsWith("/query?exemple=" + example));

            driver.findElement(By.cssSelector("#editeur .yasqe_queryButton")).click();
            wait.until(
                    ExpectedConditions.textMatches(By.id("statut-editeur"), java.util.regex.Pattern.compile("ligne")));
            List<WebElement> rows = driver.findElements(By.cssSelector("#editeur .yasr_results table tbody tr"));
            assertEquals(Math.min(expected, CAP), rows.size(), "rows shown (endpoint alone: " + expected + ")");
            assertFalse(rows.get(0).getText().isBlank());
            WebElement notice = driver.findElement(By.id("avis-plafond"));
            assertEquals(expected > CAP, notice.isDisplayed(), "cap notice: " + notice.getText());

            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>)
                    js.executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
            assertTrue(
                    requested.stream().anyMatch(u -> u.endsWith("/vendor/yasgui/yasgui.min.js")), requested.toString());
            assertTrue(
                    requested.stream().anyMatch(u -> u.endsWith("/sparql")), "the query went to /sparql: " + requested);
            assertTrue(requested.stream().allMatch(u -> u.startsWith(origin + "/")), "same origin only: " + requested);
            List<LogEntry> errors = HeadlessChromium.consoleErrors(driver);
            assertEquals(List.of(), errors, "no console errors");
            System.out.printf(
                    "browser: %d resources, %d rows shown of %d, notice '%s'%n",
                    requested.size(), rows.size(), expected, notice.getText());
        } finally {
            driver.quit();
        }
    }

    private HttpResponse<String> sparql(String method, String query, String marker) throws Exception {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder b = method.equals("GET")
                ? HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?" + form))
                        .GET()
                : HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        b.header("Accept", "text/csv");
        if (marker != null) {
            b.header(MARKER, marker);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
