package org.importwindow.server.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.importwindow.server.web.Chromium;
import org.importwindow.server.web.declaration.PageSteps.ErrorLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The declarant's journey in Chinese, in headless Chromium whose own language is English: {@code ?lang=zh} switches
 * the pages to Chinese and the {@code iw-lang} cookie keeps them so; the form's labels, the error summary (with the
 * rule codes), the check page, the detail with its status timeline and the list speak Chinese (the texts of
 * messages_zh.properties and the engine's Chinese messages); the header's switch brings English back and English
 * stays. Skipped only where Debian's chromedriver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:declaration-pages-in-chinese;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DeclarationPagesInChineseInBrowserTest {

    /** messages_zh.properties: declaration.status.* and declaration.channel.* */
    static final Map<String, String> STATUS_ZH = Map.of("LODGED", "已申报", "ASSESSED", "已计税",
            "SELECTED", "已分配通道", "RELEASED", "已放行");
    static final Map<String, String> CHANNEL_ZH = Map.of("GREEN", "绿色通道", "YELLOW", "黄色通道", "RED", "红色通道");

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    PageSteps page;

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
    }

    String label(String field) {
        return browser.findElement(By.cssSelector("label[for='" + field + "']")).getText();
    }

    @Test
    void a_declarant_lodges_in_chinese_sees_errors_and_the_timeline_in_chinese_and_switches_back_to_english() {
        // the browser asks for English; ?lang=zh switches, and the cookie keeps Chinese from then on
        page.open("/login?lang=zh", "login-form");
        assertThat(page.h1()).isEqualTo("登录");
        assertThat(page.cookie("iw-lang")).startsWith("zh");
        page.signIn("declarant-a", "/declarations");
        assertThat(page.h1()).isEqualTo("报关单");
        assertThat(page.text("new-declaration")).isEqualTo("新建报关单");
        assertThat(page.text("lang-switch")).isEqualTo("English");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-Hans");

        page.press("new-declaration", "declaration-form");
        assertThat(page.h1()).isEqualTo("新建报关单");
        assertThat(label("reference")).isEqualTo("内部编号");
        assertThat(label("importer")).isEqualTo("收货人（进口企业）");
        assertThat(label("declarationDate")).isEqualTo("申报日期");
        assertThat(label("portOfEntry")).isEqualTo("进境关别");
        assertThat(label("countryOfDispatch")).isEqualTo("启运国（地区）");
        assertThat(label("items-0-commodityCode")).isEqualTo("税则号列");
        assertThat(label("items-0-origin")).isEqualTo("原产国（地区）");
        assertThat(label("items-0-value")).isEqualTo("总价");
        assertThat(page.text("check-answers")).isEqualTo("核对税费和申报内容");

        // mistakes: no reference, a code the tariff does not have, a value that is not a number
        page.date("declarationDate", "2026-03-16");
        page.type("portOfEntry", "2248");
        page.choose("countryOfDispatch", "FR");
        page.type("items-0-commodityCode", "99999999");
        page.choose("items-0-origin", "FR");
        page.type("items-0-description", "瓶装红葡萄酒");
        page.type("items-0-value", "十万");
        page.type("items-0-quantity", "900");
        page.choose("items-0-unit", "LTR");
        page.press("check-answers", "error-summary");
        page.shot("declaration-form-errors-zh");
        assertThat(browser.getTitle()).startsWith("错误：新建报关单");
        assertThat(page.text("error-summary-title")).isEqualTo("出现了问题");
        page.waitForFocusOn("error-summary");
        assertThat(page.errorSummary()).containsExactly(
                new ErrorLink("#reference", "请填写本报关单的内部编号 (DEC-001)"),
                new ErrorLink("#items-0-commodityCode", "第 1 项商品：商品编号99999999不存在 (DEC-010)"),
                new ErrorLink("#items-0-value", "第 1 项商品：“十万”不是十进制数（例如 12000.00） (DEC-000)"));
        assertThat(page.element("reference-error").getDomProperty("textContent"))
                .contains("错误：", "请填写本报关单的内部编号 (DEC-001)");
        assertThat(page.value("items-0-description")).isEqualTo("瓶装红葡萄酒");
        assertThat(page.value("items-0-value")).isEqualTo("十万");

        // put right: the check page, then lodged
        String reference = "ZH-" + UUID.randomUUID().toString().substring(0, 8);
        page.type("reference", reference);
        page.type("items-0-commodityCode", "22042100");
        page.type("items-0-value", "100000");
        page.press("check-answers", "total-payable");
        assertThat(page.h1()).isEqualTo("申报前请核对");
        assertThat(browser.findElement(By.id("main")).getText()).contains("应缴关税和税款", "应缴合计");
        assertThat(page.text("total-payable")).isEqualTo("43,133.34");
        assertThat(page.text("lodge")).isEqualTo("确认申报");
        page.press("lodge", "timeline");
        page.shot("declaration-detail-zh");

        String id = page.declarationId();
        assertThat(page.h1()).isEqualTo("报关单 " + reference);
        assertThat(page.text("done")).isEqualTo("报关单已申报。");
        assertThat(page.text("timeline-heading")).isEqualTo("状态记录");
        assertThat(page.timelineTypes()).startsWith("DeclarationLodged", "DeclarationAssessed", "ChannelAssigned");
        assertThat(page.timelineLabels()).startsWith("已申报", "已计税", "已分配通道");
        assertThat(browser.findElement(By.cssSelector("#timeline > li .timeline-meta")).getText())
                .contains("办理人：declarant-a");
        String status = page.element("status").getDomAttribute("data-status");
        assertThat(page.text("status")).isEqualTo(STATUS_ZH.get(status));
        String channel = page.element("channel").getDomAttribute("data-channel");
        assertThat(page.text("channel")).isEqualTo(CHANNEL_ZH.get(channel));
        assertThat(page.text("risk-heading")).isEqualTo("通道和风险规则");

        // the list, opened without ?lang: the cookie keeps it Chinese
        page.open("/declarations", "declarations");
        assertThat(page.h1()).isEqualTo("报关单");
        var row = browser.findElement(By.xpath("//table[@id='declarations']//tr[td/a[text()='" + reference + "']]"));
        assertThat(row.getText()).contains(STATUS_ZH.get(status), CHANNEL_ZH.get(channel), "43,133.34");

        // the header's switch: English, and it stays English
        page.element("lang-switch").click();
        page.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Declarations"));
        assertThat(page.cookie("iw-lang")).isEqualTo("en");
        assertThat(page.text("lang-switch")).isEqualTo("中文");
        page.open("/declarations/" + id, "timeline");
        page.shot("declaration-detail-en-after-switch");
        assertThat(page.h1()).isEqualTo("Declaration " + reference);
        assertThat(page.timelineLabels()).startsWith("Lodged", "Assessed", "Channel assigned");
        assertThat(page.text("timeline-heading")).isEqualTo("Status timeline");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }
}
