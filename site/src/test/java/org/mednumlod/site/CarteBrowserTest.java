package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * The map and the widget in headless Chromium (skipped when Chromium is absent): the markers are the list beside
 * them; drill-down by clicking France → région → département → commune → place, filters and history held in the
 * URL (read from the orientation API, which must answer: a failure, not a skip); the widget embedded in a page of
 * another origin renders in its iframe and nothing is requested from any origin but the platform's and the
 * embedding page's.
 */
class CarteBrowserTest extends DemoSite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ChromeDriver driver;
    private String origin;

    @BeforeAll
    static void browser() {
        assumeTrue(HeadlessChromium.available(), "Chromium and chromedriver installed");
        driver = HeadlessChromium.start(DATA_DIR);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void origin() {
        origin = "http://localhost:" + port;
        HeadlessChromium.consoleErrors(driver); // drop what earlier tests left
    }

    @Test
    void theMarkersAreTheListAndNothingLeavesTheSite() {
        for (String path : List.of("/carte", "/carte?territoire=departement:16")) {
            driver.get(origin + path);
            ready();
            Map<String, String> listed = listed();
            assertFalse(listed.isEmpty(), path);
            assertEquals(listed, markers(), path + ": one marker per line of the list, same name and count");
            assertEquals(
                    0,
                    driver.findElements(By.cssSelector("#carte .leaflet-tile")).size(),
                    "no tiles in tests");
            assertSameOrigin(resources(), List.of(origin));
            assertEquals(List.of(), HeadlessChromium.consoleErrors(driver), path);
        }
    }

    @Test
    void drillsDownByClickingWithTheStateInTheUrl() throws Exception {
        assertApiAnswers();
        driver.get(origin + "/carte");
        ready();
        // France → région (a marker) → département 16 (the list) → the commune with most places (a marker).
        String region = "region:"
                + sparql("PREFIX mnl: <https://w3id.org/mednum-lod/def#> PREFIX igeo: <http://rdf.insee.fr/def/geo#> "
                                + "SELECT ?c { <" + BASE + "/id/departement/16> mnl:region/igeo:codeINSEE ?c }")
                        .get(0)
                        .strip();
        click(driver.findElement(By.cssSelector("#carte .marqueur-territoire[data-territoire='" + region + "'] span")));
        waitFor("territoire=" + region.replace(":", "%3A"), "territoire=" + region);
        assertEquals("departement", level());
        assertEquals(listed(), markers());
        driver.findElement(By.cssSelector("#carte-liste a[data-territoire='departement:16']"))
                .click();
        waitFor("territoire=departement%3A16", "territoire=departement:16");
        assertEquals("commune", level());
        Map<String, String> communes = listed();
        assertEquals(communes, markers());
        String top = communes.entrySet().stream()
                .max(java.util.Comparator.comparingLong(
                        e -> Long.parseLong(e.getValue().replaceAll("\\D", ""))))
                .orElseThrow()
                .getKey();
        WebElement marker = driver.findElements(By.cssSelector("#carte .marqueur-territoire")).stream()
                .filter(m -> m.getAttribute("title").startsWith(top + " : "))
                .findFirst()
                .orElseThrow();
        click(marker.findElement(By.tagName("span")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "lieu".equals(level()));
        ready();
        int places = driver.findElements(By.cssSelector("#carte-liste li")).size();
        assertTrue(places > 1, "places of " + top);
        assertEquals(
                String.valueOf(places),
                driver.findElement(By.id("carte")).getAttribute("data-marqueurs"),
                () -> "every place of the list is on the map (clustered); console: "
                        + HeadlessChromium.consoleErrors(driver) + ", message: "
                        + driver.findElement(By.id("carte-message")).getText());
        assertTrue(driver.getCurrentUrl().matches(".*territoire=commune(%3A|:)\\d{5}.*"), driver.getCurrentUrl());
        assertEquals(
                4,
                driver.findElements(By.cssSelector("#carte-fil li")).size(),
                "France › région › département › commune");

        // Back and forward: the URL and the list follow.
        driver.navigate().back();
        waitFor("territoire=departement%3A16", "territoire=departement:16");
        ready();
        assertEquals(communes, listed());
        driver.navigate().forward();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "lieu".equals(level()));
        ready();
        // A reload of that URL without JavaScript's help gives the same level (the URL is the state).
        String url = driver.getCurrentUrl();
        driver.navigate().refresh();
        ready();
        assertEquals("lieu", level());
        assertEquals(url, driver.getCurrentUrl());
        // Open a place.
        WebElement first = driver.findElement(By.cssSelector("#carte-liste li a"));
        String name = first.getText();
        first.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/page/lieu/"));
        assertEquals(name, driver.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), HeadlessChromium.consoleErrors(driver));
    }

    @Test
    void filtersChangeTheCountsAndLiveInTheUrl() throws Exception {
        assertApiAnswers();
        driver.get(origin + "/carte?territoire=departement:16");
        ready();
        long before = total();
        driver.findElement(By.cssSelector("#filtres summary")).click();
        WebElement box = driver.findElement(By.cssSelector("#filtres input[name=services]"));
        String service = box.getAttribute("value");
        box.click();
        waitFor("services=" + service, "services=" + service);
        ready();
        long after = total();
        var api = JSON.readTree(get(
                        "/api/territoires/comptes?niveau=commune&dans=departement:16&services=" + service,
                        "application/json")
                .body());
        assertEquals(api.get("total").asLong(), after, "the count the API gives for that filter");
        assertTrue(after < before, "a service narrows the count: " + before + " → " + after);
        assertEquals(listed(), markers());
        Map<String, String> filtered = listed();
        driver.navigate().refresh();
        ready();
        assertTrue(driver.findElement(By.cssSelector("#filtres input[value='" + service + "']"))
                .isSelected());
        assertEquals(after, total());
        assertEquals(filtered, listed());
        driver.navigate().back();
        waitFor("territoire=departement%3A16", "territoire=departement:16");
        ready();
        assertEquals(before, total(), "back: without the filter");
    }

    @Test
    void theWidgetRendersInAPageOfAnotherOriginAndRequestsNothingElsewhere() throws Exception {
        String integrer = get("/integrer?territoire=departement:16&couleur=%23aa3300", "text/html")
                .body();
        String iframe = textarea(integrer, "code-iframe");
        String component = textarea(integrer, "code-composant");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (var page :
                Map.of("/iframe.html", iframe, "/composant.html", component).entrySet()) {
            byte[] html =
                    ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Mairie</title><link rel=\"icon\" href=\"data:,\"></head>"
                                    + "<body><h1>Notre commune</h1>" + page.getValue() + "</body></html>")
                            .getBytes(StandardCharsets.UTF_8);
            server.createContext(page.getKey(), exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, html.length);
                exchange.getResponseBody().write(html);
                exchange.close();
            });
        }
        server.start();
        try {
            String other = "http://127.0.0.1:" + server.getAddress().getPort();
            for (String page : List.of("/iframe.html", "/composant.html")) {
                driver.get(other + page);
                WebElement frame = new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("iframe")));
                assertTrue(
                        frame.getAttribute("src").startsWith(origin + "/widget?territoire=departement:16"),
                        frame.getAttribute("src"));
                List<String> outer = resources();
                driver.switchTo().frame(frame);
                ready();
                assertEquals(origin + "/widget", ((String)
                        js().executeScript("return location.origin + location.pathname;")));
                Map<String, String> listed = listed();
                assertFalse(listed.isEmpty(), "the widget lists the communes of Charente");
                assertEquals(listed, markers());
                assertTrue(
                        driver.findElement(By.cssSelector(".marqueur-territoire span"))
                                .getCssValue("background-color")
                                .matches("rgba?\\(170, 51, 0(, 1)?\\)"),
                        "the chosen colour");
                List<String> inner = resources();
                driver.switchTo().defaultContent();
                List<String> all = new ArrayList<>(outer);
                all.addAll(inner);
                assertTrue(
                        all.stream().anyMatch(u -> u.startsWith(origin + "/vendor/leaflet/leaflet.js")),
                        all.toString());
                assertSameOrigin(all, List.of(origin, other));
                assertEquals(List.of(), HeadlessChromium.consoleErrors(driver), page);
            }
        } finally {
            server.stop(0);
        }
    }

    /** The map's scripts read the orientation API: when it does not answer, the map is broken, not untestable. */
    private void assertApiAnswers() throws Exception {
        var answer = get("/api/territoires/comptes?niveau=region", "application/json");
        assertEquals(
                200,
                answer.statusCode(),
                "the orientation API the map reads (/api/territoires/comptes) answers: " + answer.body());
    }

    private void ready() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.attributeToBe(By.id("carte-app"), "data-etat", "pret"));
    }

    private void waitFor(String encoded, String plain) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d ->
                        d.getCurrentUrl().contains(encoded) || d.getCurrentUrl().contains(plain));
        ready();
    }

    private String level() {
        return driver.findElement(By.id("carte-liste")).getAttribute("data-niveau");
    }

    private long total() {
        return Long.parseLong(
                driver.findElement(By.id("carte-nombre")).getText().replaceAll("\\D", ""));
    }

    /** The list beside the map: name → count text ("12 lieux"). */
    private Map<String, String> listed() {
        Map<String, String> m = new TreeMap<>();
        for (WebElement li : driver.findElements(By.cssSelector("#carte-liste li"))) {
            List<WebElement> n = li.findElements(By.className("nombre"));
            m.put(
                    li.findElement(By.tagName("a")).getText(),
                    n.isEmpty() ? "" : n.get(0).getText());
        }
        return m;
    }

    /** The territory markers: name → count text, from their titles ("Charente : 12 lieux"). */
    private Map<String, String> markers() {
        Map<String, String> m = new TreeMap<>();
        for (WebElement marker : driver.findElements(By.cssSelector("#carte .marqueur-territoire"))) {
            String title = marker.getAttribute("title");
            int at = title.lastIndexOf(" : ");
            m.put(title.substring(0, at), title.substring(at + 3));
        }
        return m;
    }

    private void click(WebElement e) {
        js().executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", e);
    }

    private JavascriptExecutor js() {
        return driver;
    }

    @SuppressWarnings("unchecked")
    private List<String> resources() {
        return (List<String>) js().executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
    }

    private static void assertSameOrigin(List<String> requested, List<String> origins) {
        for (String u : requested) {
            assertTrue(
                    origins.stream().anyMatch(o -> u.startsWith(o + "/")), "requested from " + origins + " only: " + u);
        }
    }

    private static String textarea(String html, String id) {
        Matcher m = Pattern.compile("<textarea id=\"" + id + "\"[^>]*>([^<]*)</textarea>")
                .matcher(html);
        assertTrue(m.find(), id);
        return HtmlUtils.htmlUnescape(m.group(1));
    }
}
