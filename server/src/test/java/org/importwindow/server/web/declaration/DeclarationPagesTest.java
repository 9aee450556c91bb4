package org.importwindow.server.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.security.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The declaration pages with the whole server (bundled tariff, demo users, security filters) on an in-memory
 * database: both languages, the form's error summary, the duty shown before lodging, lodging, who may open what,
 * and the sign-in redirect.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:declaration-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class DeclarationPagesTest {

    static final String A = DemoData.ENTERPRISE_A.uscc();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username).withoutPassword());
    }

    /** The contract's wine, from France, as the form posts it. */
    static MockHttpServletRequestBuilder wine(MockHttpServletRequestBuilder b, String reference) {
        return b.param("reference", reference).param("importer", A).param("declarationDate", "2026-03-16")
                .param("declarationKind", "STANDARD").param("tradeMode", "0110").param("transportMode", "2")
                .param("portOfEntry", "2248").param("countryOfDispatch", "FR").param("priceTerms", "CIF")
                .param("currency", "CNY").param("items[0].commodityCode", "22042100")
                .param("items[0].description", "bottled red wine").param("items[0].origin", "FR")
                .param("items[0].quantity", "900").param("items[0].unit", "LTR")
                .param("items[0].value", "100000").param("items[0].preference", "AUTO")
                .param("items[1].commodityCode", "").param("items[1].preference", "AUTO");
    }

    String lodge(String reference) throws Exception {
        String location = mvc.perform(wine(post("/declarations"), reference).param("action", "lodge")
                        .with(as("declarant-a")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/declarations/");
        return location.substring("/declarations/".length()).replaceFirst("\\?.*$", "");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in_and_the_tariff_pages_stay_public() throws Exception {
        mvc.perform(get("/declarations")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/officer/queue")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/calculator?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sign-in\"")));
        mvc.perform(get("/login?lang=zh")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>登录</h1>"), containsString("name=\"_csrf\""))));
        mvc.perform(get("/login?lang=en&error")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Sign in</h1>"),
                        containsString("href=\"#username\""))));
    }

    @Test
    void the_declarant_pages_render_in_chinese_and_english() throws Exception {
        mvc.perform(get("/declarations?lang=zh").with(as("declarant-a"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>报关单</h1>"),
                        containsString("当前用户：declarant-a"))));
        mvc.perform(get("/declarations?lang=en").with(as("declarant-a"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Declarations</h1>")));
        mvc.perform(get("/declarations/new?lang=zh").with(as("declarant-a"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>新建报关单</h1>"),
                        containsString("id=\"items-0-commodityCode\""))));
        mvc.perform(get("/declarations/new?lang=en").with(as("declarant-a"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>New declaration</h1>"),
                        containsString("value=\"" + A + "\" selected"))));
    }

    @Test
    void adding_an_item_re_posts_the_form_with_one_more_row_and_keeps_the_answers() throws Exception {
        mvc.perform(wine(post("/declarations/new?lang=en"), "ADD-1").param("action", "addItem")
                        .with(as("declarant-a")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"items-2-commodityCode\""),
                        containsString("value=\"22042100\""), containsString("id=\"remove-item-0\""))));
    }

    @Test
    void a_form_with_errors_is_shown_again_with_a_summary_linking_to_each_field() throws Exception {
        mvc.perform(post("/declarations/new?lang=en").param("action", "check").param("reference", "")
                        .param("importer", A).param("declarationDate", "2026-03-16").param("currency", "CNY")
                        .param("items[0].commodityCode", "22042100").param("items[0].origin", "FR")
                        .param("items[0].value", "abc").with(as("declarant-a")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"error-summary\""),
                        containsString("href=\"#reference\""), containsString("href=\"#items-0-value\""),
                        containsString("aria-invalid=\"true\""), containsString("(DEC-001)"))));
    }

    @Test
    void the_duty_is_shown_before_lodging_and_nothing_is_stored_until_lodged() throws Exception {
        String reference = "PAGE-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(wine(post("/declarations/new?lang=en"), reference).param("action", "check")
                        .with(as("declarant-a")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Check your answers before lodging"),
                        containsString("data-amount=\"43133.34\""), containsString("id=\"lodge\""))));
        mvc.perform(get("/declarations?lang=en").with(as("declarant-a")))
                .andExpect(content().string(not(containsString(reference))));
        String id = lodge(reference);
        mvc.perform(get("/declarations/" + id + "?lang=zh&done=lodged").with(as("declarant-a")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("报关单已申报"), containsString("id=\"timeline\""),
                        containsString("已申报"), containsString("43,133.34"))));
        mvc.perform(get("/declarations/" + id + "?lang=en").with(as("declarant-a")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Declaration " + reference),
                        containsString("Status timeline"), containsString("id=\"channel\""))));
    }

    @Test
    void a_declarant_cannot_open_another_enterprises_declaration() throws Exception {
        String id = lodge("OTHER-" + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(get("/declarations/" + id + "?lang=en").with(as("declarant-b")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Declaration not found")));
        mvc.perform(post("/declarations/" + id + "/payment").with(as("declarant-b")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/declarations/" + id + "/amendment").with(as("declarant-b")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_officer_pages_are_for_officers_only() throws Exception {
        String id = lodge("OFF-" + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(get("/officer/queue").with(as("declarant-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/officer/declarations/" + id).with(as("declarant-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/officer/queue?lang=zh").with(as("officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>查验待办</h1>")));
        mvc.perform(get("/officer/queue?lang=en").with(as("officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Control queue</h1>")));
        mvc.perform(get("/officer/declarations/" + id + "?lang=en").with(as("officer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Channel and risk rules"),
                        containsString("Status timeline"))));
    }

    @Test
    void an_officer_must_choose_a_decision_and_a_declarant_cannot_decide() throws Exception {
        String id = lodge("DEC-" + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(post("/officer/declarations/" + id + "?lang=en").param("note", "looked at it")
                        .with(as("officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#decision-buttons\""),
                        containsString("Choose a decision"), containsString("looked at it"))));
        mvc.perform(post("/officer/declarations/" + id).param("decision", "RELEASE").with(as("declarant-a"))
                .with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void a_declarant_cancels_with_a_reason_and_the_timeline_shows_it() throws Exception {
        String id = lodge("CAN-" + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(post("/declarations/" + id + "/cancellation?lang=en").param("reason", "")
                        .with(as("declarant-a")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")));
        mvc.perform(post("/declarations/" + id + "/cancellation").param("reason", "ordered twice")
                        .with(as("declarant-a")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/declarations/" + id + "?lang=en").with(as("declarant-a")))
                .andExpect(content().string(allOf(containsString("data-status=\"CANCELLED\""),
                        containsString("data-type=\"DeclarationCancelled\""), not(containsString("id=\"pay\"")))));
    }
}
