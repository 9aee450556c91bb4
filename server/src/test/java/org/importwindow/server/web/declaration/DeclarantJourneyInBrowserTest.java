package org.importwindow.server.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A declarant's whole journey in headless Chromium: sign in as declarant-a, fill in a declaration of 100,000 yuan of
 * French wine on 2026-03-16, see the 43,133.34 yuan of duty and taxes before lodging, lodge it, take it through the
 * officer's check when the risk engine does not give the green channel, pay through the simulated bank and see it
 * released on the timeline. Started the way org.importwindow.server.web.Chromium does (Debian's chromedriver, no
 * download); skipped only where that driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:declarant-journey;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DeclarantJourneyInBrowserTest {

    static final File DRIVER = new File("/usr/bin/chromedriver");
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(DRIVER.canExecute(), "needs /usr/bin/chromedriver (Debian packages chromium chromium-driver)");
        Path profile = Files.createTempDirectory("iw-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=en-US");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Open a page that needs signing in, sign in on the way, and land on it. */
    void signInAndOpen(String user, String path) {
        browser.get(url(path));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in-button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    void signOut() {
        browser.findElement(By.id("sign-out")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
    }

    String status() {
        return browser.findElement(By.id("status")).getAttribute("data-status");
    }

    void officerDecides(String id, String decision) {
        signInAndOpen("officer", "/officer/declarations/" + id + "?lang=en");
        browser.findElement(By.id("note")).sendKeys("checked in the browser journey");
        browser.findElement(By.id("decide-" + decision)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        shot("officer-" + decision);
        signOut();
    }

    @Test
    void a_declarant_lodges_french_wine_through_the_form_sees_the_duty_first_and_follows_it_to_release() {
        signInAndOpen("declarant-a", "/declarations?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Declarations");
        browser.findElement(By.id("new-declaration")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("declaration-form")));
        String reference = "WEB-" + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("reference")).sendKeys(reference);
        // a date input's typed format follows the browser's locale; set the ISO value the form sends instead
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-03-16'",
                browser.findElement(By.id("declarationDate")));
        browser.findElement(By.id("portOfEntry")).sendKeys("2248");
        new Select(browser.findElement(By.id("countryOfDispatch"))).selectByValue("FR");
        browser.findElement(By.id("items-0-commodityCode")).sendKeys("22042100");
        new Select(browser.findElement(By.id("items-0-origin"))).selectByValue("FR");
        browser.findElement(By.id("items-0-description")).sendKeys("bottled red wine");
        browser.findElement(By.id("items-0-value")).sendKeys("100000");
        browser.findElement(By.id("items-0-quantity")).sendKeys("900");
        new Select(browser.findElement(By.id("items-0-unit"))).selectByValue("LTR");
        shot("declaration-form");
        browser.findElement(By.id("check-answers")).click();

        WebElement total = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("total-payable")));
        shot("declaration-check");
        assertThat(total.getText()).isEqualTo("43,133.34");
        assertThat(browser.findElement(By.id("total-duty")).getText()).isEqualTo("14,000.00");
        browser.findElement(By.id("lodge")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        shot("declaration-lodged");
        assertThat(browser.findElement(By.id("summary-reference")).getText()).isEqualTo(reference);
        String id = browser.getCurrentUrl().replaceFirst("^.*/declarations/", "").replaceFirst("\\?.*$", "");
        String channel = browser.findElement(By.id("channel")).getAttribute("data-channel");
        assertThat(channel).isIn("GREEN", "YELLOW", "RED");

        if (!"GREEN".equals(channel)) {
            // the risk engine selected it: an officer checks the documents or inspects the goods first
            signOut();
            officerDecides(id, "RED".equals(channel) ? "inspected_ok" : "documents_checked");
            signInAndOpen("declarant-a", "/declarations/" + id + "?lang=en");
        }
        browser.findElement(By.id("pay")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        if (!"RELEASED".equals(status())) {
            signOut();
            officerDecides(id, "release");
            signInAndOpen("declarant-a", "/declarations/" + id + "?lang=en");
        }

        shot("declaration-released");
        assertThat(status()).isEqualTo("RELEASED");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Released");
        List<String> events = browser.findElements(By.cssSelector("#timeline > li")).stream()
                .map(li -> li.getAttribute("data-type")).toList();
        assertThat(events).contains("PaymentConfirmed").last().isEqualTo("GoodsReleased");
        assertThat(browser.findElement(By.id("paid")).getText()).isEqualTo("43,133.34");
    }

    /** A screenshot under target/screenshots for a human to look at. */
    static void shot(String name) {
        try {
            File file = browser.getScreenshotAs(OutputType.FILE);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.copy(file.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
