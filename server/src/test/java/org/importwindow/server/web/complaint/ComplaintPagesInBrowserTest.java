package org.importwindow.server.web.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
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
 * A consumer files a complaint in headless Chromium (a missing answer sends them to the error summary, then "check
 * your answers", then the reference), and the regulator, signed in afterwards, finds it in the queue with its
 * deadline. The consumer then uploads a real PNG with the plain form (multipart with its CSRF field, through the real
 * Tomcat) after a text file named .jpg was refused, and the regulator sees its thumbnail in the queue. Skipped only where Debian's chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:complaint-pages-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ComplaintPagesInBrowserTest {
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

    /**
     * The picture's width once the browser has loaded it: an image is fetched after the page that shows it, and on a
     * busy machine it was still 0 when asked at once (CI, 2026-11-28).
     */
    String loadedWidth(WebElement img) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> "0".equals(img.getDomProperty("naturalWidth")) ? null : img.getDomProperty("naturalWidth"));
    }

    WebElement waitFor(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    void signIn(String user) {
        waitFor("login-form");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in-button")).click();
    }

    void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    @Test
    void a_consumer_files_a_complaint_and_the_regulator_sees_it_in_the_queue() throws java.io.IOException {
        browser.manage().deleteAllCookies();
        browser.get(url("/complaints/new?lang=en"));
        signIn("consumer");
        waitFor("complaint-form");
        type("productName", "Hair straightener HS-5");
        type("model", "HS-5");
        type("platform", "Kaola");
        type("whatHappened", "The plate cracked and the cable got very hot.");
        browser.findElement(By.id("injury-yes")).click();
        type("contactName", "李雷");
        type("contactPhone", "13700002222");
        browser.findElement(By.id("continue")).click();

        // back from "check your answers" with the answers kept; a cleared phone sends us to the error summary
        waitFor("file-form");
        browser.findElement(By.id("change-answers")).click();
        waitFor("complaint-form");
        assertThat(browser.findElement(By.id("productName")).getDomProperty("value")).isEqualTo("Hair straightener HS-5");
        browser.findElement(By.id("contactPhone")).clear();
        browser.findElement(By.id("continue")).click();
        waitFor("error-summary");
        assertThat(browser.getTitle()).startsWith("Error: ");
        WebElement link = browser.findElement(By.cssSelector("#error-summary .error-summary-list a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("#contactPhone");
        assertThat(link.getText()).contains("CMP-007");
        assertThat(browser.findElement(By.id("contactPhone")).getDomAttribute("aria-invalid")).isEqualTo("true");

        type("contactPhone", "13700002222");
        browser.findElement(By.id("continue")).click();
        waitFor("file-form");
        assertThat(browser.getPageSource()).contains("Hair straightener HS-5", "Kaola");
        browser.findElement(By.id("file")).click();
        WebElement notice = waitFor("filed-notice");
        Chromium.screenshot(browser, "complaint-filed-en");
        String reference = browser.findElement(By.cssSelector("main .breadcrumbs li[aria-current]")).getText();
        assertThat(reference).matches("CMP-\\d{8}-\\d{6,}");
        assertThat(notice.getText()).contains(reference);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Received, awaiting decision");
        assertThat(browser.getPageSource()).contains("137****2222").doesNotContain("13700002222");

        Path text = Files.createTempFile("not-a-photo", ".jpg");
        Files.writeString(text, "just words");
        browser.findElement(By.id("photo")).sendKeys(text.toString());
        browser.findElement(By.id("photo-submit")).click();
        waitFor("error-summary");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("CMP-020");
        Path png = Files.createTempFile("hair-straightener", ".png");
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        picture.getGraphics().fillRect(8, 8, 30, 20);
        ImageIO.write(picture, "png", png.toFile());
        browser.findElement(By.id("photo")).sendKeys(png.toString());
        browser.findElement(By.id("photo-submit")).click();
        waitFor("photo-notice");
        WebElement thumbnail = browser.findElement(By.cssSelector("#photos img"));
        assertThat(loadedWidth(thumbnail)).isEqualTo("64");
        Files.delete(text);
        Files.delete(png);

        browser.findElement(By.id("sign-out")).click();
        browser.manage().deleteAllCookies();
        browser.get(url("/regulator/complaints?lang=en"));
        signIn("regulator");
        waitFor("queue");
        WebElement row = waitFor("row-" + reference);
        Chromium.screenshot(browser, "complaint-queue-en");
        assertThat(row.getText()).contains("Hair straightener HS-5", "Received, awaiting decision");
        assertThat(loadedWidth(row.findElement(By.cssSelector("img")))).isEqualTo("64");
        // the demo's hair dryer, 20 days undecided, is flagged overdue at the top
        assertThat(browser.findElement(By.cssSelector("#queue tbody tr")).getText()).contains("Overdue");
    }
}
