package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages people read, checked in headless Chromium by axe-core (the accessibility engine, installed by the
 * build's {@code npm ci} as a development dependency, not served): no violation of WCAG 2.1 A / AA rules —
 * headings, landmarks, labels, contrast, names of links and controls. Skipped when Chromium is absent.
 * YASGUI's own widget is left out of the check (third-party markup); the rest of the query page is checked.
 */
class AccessibilityBrowserTest extends DemoSite {
    private static final Path AXE = Path.of("target", "frontend", "node_modules", "axe-core", "axe.min.js");
    private static ChromeDriver driver;
    private static String axe;

    @BeforeAll
    static void browser() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium and chromedriver installed");
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        driver = HeadlessChromium.start(DATA_DIR);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @org.junit.jupiter.api.Test
    void aDepartementMapShowsThePlacesOfItsPageWithoutLeavingTheSite() {
        String origin = "http://localhost:" + port;
        driver.get(origin + "/page/departement/16");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(
                        org.openqa.selenium.By.id("carte"), "data-initialisee", "oui"));
        int listed = driver.findElements(org.openqa.selenium.By.cssSelector("ul.lieux > li"))
                .size();
        int markers = driver.findElements(org.openqa.selenium.By.cssSelector("#carte .leaflet-marker-icon"))
                .size();
        org.junit.jupiter.api.Assertions.assertTrue(
                listed > 0 && markers > 0 && markers <= listed,
                "markers " + markers + " for " + listed + " places listed on the page");
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>)
                driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
        org.junit.jupiter.api.Assertions.assertTrue(
                requested.stream().allMatch(u -> u.startsWith(origin + "/")), "same origin only: " + requested);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/",
                "/page/commune/16015",
                "/page/departement/16",
                "/page/epci/244900015",
                "/page/lieu/" + PlaceHttpTest.KEY,
                "/query",
                "/telechargements",
                "/page/catalogue",
                "/page/def",
                "/page/code/itinerance/fixe",
                "/recherche?q=angou",
                "/page/commune/99999",
                "/signalements/nouveau?lieu=" + PlaceHttpTest.KEY,
                "/signalements/merci?lieu=" + PlaceHttpTest.KEY,
                "http://" + ADMIN_USER + ":" + ADMIN_PASSWORD + "@localhost:PORT/admin/signalements",
                "/orientation",
                "/orientation?services=aide-aux-demarches-administratives&frais=gratuit&commune=16015&jour=samedi",
                "/orientation?commune=Beaulieu",
                "/carte",
                "/carte?territoire=departement:16",
                "/carte?territoire=commune:16015",
                "/integrer",
                "/integrer?territoire=departement:16",
                "/integrer?territoire=charente",
                "/widget?territoire=departement:16",
                "/widget?territoire=commune:16015&mode=recherche"
            })
    void noAccessibilityViolation(String path) {
        driver.get(
                path.startsWith("http")
                        ? path.replace("PORT", Integer.toString(port))
                        : "http://localhost:" + port + path);
        if (path.contains("/admin/")) {
            assertEquals("Signalements — mednum-lod", driver.getTitle(), "the admin page itself, logged in");
        }
        driver.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({ exclude: [['.yasgui']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' — ' + n.failureSummary) }))))
                  .catch(e => done([{ id: 'axe-error', help: String(e) }]));
                """);
        assertEquals(List.of(), violations, path);
    }
}
