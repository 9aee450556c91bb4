package org.importwindow.server.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, started the way /work/shared/STACK.md records as
 * working on this kind of machine (no Selenium Manager download, no network, a fresh profile each time). Public for
 * the declaration pages' browser tests in web.declaration.
 */
public final class Chromium {

    public static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static boolean available() {
        return DRIVER.canExecute();
    }

    /** A started browser, or the test class skipped (JUnit assumption) where chromedriver is not installed. */
    public static ChromeDriver startOrSkip() {
        Assumptions.assumeTrue(available(), "needs /usr/bin/chromedriver (Debian packages chromium chromium-driver)");
        return start();
    }

    /** Quit the browser if one was started. */
    public static void quit(ChromeDriver driver) {
        if (driver != null) {
            driver.quit();
        }
    }

    public static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("iw-chromium-");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                    .usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1400", "--lang=en-US");
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Save a full-window screenshot under target/screenshots for a human to look at. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
