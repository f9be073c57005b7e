package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /orientation}: the server-rendered page (state in the URL), the commune typed by people resolved from the
 * territory graph, and the whole path in headless Chromium (tick, submit, results, URL, back button).
 */
class OrientationPageTest extends DemoSite {

    @Test
    void thePageListsTheResultsWithDistanceStatusAndTheSparqlQuery() throws Exception {
        HttpResponse<String> r = get(
                "/orientation?services=aide-aux-demarches-administratives&frais=gratuit" + "&commune=16015&rayon=20",
                "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String cache = r.headers().firstValue("Cache-Control").orElseThrow();
        assertTrue(cache.contains("max-age=60"), cache);
        String html = r.body();
        assertTrue(html.contains("10 lieux"), "the 10 hand-checked places of OrientationApiHttpTest");
        assertTrue(html.contains("href=\"/page/lieu/charente~35d0f3fb4fb68342\""), "nearest first");
        assertTrue(html.indexOf("charente~35d0f3fb4fb68342") < html.indexOf("charente~bfa526891be965c3"));
        assertTrue(html.matches("(?s).*— [0-9]+,[0-9] km.*"), "distances in km with a French comma");
        assertTrue(html.contains("/query?requete="), "link to the SPARQL editor");
        assertTrue(html.contains("mnl:service"), "the SPARQL query shown");
        assertTrue(
                html.contains("id=\"services-aide-aux-demarches-administratives\"")
                        && html.matches("(?s).*id=\"services-aide-aux-demarches-administratives\"[^>]*checked.*"),
                "state kept");
        for (String legend : List.of(
                "Besoins",
                "Apprentissage de base",
                "Démarches",
                "Culture numérique",
                "Manque de matériel",
                "Publics spécifiquement adressés",
                "Prise en charge spécifique",
                "Frais à charge",
                "Modalités d&#39;accès",
                "Dispositifs et programmes nationaux",
                "Formations et labels",
                "Accessibilité et rendez-vous",
                "Disponibilité",
                "Localisation")) {
            assertTrue(
                    html.contains("<legend>" + legend + "</legend>") || html.contains(">" + legend + "</legend>"),
                    legend);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Angers      | 49007
            angoulême   | 16015
            16000       | 16015
            49007       |
            """)
    void aCommuneTypedByNameOrPostcodeIsResolved(String typed, String code) throws Exception {
        HttpResponse<String> r = get(
                "/orientation?services=aide-aux-demarches-administratives&commune="
                        + java.net.URLEncoder.encode(typed, StandardCharsets.UTF_8),
                "text/html");
        if (code == null) {
            assertEquals(200, r.statusCode(), "an INSEE code is used as it is");
            return;
        }
        assertEquals(302, r.statusCode(), "a redirect to the same search with the commune's INSEE code");
        String location = URLDecoder.decode(r.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(
                location.endsWith("/orientation?services=aide-aux-demarches-administratives&commune=" + code),
                location);
    }

    @Test
    void anAmbiguousNameOffersAChoiceAndAnUnknownOneSaysSo() throws Exception {
        String html =
                get("/orientation?commune=Beaulieu&jour=samedi", "text/html").body();
        assertTrue(html.contains("Plusieurs communes correspondent"), html);
        long choices = html.lines()
                .filter(l -> l.contains("href=\"/orientation?jour=samedi&amp;commune="))
                .count();
        assertTrue(choices > 2, "several Beaulieu: " + choices);
        String none = get("/orientation?commune=%3Cscript%3Exx", "text/html").body();
        assertTrue(none.contains("Aucune commune ne correspond à « <span>&lt;script&gt;xx</span> »"), "escaped");
        assertFalse(none.contains("<script>xx"));
    }

    @Test
    void aRefusedValueIsA400Page() throws Exception {
        HttpResponse<String> r = get("/orientation?services=inconnu", "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("aide-aux-demarches-administratives"), "the allowed values are listed");
    }

    @Test
    void inABrowserTheStateLivesInTheUrlAndTheBackButtonRestoresIt() {
        assumeTrue(HeadlessChromium.available(), "Chromium and chromedriver installed");
        ChromeDriver driver = HeadlessChromium.start(DATA_DIR);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get("http://localhost:" + port + "/orientation");
            driver.findElement(By.id("services-parentalite-et-education-avec-le-numerique"))
                    .click();
            driver.findElement(By.cssSelector("#criteres button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("services=parentalite-et-education-avec-le-numerique"));
            assertEquals(
                    "2 lieux",
                    driver.findElement(By.id("titre-resultats")).getText().trim());
            assertEquals(
                    2,
                    driver.findElements(By.cssSelector("ol.lieux-trouves > li")).size());
            String first = driver.getCurrentUrl();

            driver.findElement(By.id("services-loisirs-et-creations-numeriques"))
                    .click();
            driver.findElement(By.cssSelector("#criteres button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("services=loisirs-et-creations-numeriques"));
            assertEquals(
                    "7 lieux",
                    driver.findElement(By.id("titre-resultats")).getText().trim());

            driver.navigate().back();
            wait.until(ExpectedConditions.urlToBe(first));
            assertEquals(
                    "2 lieux",
                    driver.findElement(By.id("titre-resultats")).getText().trim());
            assertTrue(driver.findElement(By.id("services-parentalite-et-education-avec-le-numerique"))
                    .isSelected());
            assertFalse(driver.findElement(By.id("services-loisirs-et-creations-numeriques"))
                    .isSelected());

            driver.findElement(By.cssSelector("ol.lieux-trouves > li a")).click();
            wait.until(ExpectedConditions.urlContains("/page/lieu/"));
            assertEquals(List.of(), HeadlessChromium.consoleErrors(driver));
        } finally {
            driver.quit();
        }
    }
}
