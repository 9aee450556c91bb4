package org.importwindow.server.web.ecommerce;

import org.importwindow.server.ecommerce.Purchase;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.server.ecommerce.CbecDemoParties;
import org.importwindow.server.web.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The buyer's page and the officer's page in headless Chromium, with lists lodged over real HTTP with the demo
 * enterprises' API keys: a mistyped ID number answered by the error summary, which takes the focus and links to the
 * field; the corrected number showing the allowance with the number masked and nowhere in the page in full, not even
 * in the form; the officer's figures following new lists by themselves (htmx) until the officer stops them.
 * Skipped only where Debian's chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cbec-pages-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class CbecPagesInBrowserTest {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.quit(browser);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        // htmx swaps the figures while a condition may be reading them: an element gone stale is read again
        WebDriverWait w = new WebDriverWait(browser, Duration.ofSeconds(15));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    WebElement waitFor(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    String focused() {
        return browser.switchTo().activeElement().getDomAttribute("id");
    }

    void lodge(String sender, String xml) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/v1/cbec/messages")))
                .header("Authorization", "Bearer " + CbecDemoParties.demoKey(sender))
                .header("Content-Type", "application/xml").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    void buy(Purchase p) throws Exception {
        lodge(p.platform, p.orderXml());
        lodge(Purchase.AGENT, p.paymentXml());
        lodge(Purchase.LOGISTICS, p.waybillXml());
        lodge(Purchase.AGENT, p.inventoryXml());
    }

    @Test
    void a_buyer_who_mistypes_the_id_number_is_taken_to_the_mistake_and_then_sees_the_allowance_masked()
            throws Exception {
        String id = Purchase.residentId(700);
        Purchase p = new Purchase(id).coffee("2", "150");
        buy(p);
        browser.get(url("/cbec/buyer?lang=en"));
        waitFor("buyer-form");

        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        browser.findElement(By.id("idNumber")).sendKeys(wrong);
        browser.findElement(By.id("buyerName")).sendKeys("张三");
        browser.findElement(By.id("look-up")).click();
        waitFor("error-summary");
        waiting().withMessage(() -> "the focus is on " + focused()).until(d -> "error-summary".equals(focused()));
        WebElement link = browser.findElement(By.cssSelector("#error-summary .error-summary-list a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("#idNumber");
        assertThat(link.getText()).startsWith("Enter a valid resident ID number");
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("idNumber")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.getPageSource()).doesNotContain(wrong).doesNotContain("id=\"result\"");
        assertThat(browser.findElement(By.id("buyerName")).getDomProperty("value")).as("the name kept").isEqualTo("张三");

        WebElement field = browser.findElement(By.id("idNumber"));
        assertThat(field.getDomProperty("value")).as("the number not written back").isEmpty();
        field.sendKeys(id);
        browser.findElement(By.id("look-up")).click();
        waitFor("result");
        Chromium.screenshot(browser, "cbec-buyer-en");
        assertThat(browser.findElement(By.id("result-heading")).getText()).contains(ResidentIdNumber.mask(id));
        // 2 kg of coffee at 150 yuan and 10 yuan of freight
        assertThat(browser.findElement(By.id("usage")).getText()).isEqualTo("310.00");
        assertThat(browser.findElement(By.id("remaining")).getText()).isEqualTo("25,690.00");
        assertThat(browser.findElement(By.cssSelector("#lists tbody tr")).getText()).contains("Released");
        assertThat(browser.getPageSource()).doesNotContain(id);
        assertThat(browser.findElement(By.id("idNumber")).getDomProperty("value")).isEmpty();
    }

    @Test
    void the_officers_figures_follow_new_lists_by_themselves_until_stopped() throws Exception {
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.get(url("/cbec/officer?lang=en"));
        waitFor("login-form");
        browser.findElement(By.id("username")).sendKeys("officer");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in-button")).click();
        waitFor("figures");
        long before = Long.parseLong(browser.findElement(By.cssSelector("#received td:last-child")).getText()
                .replace(",", ""));
        // a mark a reload of the page would wipe out
        browser.executeScript("window.notReloaded = true");
        buy(new Purchase(Purchase.residentId(701)).tshirts("1", "60"));
        // no reload: htmx fetches the figures again within a few seconds
        waiting().withMessage("the received lists to go up without a reload").until(d -> Long.parseLong(
                d.findElement(By.cssSelector("#received td:last-child")).getText().replace(",", "")) > before);
        Chromium.screenshot(browser, "cbec-officer-en");
        assertThat(browser.executeScript("return window.notReloaded === true")).isEqualTo(true);

        browser.findElement(By.id("pause")).click();
        waitFor("resume");
        assertThat(browser.findElement(By.id("figures")).getDomAttribute("hx-trigger")).isNull();
    }
}
