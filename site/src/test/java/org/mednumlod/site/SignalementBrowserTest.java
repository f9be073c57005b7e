package org.mednumlod.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Signaler une erreur » as a person does it, in headless Chromium (skipped when absent): the place page's link
 * leads to the form, ticking a field, typing what is wrong and sending it shows the French confirmation; the report
 * is then in the admin's CSV. The honeypot cannot be reached with the keyboard and is hidden from assistive
 * technologies.
 */
class SignalementBrowserTest extends SignalementSite {
    @Test
    void aPersonReportsAnErrorFromThePlacePage() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Chromium and chromedriver installed");
        ChromeDriver driver = HeadlessChromium.start(DATA_DIR);
        try {
            String origin = "http://localhost:" + port;
            driver.get(origin + "/page/lieu/" + PlaceHttpTest.KEY);
            driver.findElement(By.id("signaler")).click();
            assertTrue(driver.getCurrentUrl().endsWith("#signalement"));
            WebElement piege = driver.findElement(By.id("signalement-site"));
            assertFalse(piege.isDisplayed() && piege.getRect().getX() >= 0, "the honeypot is off-screen");
            assertEquals("-1", piege.getAttribute("tabindex"));
            assertEquals("true", driver.findElement(By.cssSelector(".piege")).getAttribute("aria-hidden"));
            driver.findElement(By.cssSelector("label[for=signalement-champ-horaires]"))
                    .click();
            driver.findElement(By.cssSelector("label[for=signalement-champ-lieu-ferme]"))
                    .click();
            String text = "Le lieu a fermé en janvier. " + UUID.randomUUID();
            driver.findElement(By.id("signalement-texte")).sendKeys(text);
            driver.findElement(By.id("signalement-courriel")).sendKeys("voisin@exemple.fr");
            driver.findElement(By.cssSelector("form.signalement button[type=submit]"))
                    .click();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlContains("/signalements/merci"));
            assertEquals(
                    "Merci, votre signalement a bien été enregistré",
                    driver.findElement(By.tagName("h1")).getText());
            assertEquals(
                    origin + "/page/lieu/" + PlaceHttpTest.KEY,
                    driver.findElement(By.linkText("Retour à la fiche du lieu")).getAttribute("href"));
            assertEquals(List.of(), HeadlessChromium.consoleErrors(driver), "no console errors");
            var row = csv("").stream()
                    .filter(c -> c.get("texte").equals(text))
                    .findFirst()
                    .orElseThrow();
            assertEquals("horaires lieu-ferme", row.get("champs"));
            assertEquals("voisin@exemple.fr", row.get("courriel"));
        } finally {
            driver.quit();
        }
    }
}
