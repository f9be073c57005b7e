package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A place page in headless Chromium (skipped when {@code /usr/bin/chromium} is absent): it renders, the Leaflet map
 * initialises with its marker, the console stays free of errors and no request leaves the site (no tile URL is
 * configured in tests).
 */
class PlacePageBrowserTest extends DemoSite {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void thePlacePageRendersItsMapWithoutLeavingTheSite() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Chromium and chromedriver installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024",
                "--user-data-dir=" + DATA_DIR.resolve("chromium-place-" + System.nanoTime()));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            String origin = "http://localhost:" + port;
            driver.get(origin + "/id/lieu/" + PlaceHttpTest.KEY);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.attributeToBe(By.id("carte"), "data-initialisee", "oui"));
            assertEquals(origin + "/page/lieu/" + PlaceHttpTest.KEY, driver.getCurrentUrl(), "the 303 was followed");
            assertEquals("Anonymal", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.cssSelector("#carte.leaflet-container")).isDisplayed());
            assertEquals(1, driver.findElements(By.cssSelector("#carte .leaflet-marker-icon")).size(), "one marker");
            assertEquals(0, driver.findElements(By.cssSelector("#carte .leaflet-tile")).size(), "no tiles in tests");
            assertEquals(7, driver.findElements(By.cssSelector("table.semaine tbody tr")).size());
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) driver.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            assertTrue(requested.stream().anyMatch(u -> u.endsWith("/vendor/leaflet/leaflet.js")), requested.toString());
            assertTrue(requested.stream().anyMatch(u -> u.endsWith("/vendor/leaflet/images/marker-icon.png")), requested.toString());
            assertTrue(requested.stream().allMatch(u -> u.startsWith(origin + "/")), "same origin only: " + requested);
            List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertEquals(List.of(), errors, "no console errors");
            assertFalse(driver.findElement(By.id("signaler")).getAttribute("href").isBlank());
        } finally {
            driver.quit();
        }
    }
}
