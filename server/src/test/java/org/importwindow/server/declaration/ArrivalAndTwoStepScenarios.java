package org.importwindow.server.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.importwindow.server.HttpClientSupport.Answer;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.security.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Advance declarations (released on the arrival of the goods) and two-step declarations (the summary releases the
 * goods; the full one follows within the legal number of days, or the summary is listed and flagged overdue) over
 * real HTTP with the demo users; run on H2 ({@link ArrivalAndTwoStepOverHttpTest}) and on PostgreSQL
 * ({@link ArrivalAndTwoStepOnPostgresqlTest}).
 */
@AutoConfigureMockMvc
abstract class ArrivalAndTwoStepScenarios {
    static final String A = DemoData.ENTERPRISE_A.uscc();
    static final String B = DemoData.ENTERPRISE_B.uscc();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static String reference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode lodge(String user, String body) {
        Answer a = api.post(user, "/api/v1/declarations", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }

    /** The officer's check of a yellow or red channel, as a customs officer does it. */
    void checkIfSelected(JsonNode d) {
        String channel = d.get("channel").asString();
        if (!channel.equals("GREEN")) {
            Answer checked = api.post("officer", "/api/v1/officer/declarations/" + d.get("id").asString()
                    + "/decision", "{\"decision\":\"" + (channel.equals("RED") ? "INSPECTED_OK" : "DOCUMENTS_CHECKED")
                    + "\",\"note\":\"in order\"}");
            assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        }
    }

    String status(String id) {
        return api.get("declarant-a", "/api/v1/declarations/" + id).json().get("status").asString();
    }

    List<String> eventTypes(String id) {
        List<String> types = new ArrayList<>();
        api.get("declarant-a", "/api/v1/declarations/" + id + "/events").json()
                .forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    /** A released summary of A and the last day for its full declaration (from its GoodsReleased event). */
    record Summary(String id, String reference, LocalDate due) {
    }

    Summary releasedSummary() {
        String ref = reference("S");
        JsonNode d = lodge("declarant-a", Api.ofKind(Api.wine(ref, A), "TWO_STEP_SUMMARY", null));
        String id = d.get("id").asString();
        checkIfSelected(d);
        // the summary releases the goods without payment
        assertThat(status(id)).isEqualTo("RELEASED");
        LocalDate due = null;
        for (JsonNode e : api.get("declarant-a", "/api/v1/declarations/" + id + "/events").json()) {
            if (e.get("type").asString().equals("GoodsReleased")) {
                for (String line : e.get("canonicalText").asString().split("\n")) {
                    if (line.startsWith("fullDeclarationDue=")) {
                        due = LocalDate.parse(line.substring("fullDeclarationDue=".length()));
                    }
                }
            }
        }
        assertThat(due).as("due date of the full declaration").isNotNull();
        return new Summary(id, ref, due);
    }

    List<String> overdueIds(String user, LocalDate asOf) {
        Answer a = api.get(user, "/api/v1/declarations/overdue?asOf=" + asOf);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        a.json().forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    @Test
    void an_advance_declaration_stays_unreleased_until_its_goods_arrive_then_is_released() {
        JsonNode d = lodge("declarant-a", Api.ofKind(Api.wine(reference("ADV"), A), "ADVANCE", null));
        String id = d.get("id").asString();
        String channel = d.get("channel").asString();
        if (channel.equals("RED")) {
            // goods that have not arrived cannot be inspected: arrival first, and still no release before inspection
            Answer arrived = api.post("declarant-a", "/api/v1/declarations/" + id + "/arrival", "{}");
            assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
            assertThat(arrived.json().get("status").asString()).isNotEqualTo("RELEASED");
            checkIfSelected(d);
        } else {
            checkIfSelected(d);
        }
        String payable = d.get("payable").asString();
        if (!payable.equals("0.00")) {
            Answer paid = api.post("declarant-a", "/api/v1/declarations/" + id + "/payments",
                    "{\"amount\":\"" + payable + "\",\"bankReference\":\"BOC-ADV\"}");
            assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        }
        if (!channel.equals("RED")) {
            assertThat(status(id)).as("paid and checked, but the goods are not here").isNotEqualTo("RELEASED");
            assertThat(eventTypes(id)).doesNotContain("GoodsReleased", "GoodsArrived");
            Answer arrived = api.post("officer", "/api/v1/declarations/" + id + "/arrival", "{}");
            assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
            assertThat(arrived.json().get("status").asString()).isEqualTo("RELEASED");
        }
        assertThat(status(id)).isEqualTo("RELEASED");
        List<String> types = eventTypes(id);
        assertThat(types).containsOnlyOnce("GoodsArrived");
        assertThat(types.get(types.size() - 1)).isEqualTo("GoodsReleased");
        // the goods arrive once
        Answer again = api.post("declarant-a", "/api/v1/declarations/" + id + "/arrival", "{}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("errors").get(0).get("code").asString()).isEqualTo("DEC-101");
    }

    @Test
    void an_arrival_time_in_the_future_or_before_the_lodging_is_refused_and_one_given_is_recorded() {
        String id = lodge("declarant-a", Api.ofKind(Api.wine(reference("ADV"), A), "ADVANCE", null))
                .get("id").asString();
        Answer future = api.post("declarant-a", "/api/v1/declarations/" + id + "/arrival",
                "{\"arrivedAt\":\"2999-01-01T00:00:00Z\"}");
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("code").asString()).isEqualTo("DEC-902");
        assertThat(future.json().get("errors").get(0).get("messageZh").asString()).isNotBlank();
        Answer before = api.post("declarant-a", "/api/v1/declarations/" + id + "/arrival",
                "{\"arrivedAt\":\"2020-01-01T00:00:00Z\"}");
        assertThat(before.status()).as("before the lodging: " + before.body()).isEqualTo(400);
        String at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        Answer arrived = api.post("declarant-a", "/api/v1/declarations/" + id + "/arrival",
                "{\"arrivedAt\":\"" + at + "\"}");
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        JsonNode events = api.get("declarant-a", "/api/v1/declarations/" + id + "/events").json();
        boolean recorded = false;
        for (JsonNode e : events) {
            recorded |= e.get("type").asString().equals("GoodsArrived")
                    && e.get("canonicalText").asString().contains("at=" + at);
        }
        assertThat(recorded).as(events.toString()).isTrue();
    }

    @Test
    void only_the_declarant_of_the_importer_an_officer_or_an_administrator_records_an_arrival() {
        String id = lodge("declarant-a", Api.ofKind(Api.wine(reference("ADV"), A), "ADVANCE", null))
                .get("id").asString();
        Answer b = api.post("declarant-b", "/api/v1/declarations/" + id + "/arrival", "{}");
        assertThat(b.status()).as(b.body()).isEqualTo(404);
        assertThat(b.contentType()).startsWith("application/problem+json");
        assertThat(api.post(null, "/api/v1/declarations/" + id + "/arrival", "{}").status()).isEqualTo(401);
        assertThat(eventTypes(id)).doesNotContain("GoodsArrived");
        assertThat(api.post("admin", "/api/v1/declarations/" + id + "/arrival", "{}").status()).isEqualTo(200);
    }

    @Test
    void a_full_declaration_lodged_in_time_is_recorded_on_its_summary_which_is_then_not_overdue() {
        Summary s = releasedSummary();
        String fullRef = reference("F");
        String body = Api.ofKind(Api.wine(fullRef, A), "TWO_STEP_FULL", s.reference());
        JsonNode full = lodge("declarant-a", body);
        assertThat(full.get("declarationKind").asString()).isEqualTo("TWO_STEP_FULL");
        List<String> types = eventTypes(s.id());
        assertThat(types).containsOnlyOnce("FullDeclarationLodged");
        boolean names = false;
        for (JsonNode e : api.get("declarant-a", "/api/v1/declarations/" + s.id() + "/events").json()) {
            names |= e.get("canonicalText").asString().contains("fullReference=" + fullRef);
        }
        assertThat(names).isTrue();
        assertThat(overdueIds("officer", s.due().plusDays(1))).doesNotContain(s.id());
        // the same full declaration again: the same one, recorded once
        Answer again = api.post("declarant-a", "/api/v1/declarations", body);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(full.get("id").asString());
        assertThat(eventTypes(s.id())).containsOnlyOnce("FullDeclarationLodged");
        // a second full declaration of the same summary is refused and not stored
        String second = reference("F");
        Answer other = api.post("declarant-a", "/api/v1/declarations",
                Api.ofKind(Api.wine(second, A), "TWO_STEP_FULL", s.reference()));
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(db.sql("select count(*) from declaration where reference = ?").param(second).query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_summary_without_its_full_declaration_is_listed_overdue_the_day_after_it_was_due_and_flagged_once()
            throws Exception {
        Summary s = releasedSummary();
        assertThat(s.due()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(14));
        assertThat(overdueIds("officer", s.due())).doesNotContain(s.id());
        LocalDate late = s.due().plusDays(1);
        assertThat(overdueIds("officer", late)).contains(s.id());
        assertThat(overdueIds("admin", late)).contains(s.id());
        assertThat(overdueIds("declarant-a", late)).contains(s.id());
        assertThat(overdueIds("declarant-b", late)).doesNotContain(s.id());

        Answer first = api.post("officer", "/api/v1/officer/overdue-flags?asOf=" + late, "");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("flaggedNow").toString()).contains(s.id());
        Answer second = api.post("officer", "/api/v1/officer/overdue-flags?asOf=" + late, "");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("flaggedNow").toString()).doesNotContain(s.id());
        assertThat(eventTypes(s.id())).containsOnlyOnce("FullDeclarationOverdue");
        JsonNode listed = api.get("declarant-a", "/api/v1/declarations/overdue?asOf=" + late).json();
        boolean flagged = false;
        for (JsonNode n : listed) {
            if (n.get("id").asString().equals(s.id())) {
                flagged = n.get("flagged").asBoolean();
                assertThat(n.get("fullDeclarationDue").asString()).isEqualTo(s.due().toString());
            }
        }
        assertThat(flagged).isTrue();

        // the badge on the declaration's page, the declarations list and the officer's queue page
        var a = user(users.loadUserByUsername("declarant-a").withoutPassword());
        var officer = user(users.loadUserByUsername("officer").withoutPassword());
        assertThat(mvc.perform(get("/declarations/" + s.id() + "?lang=en").with(a)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"overdue\"", "Full declaration overdue");
        assertThat(mvc.perform(get("/declarations?lang=zh").with(a)).andReturn().getResponse()
                .getContentAsString()).contains("data-overdue=\"" + s.id() + "\"", "完整申报逾期");
        assertThat(mvc.perform(get("/officer/queue?lang=en").with(officer)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"overdue-summaries\"", s.reference());

        // a full declaration after the due date still completes the summary, which then is no longer listed
        lodge("declarant-a", Api.ofKind(Api.wine(reference("F"), A), "TWO_STEP_FULL", s.reference()));
        assertThat(overdueIds("officer", late)).doesNotContain(s.id());
        assertThat(mvc.perform(get("/declarations/" + s.id() + "?lang=en").with(a)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("id=\"overdue\"");
    }

    @Test
    void a_full_declaration_naming_no_summary_of_its_importer_is_refused_with_every_error_and_not_stored() {
        String ref = reference("F");
        Answer a = api.post("declarant-a", "/api/v1/declarations",
                Api.ofKind(Api.wine(ref, A), "TWO_STEP_FULL", "NO-SUCH-SUMMARY"));
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode error = a.json().get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("DEC-108");
        assertThat(error.get("path").asString()).isEqualTo("summaryReference");
        assertThat(error.get("message").asString()).contains("NO-SUCH-SUMMARY");
        assertThat(error.get("messageZh").asString()).contains("NO-SUCH-SUMMARY");
        assertThat(db.sql("select count(*) from declaration where reference = ?").param(ref).query(Long.class)
                .single()).isZero();

        // another enterprise's summary is not one of the importer's
        String bSummary = reference("SB");
        JsonNode b = lodge("declarant-b", Api.ofKind(Api.wine(bSummary, B), "TWO_STEP_SUMMARY", null));
        checkIfSelected(b);
        Answer cross = api.post("declarant-a", "/api/v1/declarations",
                Api.ofKind(Api.wine(reference("F"), A), "TWO_STEP_FULL", bSummary));
        assertThat(cross.status()).as(cross.body()).isEqualTo(400);
        assertThat(cross.json().get("errors").get(0).get("code").asString()).isEqualTo("DEC-108");

        // a standard declaration is not a summary either; and the other errors come with it
        String standard = reference("A");
        lodge("declarant-a", Api.wine(standard, A));
        Answer wrongKind = api.post("declarant-a", "/api/v1/declarations", Api.ofKind(Api.wine(reference("F"), A),
                "TWO_STEP_FULL", standard).replace("\"portOfEntry\":\"2248\"", "\"portOfEntry\":\"\""));
        assertThat(wrongKind.status()).as(wrongKind.body()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        wrongKind.json().get("errors").forEach(e -> codes.add(e.get("code").asString() + "@" + e.get("path")
                .asString()));
        assertThat(codes).contains("DEC-108@summaryReference", "DEC-001@portOfEntry");
    }

    @Test
    void declarants_may_not_flag_overdue_summaries() {
        for (String declarant : List.of("declarant-a", "declarant-b")) {
            Answer a = api.post(declarant, "/api/v1/officer/overdue-flags?asOf=2030-01-01", "");
            assertThat(a.status()).as(a.body()).isEqualTo(403);
            assertThat(a.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.post(null, "/api/v1/officer/overdue-flags", "").status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/declarations/overdue").status()).isEqualTo(401);
        Answer bad = api.get("officer", "/api/v1/declarations/overdue?asOf=tomorrow");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("code").asString()).isEqualTo("API-001");
    }

    @Test
    void the_openapi_document_has_the_arrival_and_two_step_endpoints() {
        JsonNode paths = api.get(null, "/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/declarations/{id}/arrival")).isTrue();
        assertThat(paths.get("/api/v1/declarations/overdue").has("get")).isTrue();
        assertThat(paths.get("/api/v1/officer/overdue-flags").has("post")).isTrue();
    }
}
