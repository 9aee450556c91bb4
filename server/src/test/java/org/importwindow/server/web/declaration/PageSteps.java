package org.importwindow.server.web.declaration;

import java.time.Duration;
import java.util.List;
import org.importwindow.server.web.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on the declaration pages, as the browser tests of this package say it: sign in, open a page,
 * fill in a field, read what the page shows. One instance per test (it knows the server's port); the browser is the
 * test class's one Chromium. Every wait is explicit (a page element appearing), never a sleep.
 */
final class PageSteps {

    private final ChromeDriver browser;
    private final int port;

    PageSteps(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Open a page and wait for an element of it. */
    WebElement open(String path, String waitForId) {
        browser.get(url(path));
        return waitFor(waitForId);
    }

    WebElement waitFor(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Sign in on the sign-in page (after signing out whoever was signed in), landing on the page asked for. */
    void signIn(String user, String path) {
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.get(url(path));
        waitFor("login-form");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in-button")).click();
        waitFor("sign-out");
    }

    void signOut() {
        browser.findElement(By.id("sign-out")).click();
        waitFor("signed-out");
    }

    WebElement element(String id) {
        return browser.findElement(By.id(id));
    }

    boolean present(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    String text(String id) {
        return element(id).getText();
    }

    String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** What a text field holds now (what the page re-showed, not what was typed). */
    String value(String id) {
        return element(id).getDomProperty("value");
    }

    void type(String id, String text) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(text);
    }

    void choose(String id, String value) {
        new Select(element(id)).selectByValue(value);
    }

    String chosen(String id) {
        return new Select(element(id)).getFirstSelectedOption().getDomAttribute("value");
    }

    /** A date input's typed format follows the browser's locale; set the ISO value the form sends instead. */
    void date(String id, String iso) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", element(id), iso);
    }

    /** Press a button that loads another page, and wait for an element of that page. */
    WebElement press(String buttonId, String waitForId) {
        WebElement old = browser.findElement(By.tagName("html"));
        element(buttonId).click();
        waiting().until(ExpectedConditions.stalenessOf(old));
        return waitFor(waitForId);
    }

    /** The id of the element that has the keyboard focus. */
    String focused() {
        return browser.switchTo().activeElement().getDomAttribute("id");
    }

    /** Wait until the element has the keyboard focus (autofocus is applied once the page has loaded). */
    void waitForFocusOn(String id) {
        waiting().withMessage(() -> "the focus is on " + focused() + ", not on " + id)
                .until(d -> id.equals(focused()));
    }

    /** The declaration id of the detail page the browser is on. */
    String declarationId() {
        return browser.getCurrentUrl().replaceFirst("^.*/declarations/", "").replaceFirst("[?#].*$", "");
    }

    /** The event types of the status timeline, oldest first. */
    List<String> timelineTypes() {
        return browser.findElements(By.cssSelector("#timeline > li")).stream()
                .map(li -> li.getDomAttribute("data-type")).toList();
    }

    /** The labels of the status timeline's steps, oldest first, in the page language. */
    List<String> timelineLabels() {
        return browser.findElements(By.cssSelector("#timeline > li .timeline-event")).stream()
                .map(WebElement::getText).toList();
    }

    /** The error summary's entries: where each link goes and what it says. */
    List<ErrorLink> errorSummary() {
        return browser.findElements(By.cssSelector("#error-summary .error-summary-list a")).stream()
                .map(a -> new ErrorLink(a.getDomAttribute("href"), a.getText())).toList();
    }

    /** One entry of the error summary. */
    record ErrorLink(String href, String text) {
    }

    String cookie(String name) {
        var c = browser.manage().getCookieNamed(name);
        return c == null ? null : c.getValue();
    }

    void shot(String name) {
        Chromium.screenshot(browser, name);
    }
}
