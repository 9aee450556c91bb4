package org.importwindow.server.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.web.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The customs officer's side in headless Chromium. A declaration the risk engine cannot leave green is lodged
 * through the API as declarant-a: 900 litres of French wine declared at 1,000 yuan, 1.11 yuan a litre against the
 * bundled reference of 20 (law/risk/reference-prices.csv), so RSK-001 "value far below the reference" (weight 40,
 * yellow from 30: law/risk-rules.yaml) fires whatever the sampling draw; the draw can only make it red. The officer
 * finds it in the queue, sees which rules fired, holds it, and then lifts the hold and releases it after the check
 * and payment, or rejects it; the declarant sees the outcome on the timeline. A declarant cannot open the officer's
 * pages. Skipped only where Debian's chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:officer-decisions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class OfficerDecisionsInBrowserTest {

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

    /** A lodged declaration as the API answered it. */
    record Lodged(String id, String reference, String channel, List<String> rules) {
    }

    /** 900 litres of French wine at 1,000 yuan, lodged through the API as declarant-a. */
    Lodged cheapWine() {
        String reference = "OFF-" + UUID.randomUUID().toString().substring(0, 8);
        DemoUserApi.Answer answer = api.post("declarant-a", "/api/v1/declarations", """
                {"reference":"%s","importer":"%s","declarationDate":"2026-03-16","tradeMode":"0110",
                "transportMode":"2","portOfEntry":"2248","countryOfDispatch":"FR","priceTerms":"CIF","currency":"CNY",
                "freight":"0.00","insurance":"0.00","licences":[],"rulingReference":null,
                "items":[{"commodityCode":"22042100","description":"bottled red wine","origin":"FR","quantity":"900",
                "unit":"LTR","value":"1000.00","preference":"AUTO","proofOfOrigin":null,"attributes":{}}]}
                """.formatted(reference, DemoData.ENTERPRISE_A.uscc()));
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(201);
        JsonNode json = answer.json();
        List<String> rules = new ArrayList<>();
        json.path("risk").path("rules").forEach(r -> rules.add(r.path("code").asString()));
        Lodged lodged = new Lodged(json.path("id").asString(), reference, json.path("channel").asString(), rules);
        assertThat(lodged.channel()).as("not left green").isIn("YELLOW", "RED");
        assertThat(lodged.rules()).contains("RSK-001");
        return lodged;
    }

    /** The queue's row of the declaration. */
    WebElement queueRow(String reference) {
        return browser.findElement(By.xpath("//table[@id='queue']//tr[td/a[text()='" + reference + "']]"));
    }

    /** Write a note, press a decision button and wait for the decision page to say it is recorded. */
    void decide(String decision, String note) {
        page.type("note", note);
        page.press("decide-" + decision, "done");
    }

    String status() {
        return page.element("status").getDomAttribute("data-status");
    }

    List<String> riskRuleCodes() {
        return browser.findElements(By.cssSelector("#risk-rules tbody tr td.code")).stream()
                .map(WebElement::getText).toList();
    }

    String timelineText() {
        return page.text("timeline");
    }

    @Test
    void an_officer_sees_why_cheap_wine_was_selected_holds_it_lifts_the_hold_checks_it_and_it_is_released_once_paid() {
        Lodged wine = cheapWine();
        page.signIn("officer", "/officer/queue?lang=en");
        assertThat(page.h1()).isEqualTo("Control queue");
        WebElement row = queueRow(wine.reference());
        assertThat(row.getText()).contains("Shanghai Demo Import Trading", "YELLOW".equals(wine.channel())
                ? "Yellow" : "Red");
        row.findElement(By.linkText(wine.reference())).click();
        page.waitFor("decision-form");
        page.shot("officer-decision-selected");

        assertThat(page.h1()).isEqualTo("Decide on declaration " + wine.reference());
        assertThat(page.element("channel").getDomAttribute("data-channel")).isEqualTo(wine.channel());
        assertThat(riskRuleCodes()).containsExactlyInAnyOrderElementsOf(wine.rules());
        WebElement lowValue = browser.findElement(By.xpath("//table[@id='risk-rules']//tr[td[text()='RSK-001']]"));
        assertThat(lowValue.getText()).contains("Value per unit far below the line's reference value", "40");

        assertThat(page.text("decide-release")).isEqualTo("Release the goods");
        decide("hold", "1.11 yuan a litre: invoice and contract asked for");
        assertThat(page.text("done")).isEqualTo("Recorded: Held.");
        assertThat(status()).isEqualTo("HELD");
        // held: it is not held twice, and "release" lifts the hold, which the button says
        assertThat(page.present("decide-hold")).isFalse();
        assertThat(page.text("decide-release")).isEqualTo("Lift the hold");
        assertThat(page.text("status")).isEqualTo("Held");
        assertThat(page.timelineTypes()).last().isEqualTo("DeclarationHeld");
        assertThat(timelineText()).contains("Held", "by officer", "1.11 yuan a litre: invoice and contract asked for");
        page.open("/officer/queue?lang=en", "queue");
        assertThat(queueRow(wine.reference()).getText()).contains("Held");

        // the invoice is in order: the hold is lifted, the channel's check recorded
        page.open("/officer/declarations/" + wine.id() + "?lang=en", "decision-form");
        decide("release", "invoice and contract seen, price confirmed");
        assertThat(page.text("done")).isEqualTo("Recorded: Hold lifted.");
        assertThat(page.timelineTypes()).last().isEqualTo("HoldLifted");
        assertThat(page.timelineLabels()).last().isEqualTo("Hold lifted");
        assertThat(status()).as("not paid yet, nor checked").isNotIn("HELD", "RELEASED");
        decide("RED".equals(wine.channel()) ? "inspected_ok" : "documents_checked", "documents in order");
        page.shot("officer-decision-checked");
        page.signOut();

        // the declarant pays through the simulated bank; release follows (by the officer if it is not automatic)
        page.signIn("declarant-a", "/declarations/" + wine.id() + "?lang=en");
        page.press("pay", "done");
        if (!"RELEASED".equals(status())) {
            page.signOut();
            page.signIn("officer", "/officer/declarations/" + wine.id() + "?lang=en");
            decide("release", "paid");
            page.signOut();
            page.signIn("declarant-a", "/declarations/" + wine.id() + "?lang=en");
        }
        page.shot("declarant-detail-released-after-hold");
        assertThat(status()).isEqualTo("RELEASED");
        assertThat(page.text("status")).isEqualTo("Released");
        assertThat(page.timelineTypes()).containsSubsequence("DeclarationLodged", "ChannelAssigned",
                "DeclarationHeld", "HoldLifted", "PaymentConfirmed").last().isEqualTo("GoodsReleased");
        assertThat(page.timelineLabels()).contains("Held", "Hold lifted").last().isEqualTo("Goods released");
        assertThat(page.present("pay")).isFalse();
        page.signOut();

        // done with: out of the queue, and no more decisions on it
        page.signIn("officer", "/officer/queue?lang=en");
        assertThat(browser.findElements(By.linkText(wine.reference()))).isEmpty();
        page.open("/officer/declarations/" + wine.id() + "?lang=en", "timeline");
        assertThat(page.present("decision-form")).isFalse();
        page.signOut();
    }

    @Test
    void an_officer_holds_cheap_wine_and_rejects_it_and_the_declarant_sees_the_rejection_in_both_languages() {
        Lodged wine = cheapWine();
        page.signIn("officer", "/officer/declarations/" + wine.id() + "?lang=zh");
        // the officer's page in Chinese: the rules that fired in Chinese too
        assertThat(page.h1()).isEqualTo("处理报关单 " + wine.reference());
        assertThat(page.text("risk-heading")).isEqualTo("通道和风险规则");
        assertThat(page.text("risk-rules")).contains("单价明显低于该税号的参考价格");
        assertThat(page.text("decide-hold")).isEqualTo("扣留");
        assertThat(page.text("decide-reject")).isEqualTo("退单");
        assertThat(page.text("decide-release")).isEqualTo("放行");
        page.open("/officer/declarations/" + wine.id() + "?lang=en", "decision-form");

        decide("hold", "suspected undervaluation");
        assertThat(status()).isEqualTo("HELD");
        assertThat(page.text("decide-release")).isEqualTo("Lift the hold");
        decide("reject", "undervalued; the importer did not answer");
        page.shot("officer-decision-rejected");
        assertThat(page.text("done")).isEqualTo("Recorded: Rejected.");
        assertThat(status()).isEqualTo("REJECTED");
        assertThat(page.text("status")).isEqualTo("Rejected");
        assertThat(page.present("decision-form")).as("a rejected declaration takes no more decisions").isFalse();
        assertThat(page.timelineTypes()).endsWith("DeclarationHeld", "DeclarationRejected");
        assertThat(timelineText()).contains("undervalued; the importer did not answer");
        page.signOut();

        page.signIn("declarant-a", "/declarations/" + wine.id() + "?lang=en");
        assertThat(page.text("status")).isEqualTo("Rejected");
        assertThat(page.timelineLabels()).endsWith("Held", "Rejected");
        assertThat(page.present("pay")).as("nothing to pay on a rejected declaration").isFalse();
        assertThat(page.present("cancel")).isFalse();
        page.open("/declarations/" + wine.id() + "?lang=zh", "timeline");
        assertThat(page.text("status")).isEqualTo("已退单");
        assertThat(page.timelineLabels()).endsWith("已扣留", "已退单");
        page.open("/declarations/" + wine.id() + "?lang=en", "timeline");
        page.signOut();
    }

    @Test
    void a_declarant_is_refused_the_officer_pages_with_a_403_page_in_the_page_language_and_is_not_offered_them() {
        Lodged wine = cheapWine();
        page.signIn("declarant-a", "/declarations?lang=en");
        assertThat(browser.findElements(By.cssSelector(".site-nav a[href$='/officer/queue']")))
                .as("no link to the control queue").isEmpty();

        for (String path : List.of("/officer/queue", "/officer/declarations/" + wine.id())) {
            page.open(path + "?lang=en", "forbidden");
            assertThat(responseStatus()).as(path).isEqualTo(403);
            assertThat(page.h1()).isEqualTo("You cannot open this page");
            assertThat(browser.findElement(By.id("main")).getText())
                    .contains("You are signed in as declarant-a").doesNotContain(wine.reference());
            assertThat(page.present("sign-out")).as("still signed in, and may sign out").isTrue();
        }
        page.shot("officer-page-refused-en");
        page.open("/officer/queue?lang=zh", "forbidden");
        assertThat(responseStatus()).isEqualTo(403);
        assertThat(page.h1()).isEqualTo("您无权打开此页面");
        assertThat(page.element("lang-switch").getDomAttribute("href")).isEqualTo("/officer/queue?lang=en");
        page.shot("officer-page-refused-zh");

        // the way out leads to the declarant's own pages
        page.press("forbidden-declarations", "declarations");
        assertThat(page.h1()).isEqualTo("报关单");
        page.open("/declarations?lang=en", "declarations");
        page.signOut();
    }

    /** The HTTP status of the page the browser shows (Navigation Timing). */
    long responseStatus() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus");
    }
}
