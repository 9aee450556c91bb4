package org.importwindow.server.web.ecommerce;

import org.importwindow.server.ecommerce.Purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.server.ecommerce.CbecDemoParties;
import org.importwindow.server.ecommerce.CbecStatistics;
import org.importwindow.server.security.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The three cross-border e-commerce pages with the whole server on an in-memory database, after lists lodged through
 * the API with the demo enterprises' keys: the buyer's allowance and lists in both languages with the ID number
 * masked and never printed in full, a wrong check digit answered by the error summary with nothing looked up, a name
 * that is not the buyer's telling nothing; the enterprise's lists and receipts, its own only; the officer's volumes,
 * refusals by reason and throughput moving with the lists lodged, the htmx fragment, and who may open what.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:cbec-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class CbecPagesTest {
    static final String PLATFORM = Purchase.PLATFORM;
    static final String LOGISTICS = Purchase.LOGISTICS;
    static final String AGENT = Purchase.AGENT;
    static int serial = 300;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    @MockitoSpyBean
    CbecStatistics statistics;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username).withoutPassword());
    }

    static String newBuyer() {
        return Purchase.residentId(serial++);
    }

    /** POST one message to the API as the enterprise's system; returns the JSON receipts. */
    String lodge(String sender, String xml) throws Exception {
        return mvc.perform(post("/api/v1/cbec/messages").header("Authorization", "Bearer "
                                + CbecDemoParties.demoKey(sender)).contentType("application/xml").accept("application/json")
                        .content(xml.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Order, payment and waybill, then the list; returns the list's receipt. */
    String buy(Purchase p) throws Exception {
        lodge(p.platform, p.orderXml());
        lodge(AGENT, p.paymentXml());
        lodge(LOGISTICS, p.waybillXml());
        return lodge(AGENT, p.inventoryXml());
    }

    String buyerPage(String lang, String id, String name) throws Exception {
        return mvc.perform(post("/cbec/buyer").param("lang", lang).param("idNumber", id).param("buyerName", name)
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    // --- the buyer's page ---

    @Test
    void a_buyer_sees_this_years_usage_what_is_left_and_their_lists_in_both_languages_with_the_id_number_masked(
            CapturedOutput output) throws Exception {
        String id = newBuyer();
        Purchase released = new Purchase(id).tshirts("2", "80");
        assertThat(buy(released)).contains("\"800\"");
        Purchase refused = new Purchase(id).coffee("1", "200");
        refused.paidAdjustment = new java.math.BigDecimal("-5");
        assertThat(buy(refused)).contains("\"100\"");

        int logged = output.length();
        String en = buyerPage("en", id, "张三");
        assertThat(en).doesNotContain(id).contains(ResidentIdNumber.mask(id))
                .contains("Allowance of " + ResidentIdNumber.mask(id) + ", 张三")
                // 2 x 80 yuan of T-shirts and 10 yuan of freight: 170 yuan of the 26,000 of the year
                .contains("<span id=\"usage\">170.00</span>", "<span id=\"remaining\">25,830.00</span>",
                        "<span id=\"single-limit\">5,000.00</span>", "<span id=\"annual-limit\">26,000.00</span>",
                        "<span id=\"next-most\">5,000.00</span>", "财关税〔2018〕49号")
                .contains("data-cop-no=\"" + released.copNo + "\"", "data-cop-no=\"" + refused.copNo + "\"")
                .contains("Released", "Refused", "The amount paid differs from the order&#39;s actual payment (CBEC-112)")
                .doesNotContain("id=\"no-lists\"", "error-summary");
        String zh = buyerPage("zh", id, "张三");
        assertThat(zh).doesNotContain(id).contains(ResidentIdNumber.mask(id) + "（张三）的额度")
                .contains("已放行", "已退单", "年剩余额度", "<span id=\"remaining\">25,830.00</span>", "支付金额与订单实际支付金额不一致");
        // an ID typed with spaces and a lower-case x is the same buyer
        String spaced = id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14).toLowerCase();
        assertThat(buyerPage("en", spaced, "张三")).contains("<span id=\"usage\">170.00</span>").doesNotContain(id);
        assertThat(output.toString().substring(logged)).as("nothing logged with the number").doesNotContain(id)
                .doesNotContain(spaced);
    }

    @Test
    void a_list_cancelled_after_release_gives_the_allowance_back_and_withdraws_its_tax_bill() throws Exception {
        String id = newBuyer();
        Purchase p = new Purchase(id).tshirts("1", "990");
        Matcher invtNo = Pattern.compile("\"invtNo\":\"([^\"]+)\"").matcher(buy(p));
        assertThat(invtNo.find()).isTrue();
        assertThat(buyerPage("en", id, "张三")).contains("<span id=\"usage\">1,000.00</span>");
        assertThat(lodge(AGENT, p.cancellationXml(invtNo.group(1)))).contains("\"399\"");
        assertThat(buyerPage("en", id, "张三")).contains("<span id=\"usage\">0.00</span>",
                "<span id=\"remaining\">26,000.00</span>", "Cancelled", "tax bill withdrawn (list cancelled)");
        assertThat(buyerPage("zh", id, "张三")).contains("已撤单", "税单已撤销（撤单）");
    }

    @Test
    void a_wrong_check_digit_gets_the_error_summary_and_nothing_is_looked_up() throws Exception {
        String id = newBuyer();
        char check = id.charAt(17);
        String wrong = id.substring(0, 17) + (check == '1' ? '2' : '1');
        clearInvocations(statistics);
        String en = buyerPage("en", wrong, "张三");
        assertThat(en).contains("<title>Error: ", "class=\"error-summary\"", "href=\"#idNumber\"",
                        "Enter a valid resident ID number", "aria-invalid=\"true\"")
                .doesNotContain(wrong).doesNotContain("id=\"result\"");
        String zh = buyerPage("zh", wrong, "");
        assertThat(zh).contains("<title>错误：", "出现了问题", "请输入正确的身份证号码", "href=\"#buyerName\"", "请输入姓名")
                .doesNotContain(wrong);
        verify(statistics, never()).listsOfPerson(anyString(), anyInt());
        verify(statistics, never()).usage(anyString(), anyInt());
    }

    @Test
    void a_name_that_is_not_the_buyers_shows_exactly_what_a_number_without_purchases_shows() throws Exception {
        String buyer = newBuyer();
        buy(new Purchase(buyer).tshirts("1", "99"));
        String stranger = newBuyer();
        String wrongName = buyerPage("en", buyer, "李四");
        String nobody = buyerPage("en", stranger, "李四");
        assertThat(wrongName).contains("id=\"no-lists\"").doesNotContain("id=\"usage\"", "id=\"lists\"", buyer);
        assertThat(withoutTokens(wrongName).replace(ResidentIdNumber.mask(buyer), "MASKED"))
                .isEqualTo(withoutTokens(nobody).replace(ResidentIdNumber.mask(stranger), "MASKED"));
    }

    /** The page less its CSRF token, which changes from one request to the next. */
    static String withoutTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    @Test
    void the_buyers_page_is_public_in_both_languages_and_linked_from_the_navigation() throws Exception {
        String en = mvc.perform(get("/cbec/buyer?lang=en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("<h1>Your cross-border e-commerce allowance</h1>", "name=\"_csrf\"",
                "href=\"/cbec/buyer\"", "aria-current=\"page\"", "id=\"idNumber\"", "autocomplete=\"off\"");
        String zh = mvc.perform(get("/cbec/buyer?lang=zh")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("<h1>跨境电子商务个人额度查询</h1>", "跨境电商额度查询");
        // without the CSRF token the form is refused
        mvc.perform(post("/cbec/buyer").param("idNumber", newBuyer()).param("buyerName", "张三"))
                .andExpect(status().isForbidden());
    }

    // --- the enterprise's page ---

    @Test
    void a_platform_sees_its_lists_with_status_refusal_reason_and_tax_and_its_receipts_newest_first() throws Exception {
        Purchase released = new Purchase(newBuyer()).watch("300");
        buy(released);
        Purchase refused = new Purchase(newBuyer()).tshirts("2", "3000");
        assertThat(buy(refused)).contains("-621005");
        Purchase elsewhere = new Purchase(newBuyer()).coffee("1", "100");
        elsewhere.platform = AGENT;
        buy(elsewhere);

        String en = page("/cbec/platform?lang=en", as("platform-" + PLATFORM));
        assertThat(en).contains("customs code " + PLATFORM)
                .contains("data-cop-no=\"" + released.copNo + "\" data-status=\"RELEASED\"",
                        "data-cop-no=\"" + refused.copNo + "\" data-status=\"REFUSED\"")
                .contains("Over the single-transaction limit (-621005)", "Receipt text")
                .contains("VAT ", "order " + released.orderNo)
                .contains(ResidentIdNumber.mask(released.buyerId)).doesNotContain(released.buyerId)
                .doesNotContain(elsewhere.copNo)
                // the platform's receipts are those of the orders it sent
                .contains("id=\"receipts\"", "CEB312", released.orderNo).doesNotContain("CEB412");
        assertThat(en.indexOf(refused.copNo)).as("newest first").isLessThan(en.indexOf(released.copNo));
        String zh = page("/cbec/platform?lang=zh", as("platform-" + PLATFORM));
        assertThat(zh).contains("海关编码 " + PLATFORM, "已放行", "已退单", "超过单次交易限值 (-621005)", "回执原文", "增值税");

        // the same list as the logistics company and the agent see it; the other platform's list only to the agent
        assertThat(page("/cbec/platform?lang=en", as("logistics-" + LOGISTICS))).contains(released.copNo)
                .contains(elsewhere.copNo).contains("CEB512");
        assertThat(page("/cbec/platform?lang=en&status=REFUSED", as("agent-" + AGENT))).contains(refused.copNo)
                .doesNotContain("data-cop-no=\"" + released.copNo + "\"");
        assertThat(page("/cbec/platform?lang=en&number=" + released.orderNo, as("agent-" + AGENT)))
                .contains(released.copNo).doesNotContain("data-cop-no=\"" + refused.copNo + "\"");
    }

    @Test
    void the_enterprise_page_is_only_for_the_people_of_its_own_enterprise() throws Exception {
        mvc.perform(get("/cbec/platform")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/cbec/platform?enterprise=" + AGENT).with(as("platform-" + PLATFORM)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cbec/platform").with(as("declarant-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/cbec/platform").with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/cbec/platform?enterprise=" + PLATFORM).with(as("platform-" + PLATFORM)))
                .andExpect(status().isOk());
        // the nav shows the enterprise page to its people only
        assertThat(page("/cbec/buyer?lang=en", as("platform-" + PLATFORM))).contains("href=\"/cbec/platform\"")
                .doesNotContain("href=\"/cbec/officer\"");
        assertThat(page("/cbec/buyer?lang=en", as("declarant-a"))).doesNotContain("href=\"/cbec/platform\"");
    }

    // --- the officer's page ---

    /** The today and total cells of a row of the volumes table. */
    static long[] row(String html, String id) {
        Matcher m = Pattern.compile("<tr id=\"" + id + "\">.*?<td class=\"num\">([\\d,]+)</td>\\s*<td class=\"num\">"
                + "([\\d,]+)</td>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return new long[] {Long.parseLong(m.group(1).replace(",", "")), Long.parseLong(m.group(2).replace(",", ""))};
    }

    static long cell(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([\\d,.]+)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return Long.parseLong(m.group(1).replace(",", "").replaceAll("\\..*$", ""));
    }

    static long refusals(String html, String table, String code) {
        Matcher m = Pattern.compile("<table class=\"table\" id=\"" + table + "\">.*?data-code=\"" + code
                + "\">.*?<td class=\"num\">([\\d,]+)</td>\\s*<td class=\"num\">([\\d,]+)</td>", Pattern.DOTALL)
                .matcher(html);
        return m.find() ? Long.parseLong(m.group(2).replace(",", "")) : 0;
    }

    @Test
    void the_officer_sees_the_volumes_refusals_by_reason_and_throughput_move_with_the_lists_lodged() throws Exception {
        String before = page("/cbec/officer?lang=en", as("officer"));
        buy(new Purchase(newBuyer()).tshirts("1", "50"));
        buy(new Purchase(newBuyer()).coffee("1", "60"));
        Purchase mismatch = new Purchase(newBuyer()).tshirts("1", "70");
        mismatch.waybillConsignee = "李四";
        buy(mismatch);
        Purchase overLimit = new Purchase(newBuyer()).tshirts("2", "2600");
        buy(overLimit);
        Purchase waiting = new Purchase(newBuyer()).tshirts("1", "40");
        lodge(AGENT, waiting.inventoryXml());
        String after = page("/cbec/officer?lang=en", as("officer"));

        assertThat(row(after, "received")[1] - row(before, "received")[1]).isEqualTo(5);
        assertThat(row(after, "received")[0] - row(before, "received")[0]).isEqualTo(5);
        assertThat(row(after, "released")[1] - row(before, "released")[1]).isEqualTo(2);
        assertThat(row(after, "refused")[1] - row(before, "refused")[1]).isEqualTo(2);
        assertThat(row(after, "refused")[0] - row(before, "refused")[0]).isEqualTo(2);
        assertThat(row(after, "pending")[1] - row(before, "pending")[1]).isEqualTo(1);
        assertThat(cell(after, "decided-last-minute")).isGreaterThanOrEqualTo(4);
        assertThat(cell(after, "received-last-minute")).isGreaterThanOrEqualTo(5);
        assertThat(refusals(after, "refusals-by-code", "-621001") - refusals(before, "refusals-by-code", "-621001"))
                .isEqualTo(1);
        assertThat(refusals(after, "refusals-by-code", "-621005") - refusals(before, "refusals-by-code", "-621005"))
                .isEqualTo(1);
        assertThat(refusals(after, "refusals-by-check", "CBEC-113") - refusals(before, "refusals-by-check", "CBEC-113"))
                .isEqualTo(1);
        assertThat(after).contains("Over the single-transaction limit", "The consignee differs between order and waybill",
                "hx-get=\"/cbec/officer/figures?lang=en\"", "hx-trigger=\"every 5s\"", "id=\"pause\"");

        String zh = page("/cbec/officer?lang=zh", as("officer"));
        assertThat(zh).contains("跨境电子商务通关实时情况", "已放行", "退单原因", "订单与运单的收货人不一致", "超过单次交易限值");
    }

    @Test
    void the_officers_figures_refresh_with_htmx_and_can_be_stopped_and_read_without_javascript() throws Exception {
        String fragment = mvc.perform(get("/cbec/officer/figures?lang=en").header("HX-Request", "true")
                        .with(as("officer"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).startsWith("<div id=\"figures\"").contains("hx-trigger=\"every 5s\"", "id=\"volumes\"")
                .doesNotContain("<html", "<header");
        mvc.perform(get("/cbec/officer/figures").with(as("officer"))).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/cbec/officer"));
        String stopped = page("/cbec/officer?lang=en&live=off", as("officer"));
        assertThat(stopped).doesNotContain("hx-get=", "hx-trigger=").contains("id=\"resume\"", "id=\"volumes\"");
    }

    @Test
    void the_officers_page_is_only_for_officers() throws Exception {
        mvc.perform(get("/cbec/officer")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/cbec/officer/figures").header("HX-Request", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cbec/officer").with(as("declarant-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/cbec/officer").with(as("platform-" + PLATFORM))).andExpect(status().isForbidden());
        mvc.perform(get("/cbec/officer").with(as("admin"))).andExpect(status().isOk());
        assertThat(page("/cbec/buyer?lang=en", as("officer"))).contains("href=\"/cbec/officer\"");
    }
}
