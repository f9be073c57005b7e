package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A place page in headless Chromium (skipped when {@code /usr/bin/chromium} is absent): it renders, the Leaflet map
 * initialises with its marker, the console stays free of errors and no request leaves the site (no tile URL is
 * configured in tests).
 */
class PlacePageBrowserTest extends DemoSite {
    @Test
    void thePlacePageRendersItsMapWithoutLeavingTheSite() {
        assumeTrue(HeadlessChromium.available(), "Chromium and chromedriver installed");
        ChromeDriver driver = HeadlessChromium.start(DATA_DIR);
        try {
            String origin = "http://localhost:" + port;
            driver.get(origin + "/id/lieu/" + PlaceHttpTest.KEY);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.attributeToBe(By.id("carte"), "data-initialisee", "oui"));
            assertEquals(origin + "/page/lieu/" + PlaceHttpTest.KEY, driver.getCurrentUrl(), "the 303 was followed");
            assertEquals("Anonymal", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.cssSelector("#carte.leaflet-container"))
                    .isDisplayed());
            assertEquals(
                    1,
                    driver.findElements(By.cssSelector("#carte .leaflet-marker-icon"))
                            .size(),
                    "one marker");
            assertEquals(
                    0,
                    driver.findElements(By.cssSelector("#carte .leaflet-tile")).size(),
                    "no tiles in tests");
            assertEquals(
                    7,
                    driver.findElements(By.cssSelector("table.semaine tbody tr"))
                            .size());
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>)
                    driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
            assertTrue(
                    requested.stream().anyMatch(u -> u.endsWith("/vendor/leaflet/leaflet.js")), requested.toString());
            assertTrue(
                    requested.stream().anyMatch(u -> u.endsWith("/vendor/leaflet/images/marker-icon.png")),
                    requested.toString());
            assertTrue(requested.stream().allMatch(u -> u.startsWith(origin + "/")), "same origin only: " + requested);
            List<LogEntry> errors = HeadlessChromium.consoleErrors(driver);
            assertEquals(List.of(), errors, "no console errors");
            assertFalse(
                    driver.findElement(By.id("signaler")).getAttribute("href").isBlank());
        } finally {
            driver.quit();
        }
    }
}
