package org.importwindow.server.web.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.importwindow.server.complaint.ComplaintService;
import org.importwindow.server.complaint.ComplaintView;
import org.importwindow.server.security.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The complaint pages without a browser: the regulator's steps as plain form posts (a decline without reason
 * answered by the error summary), the signals page with its figures and the one-click investigation, the Chinese
 * pages, and who may open what.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:complaint-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class ComplaintPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    @Autowired
    ComplaintService service;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username).withoutPassword());
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String fileOne() {
        ComplaintForm f = new ComplaintForm();
        f.setProductName("Desk lamp DL-3");
        f.setModel("DL-3");
        f.setShop("Lamp shop");
        f.setWhatHappened("Flickers and buzzes");
        f.setInjury("no");
        f.setContactName("韩梅梅");
        f.setContactPhone("13600001111");
        ComplaintView v = service.file((org.importwindow.server.security.AppUser) users.loadUserByUsername("consumer"),
                f.draft());
        return v.reference();
    }

    @Test
    void the_regulator_accepts_mediates_and_closes_with_plain_forms_and_a_reasonless_decline_is_explained() throws Exception {
        String ref = fileOne();
        String queue = page("/regulator/complaints?lang=en", as("regulator"));
        assertThat(queue).contains("row-" + ref, "Desk lamp DL-3", "Overdue");

        String refused = mvc.perform(post("/regulator/complaints/" + ref + "/decline").param("reason", " ")
                        .param("lang", "en").with(as("regulator")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("error-summary", "CMP-102");

        for (String step : new String[] {"accept", "mediate"}) {
            mvc.perform(post("/regulator/complaints/" + ref + "/" + step).with(as("regulator")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/regulator/complaints/" + ref + "/close").param("outcome", "MEDIATION_AGREEMENT")
                        .param("note", "Replaced").with(as("regulator")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String detail = page("/complaints/" + ref + "?lang=en", as("consumer"));
        assertThat(detail).contains("Closed", "Mediation agreement reached: Replaced", "Mediation started",
                "136****1111", "韩*").doesNotContain("13600001111", "韩梅梅");
        assertThat(page("/complaints/" + ref + "?lang=en", as("regulator"))).contains("13600001111", "韩梅梅");
    }

    @Test
    void the_signals_page_shows_the_kettle_figures_and_opens_an_investigation_in_one_click() throws Exception {
        String signals = page("/regulator/signals?lang=en", as("regulator"));
        assertThat(signals).contains("gtin:04006381333931", "Flagged", "Open an investigation", "1 · 1 · 1");
        String id = signals.replaceAll("(?s).*id=\"investigate-([^\"]+)\".*", "$1");
        mvc.perform(post("/regulator/signals/" + id + "/investigation").with(as("regulator")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("opened=")));
        assertThat(page("/regulator/signals?lang=en", as("regulator"))).contains("INVESTIGATING", "/recall-cases/")
                .doesNotContain("id=\"investigate-" + id + "\"");
    }

    @Test
    void the_pages_speak_chinese() throws Exception {
        assertThat(page("/complaints/new?lang=zh", as("consumer"))).contains("投诉进口商品", "商品条码（GTIN）");
        assertThat(page("/regulator/complaints?lang=zh", as("regulator"))).contains("投诉受理队列", "已超期");
        assertThat(page("/regulator/signals?lang=zh", as("regulator"))).contains("缺陷信号", "立案调查");
        String errors = mvc.perform(post("/complaints/new").param("lang", "zh").with(as("consumer")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("出现了问题", "请填写商品名称。 (CMP-001)", "href=\"#productName\"");
    }

    @Test
    void only_consumers_and_the_regulator_open_complaint_pages_and_only_the_regulator_the_desk() throws Exception {
        mvc.perform(get("/complaints")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/complaints").with(as("declarant-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/regulator/complaints").with(as("consumer"))).andExpect(status().isForbidden());
        mvc.perform(get("/regulator/signals").with(as("consumer"))).andExpect(status().isForbidden());
        String ref = fileOne();
        users.insert("consumer-3", "x", "Third", java.util.List.of(org.importwindow.server.security.Role.CONSUMER),
                java.util.List.of());
        mvc.perform(get("/complaints/" + ref).with(as("consumer-3"))).andExpect(status().isNotFound());
        assertThat(page("/complaints", as("consumer-3"))).doesNotContain(ref);
    }
}
