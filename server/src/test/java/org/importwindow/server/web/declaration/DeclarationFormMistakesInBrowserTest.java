package org.importwindow.server.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.web.Chromium;
import org.importwindow.server.web.declaration.PageSteps.ErrorLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The declarant's new-declaration form when it is filled in wrongly, in headless Chromium, as DESIGN.md asks for
 * forms (the GOV.UK Design System's error pattern): an error summary at the top that takes the focus, one entry per
 * mistake with its stable rule code, each linking to its field; the field marked and described by its message; the
 * answers kept as typed; and nothing lodged until the mistakes are put right. Also the keyboard and labelling basics
 * of the form (WCAG 2.2 AA). Skipped only where Debian's chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:declaration-form-mistakes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DeclarationFormMistakesInBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    PageSteps page;
    DemoUserApi api;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.quit(browser);
    }

    @BeforeEach
    void steps() {
        page = new PageSteps(browser, port);
        api = new DemoUserApi(port);
    }

    /** The header every declaration of these tests shares: French wine landed at Shanghai on 2026-03-16. */
    void fillHeader() {
        page.date("declarationDate", "2026-03-16");
        page.type("portOfEntry", "2248");
        page.choose("countryOfDispatch", "FR");
    }

    @Test
    void a_form_with_five_mistakes_shows_each_once_with_its_rule_code_linked_to_its_field_keeps_the_answers_and_lodges_nothing() {
        page.signIn("declarant-a", "/declarations/new?lang=en");
        page.waitFor("declaration-form");
        List<String> before = api.references("declarant-a");

        // no reference and no importer chosen; a commodity code the tariff does not have; a value that is not a
        // number; crude oil, which needs an automatic import licence, with no licence declared
        fillHeader();
        page.choose("importer", "");
        page.type("items-0-commodityCode", "99999999");
        page.choose("items-0-origin", "FR");
        page.type("items-0-description", "bottled red wine");
        page.type("items-0-value", "1OO000");
        page.type("items-0-quantity", "900");
        page.choose("items-0-unit", "LTR");
        page.press("add-item", "items-1-commodityCode");
        page.type("items-1-commodityCode", "27090000");
        page.choose("items-1-origin", "SA");
        page.type("items-1-description", "crude petroleum oil");
        page.type("items-1-value", "500000");
        page.type("items-1-quantity", "100000");
        page.choose("items-1-unit", "KGM");
        page.press("check-answers", "error-summary");
        page.shot("declaration-form-mistakes");

        assertThat(browser.getTitle()).startsWith("Error: New declaration");
        assertThat(page.text("error-summary-title")).isEqualTo("There is a problem");
        page.waitForFocusOn("error-summary");
        List<ErrorLink> errors = page.errorSummary();
        assertThat(errors).extracting(ErrorLink::href).as("one entry per mistake, in the order of the form")
                .containsExactly("#reference", "#importer", "#licences", "#items-0-commodityCode", "#items-0-value");
        assertThat(errors).allSatisfy(e -> assertThat(e.text()).matches(".*\\(DEC-\\d{3}\\)"));
        assertThat(linked(errors, "#reference")).isEqualTo("Enter your reference for this declaration (DEC-001)");
        assertThat(linked(errors, "#importer")).isEqualTo("Choose the importer you declare for (DEC-001)");
        // a value that is not a number is refused before any rule can read it (the server's DEC-000)
        assertThat(linked(errors, "#items-0-value")).contains("'1OO000' is not a decimal number").endsWith("(DEC-000)");
        assertThat(linked(errors, "#items-0-commodityCode")).contains("99999999").endsWith("(DEC-010)");
        assertThat(linked(errors, "#licences")).contains("27090000", "licence").endsWith("(DEC-017)");

        // each field with a mistake is marked, and its message (with the same code) is read out with it
        for (ErrorLink e : errors) {
            String field = e.href().substring(1);
            assertThat(page.element(field).getDomAttribute("aria-invalid")).as(field).isEqualTo("true");
            assertThat(page.element(field).getDomAttribute("aria-describedby")).as(field).contains(field + "-error");
            assertThat(page.text(field + "-error")).as(field).contains(e.text().replaceFirst("^.*\\(", "("));
        }

        // the answers are kept as typed, the wrong ones too
        assertThat(page.value("items-0-commodityCode")).isEqualTo("99999999");
        assertThat(page.value("items-0-value")).isEqualTo("1OO000");
        assertThat(page.value("items-0-description")).isEqualTo("bottled red wine");
        assertThat(page.chosen("items-0-unit")).isEqualTo("LTR");
        assertThat(page.value("items-1-commodityCode")).isEqualTo("27090000");
        assertThat(page.chosen("items-1-origin")).isEqualTo("SA");
        assertThat(page.value("portOfEntry")).isEqualTo("2248");
        assertThat(page.chosen("countryOfDispatch")).isEqualTo("FR");

        // every link of the summary takes the user to its field
        for (ErrorLink e : errors) {
            browser.findElement(By.cssSelector("#error-summary a[href='" + e.href() + "']")).click();
            page.waitForFocusOn(e.href().substring(1));
        }
        assertThat(api.references("declarant-a")).as("nothing lodged").isEqualTo(before);

        // the reference put right, the other mistakes not: still refused, still nothing stored under it
        String reference = "ERR-" + UUID.randomUUID().toString().substring(0, 8);
        page.type("reference", reference);
        page.choose("importer", DemoData.ENTERPRISE_A.uscc());
        page.press("check-answers", "error-summary");
        assertThat(page.errorSummary()).extracting(ErrorLink::href)
                .containsExactly("#licences", "#items-0-commodityCode", "#items-0-value");
        assertThat(page.value("reference")).isEqualTo(reference);
        assertThat(api.references("declarant-a")).doesNotContain(reference).isEqualTo(before);
        assertThat(listPageInAnotherTab()).doesNotContain(reference);

        // all put right: the duty is shown, then it is lodged, once
        page.type("items-0-commodityCode", "22042100");
        page.type("items-0-value", "100000");
        page.type("licences", "AIL-2026-000123");
        page.press("check-answers", "total-payable");
        assertThat(page.present("error-summary")).isFalse();
        page.press("lodge", "timeline");
        page.shot("declaration-form-corrected-and-lodged");
        assertThat(page.text("summary-reference")).isEqualTo(reference);
        assertThat(page.timelineTypes()).startsWith("DeclarationLodged");
        assertThat(api.references("declarant-a")).filteredOn(reference::equals).hasSize(1);
    }

    @Test
    void every_field_of_the_form_has_a_label_and_the_keyboard_goes_from_the_error_summary_to_the_field() {
        page.signIn("declarant-a", "/declarations/new?lang=en");
        page.waitFor("declaration-form");
        page.press("add-item", "items-1-commodityCode");
        assertThat(unlabelledFields()).as("fields without a label").isEmpty();
        assertThat(duplicateIds()).as("ids used twice").isEmpty();
        assertThat(widerThanTheWindow()).as("elements wider than the window").isEmpty();

        page.type("reference", "KEY-" + UUID.randomUUID().toString().substring(0, 8));
        fillHeader();
        page.choose("items-0-origin", "FR");
        page.type("items-0-value", "100000");
        page.press("check-answers", "error-summary");
        page.shot("declaration-form-keyboard");
        assertThat(unlabelledFields()).as("fields without a label, with errors shown").isEmpty();
        assertThat(danglingDescriptions()).as("aria-describedby naming no element").isEmpty();
        assertThat(page.element("error-summary").getDomAttribute("role")).isEqualTo("alert");

        // the summary has the focus; Tab reaches its first link, Enter follows it to the field
        page.waitForFocusOn("error-summary");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        var link = browser.switchTo().activeElement();
        assertThat(link.getTagName()).isEqualTo("a");
        String target = link.getDomAttribute("href").substring(1);
        assertThat(target).isEqualTo("items-0-commodityCode");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        page.waitForFocusOn(target);
        // and the user types the missing answer straight away
        new Actions(browser).sendKeys("22042100").perform();
        assertThat(page.value("items-0-commodityCode")).isEqualTo("22042100");
    }

    /** Ids of the inputs, selects and text areas a person fills in that have no label of any kind. */
    @SuppressWarnings("unchecked")
    List<String> unlabelledFields() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('main input, main select, main textarea')]
                  .filter(e => e.type !== 'hidden')
                  .filter(e => !(e.labels && [...e.labels].some(l => l.textContent.trim() !== ''))
                            && !(e.getAttribute('aria-label') || '').trim()
                            && !(e.getAttribute('aria-labelledby') || '').trim())
                  .map(e => e.id || e.name);
                """);
    }

    /** Elements that stick out of the window on the right, which makes the whole page scroll sideways. */
    @SuppressWarnings("unchecked")
    List<String> widerThanTheWindow() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > width + 1)
                  .filter(e => !e.closest('.visually-hidden, .skip-link'))
                  .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                """);
    }

    @SuppressWarnings("unchecked")
    List<String> duplicateIds() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const seen = new Set(), twice = new Set();
                document.querySelectorAll('[id]').forEach(e => seen.has(e.id) ? twice.add(e.id) : seen.add(e.id));
                return [...twice];
                """);
    }

    @SuppressWarnings("unchecked")
    List<String> danglingDescriptions() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('[aria-describedby]')]
                  .flatMap(e => e.getAttribute('aria-describedby').split(/\\s+/).filter(Boolean)
                  .filter(id => !document.getElementById(id)).map(id => e.id + ' -> ' + id));
                """);
    }

    static String linked(List<ErrorLink> errors, String href) {
        return errors.stream().filter(e -> e.href().equals(href)).map(ErrorLink::text).findFirst()
                .orElseThrow(() -> new AssertionError("no error links to " + href + ": " + errors));
    }

    /** The text of the declarant's list page, read in a second tab so that the form stays as it is. */
    String listPageInAnotherTab() {
        String form = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        try {
            page.open("/declarations?lang=en", "new-declaration");
            return browser.findElement(By.id("main")).getText();
        } finally {
            browser.close();
            browser.switchTo().window(form);
        }
    }
}
