package org.importwindow.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.importwindow.assessment.AssessmentRequest;
import org.importwindow.assessment.Assessor;
import org.importwindow.assessment.InvalidRequestException;
import org.importwindow.assessment.Violation;
import org.importwindow.server.tariff.TariffCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The calculator's behaviour in a real browser, on the hand-made tariff and a stubbed engine so that it does not
 * depend on the bundled data: the error summary links move focus to the field, the language switch keeps the
 * answers, and a "what if" link claims another arrangement. Only the pages are started (no database, no security);
 * a plain configuration nested in the test (not a SpringBootConfiguration), so that the application's component scan
 * and the other tests of this package never pick it up.
 */
@SpringBootTest(classes = CalculatorInBrowserTest.PagesOnly.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalculatorInBrowserTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = {
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
    @Import({HomePageController.class, TariffPageController.class, CalculatorPageController.class, CountryPageController.class,
            PageModelAdvice.class, WebLocaleConfiguration.class, AsOfDate.class})
    static class PagesOnly {
        @Bean
        Assessor assessor() {
            Assessor assessor = mock(Assessor.class);
            when(assessor.assess(argThat(r -> r != null && "22042100".equals(r.items().get(0).commodityCode()))))
                    .thenAnswer(call -> SmallTariff.wineWithoutProofOfOrigin(
                            call.<AssessmentRequest>getArgument(0).items().get(0).origin()));
            when(assessor.assess(argThat(r -> r != null && !"22042100".equals(r.items().get(0).commodityCode()))))
                    .thenThrow(new InvalidRequestException(List.of(new Violation("ASM-002",
                            "items[0].commodityCode", "unknown commodity code"))));
            return assessor;
        }

        @Bean
        TariffCatalogue tariffCatalogue(Assessor assessor) {
            return new TariffCatalogue(SmallTariff.snapshot(assessor));
        }
    }

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TariffCatalogue catalogue;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.quit(browser);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void a_wrong_code_shows_an_error_summary_whose_link_takes_the_user_to_the_field() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(base() + "/calculator?lang=en&date=2026-03-16&origin=FR&customsValue=100000");
        browser.findElement(By.id("commodityCode")).sendKeys("99999999");
        browser.findElement(By.id("calculate")).click();
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        Chromium.screenshot(browser, "calculator-error-summary");
        assertThat(summary.getText()).contains("There is a problem", "unknown commodity code");

        summary.findElement(By.cssSelector("a[href='#commodityCode']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("commodityCode");
    }

    @Test
    void the_result_survives_the_language_switch_and_offers_to_claim_another_arrangement() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(base() + "/calculator/result?lang=en&date=2026-03-16&commodityCode=22042100&origin=AU"
                + "&currency=CNY&customsValue=100000");
        Chromium.screenshot(browser, "calculator-result-en");
        assertThat(browser.findElement(By.id("total-payable")).getText()).isEqualTo("43,133.34");

        browser.findElement(By.id("lang-switch")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "应缴税费"));
        Chromium.screenshot(browser, "calculator-result-zh");
        assertThat(browser.findElement(By.id("total-payable")).getText()).isEqualTo("43,133.34");

        WebElement whatIf = browser.findElement(By.cssSelector("a.what-if"));
        assertThat(whatIf.getAttribute("href")).contains("preference=AU", "proofOfOrigin=true", "origin=AU");
    }

    @Test
    void search_results_appear_while_typing_when_javascript_runs() {
        browser.get(base() + "/tariff/search?lang=en");
        browser.findElement(By.id("q")).sendKeys("2204");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#results a[href='/tariff/commodities/22042100']")));
        assertThat(browser.getCurrentUrl()).contains("q=2204");
    }

    @Test
    void the_skip_link_is_the_first_thing_the_keyboard_reaches() {
        browser.get(base() + "/tariff?lang=en");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to main content");
        assertThat(catalogue.schedule().nomenclature().commodity("22042100")).isPresent();
    }
}
