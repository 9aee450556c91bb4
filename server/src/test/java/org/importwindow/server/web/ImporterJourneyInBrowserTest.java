package org.importwindow.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole single window with its bundled tariff, in headless Chromium: an importer searches for the wine line,
 * opens it, runs the calculator for 100,000 yuan of French wine on 2026-03-16 and sees 43,133.34 yuan payable
 * (shared/examples/assessments.json). Skipped only where Chromium's driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImporterJourneyInBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    /** A fresh embedded database for each run, so the journey also covers the first-start loading of the data. */
    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("iw-journey-db-");
        registry.add("importwindow.data-dir", dir::toString);
    }

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.quit(browser);
    }

    @Test
    void an_importer_searches_wine_opens_the_line_and_calculates_duty_and_taxes_on_french_wine() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://localhost:" + port + "/?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import duties and taxes, explained");

        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("22042100");
        search.submit();
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#results a[href='/tariff/commodities/22042100']")));
        hit.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("measures-MFN")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("22042100");
        Chromium.screenshot(browser, "commodity-22042100");
        browser.findElement(By.id("calculate-link")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calculator-form")));
        assertThat(browser.findElement(By.id("commodityCode")).getAttribute("value")).isEqualTo("22042100");
        // a date input's typed format follows the browser's locale; set the ISO value the form sends instead
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-16'",
                browser.findElement(By.id("date")));
        new Select(browser.findElement(By.id("origin"))).selectByValue("FR");
        new Select(browser.findElement(By.id("currency"))).selectByValue("CNY");
        browser.findElement(By.id("customsValue")).sendKeys("100000");
        browser.findElement(By.id("calculate")).click();

        WebElement total = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-payable")));
        Chromium.screenshot(browser, "calculator-result-wine-fr");
        assertThat(total.getText().replace(",", "")).isEqualTo("43133.34");
        assertThat(browser.findElement(By.id("total-duty")).getText()).isEqualTo("14,000.00");
    }
}
