package org.importwindow.server.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.importwindow.server.audit.AuditVerifier;
import org.importwindow.server.audit.VerifyAuditCommand;
import org.importwindow.server.HttpClientSupport.Answer;
import org.importwindow.server.enterprise.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The declaration API's contract over real HTTP with the demo users, run on H2 and on PostgreSQL: lodging,
 * idempotency, who sees and touches what, the workflow to release and the tamper-evident trail.
 */
abstract class DeclarationScenarios {
    static final String A = DemoData.ENTERPRISE_A.uscc();
    static final String B = DemoData.ENTERPRISE_B.uscc();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    AuditVerifier verifier;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    static String reference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode lodgeAsA(String reference) {
        Answer a = api.post("declarant-a", "/api/v1/declarations", Api.wine(reference, A));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json();
    }

    @Test
    void a_declarant_lodges_australian_wine_and_gets_it_assessed_and_channelled() {
        String ref = reference("A");
        Answer a = api.post("declarant-a", "/api/v1/declarations", Api.wine(ref, A));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        JsonNode d = a.json();
        assertThat(d.get("id").asString()).isNotBlank();
        assertThat(d.get("reference").asString()).isEqualTo(ref);
        assertThat(d.get("status").asString()).isNotBlank();
        assertThat(d.get("channel").asString()).isIn("GREEN", "YELLOW", "RED");
        // the same shape as POST /api/v1/assessments: ChAFTA wine is duty-free, 10% consumption tax, 13% VAT
        JsonNode assessment = d.get("assessment");
        assertThat(assessment.get("items").get(0).get("commodityCode").asString()).isEqualTo("22042100");
        assertThat(assessment.get("items").get(0).get("duty").get("amount").asString()).isEqualTo("0.00");
        assertThat(assessment.get("totals").get("payable").asString()).isNotBlank();
        assertThat(d.get("risk").isObject()).isTrue();
        assertThat(d.get("risk").has("rules")).isTrue();
    }

    @Test
    void lodging_the_same_reference_twice_answers_the_same_declaration_and_stores_one() {
        String ref = reference("A");
        String first = lodgeAsA(ref).get("id").asString();
        long events = db.sql("select count(*) from declaration_event where declaration_id = ?").param(first)
                .query(Long.class).single();
        Answer again = api.post("declarant-a", "/api/v1/declarations", Api.wine(ref, A));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("id").asString()).isEqualTo(first);
        assertThat(db.sql("select count(*) from declaration where reference = ?").param(ref).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from declaration_event where declaration_id = ?").param(first)
                .query(Long.class).single()).isEqualTo(events);
    }

    @Test
    void lodging_for_an_enterprise_one_is_not_authorised_for_is_refused_and_stores_nothing() {
        String ref = reference("B");
        Answer a = api.post("declarant-a", "/api/v1/declarations", Api.wine(ref, B));
        assertThat(a.status()).as(a.body()).isEqualTo(403);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(db.sql("select count(*) from declaration where reference = ?").param(ref).query(Long.class)
                .single()).isZero();
    }

    @Test
    void another_enterprises_declaration_is_not_found() {
        String id = lodgeAsA(reference("A")).get("id").asString();
        for (String path : List.of("/api/v1/declarations/" + id, "/api/v1/declarations/" + id + "/events")) {
            Answer b = api.get("declarant-b", path);
            assertThat(b.status()).as(path).isEqualTo(404);
            assertThat(b.json().get("errors").get(0).get("messageZh").asString()).isNotBlank();
        }
        assertThat(api.post("declarant-b", "/api/v1/declarations/" + id + "/cancellation", "{}").status())
                .isEqualTo(404);
        List<String> listed = new ArrayList<>();
        api.get("declarant-b", "/api/v1/declarations").json().forEach(n -> listed.add(n.get("id").asString()));
        assertThat(listed).doesNotContain(id);
        assertThat(api.get("declarant-a", "/api/v1/declarations/" + id).status()).isEqualTo(200);
    }

    @Test
    void calls_without_credentials_answer_401_problem_json_not_a_redirect() {
        Answer a = api.get(null, "/api/v1/declarations");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("errors").get(0).get("code").asString()).isEqualTo("AUTH-401");
        Answer wrong = api.get("Bearer not-a-token", "/api/v1/declarations");
        assertThat(wrong.status()).isEqualTo(401);
        // the tariff engine stays public
        assertThat(api.get(null, "/api/v1/commodities/22042100?date=2026-03-16").status()).isEqualTo(200);
    }

    @Test
    void a_wine_declaration_goes_through_control_and_payment_to_release() {
        JsonNode d = lodgeAsA(reference("A"));
        String id = d.get("id").asString();
        String channel = d.get("channel").asString();
        if (!channel.equals("GREEN")) {
            List<String> queue = new ArrayList<>();
            api.get("officer", "/api/v1/officer/queue").json().forEach(n -> queue.add(n.get("id").asString()));
            assertThat(queue).contains(id);
            Answer checked = api.post("officer", "/api/v1/officer/declarations/" + id + "/decision",
                    "{\"decision\":\"" + (channel.equals("RED") ? "INSPECTED_OK" : "DOCUMENTS_CHECKED")
                            + "\",\"note\":\"in order\"}");
            assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        }
        String payable = d.get("assessment").get("totals").get("payable").asString();
        Answer paid = api.post("declarant-a", "/api/v1/declarations/" + id + "/payments",
                "{\"amount\":\"" + payable + "\",\"bankReference\":\"BOC-" + id.substring(0, 8) + "\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        if (!paid.json().get("status").asString().equals("RELEASED")) {
            Answer released = api.post("officer", "/api/v1/officer/declarations/" + id + "/decision",
                    "{\"decision\":\"RELEASE\",\"note\":\"paid\"}");
            assertThat(released.status()).as(released.body()).isEqualTo(200);
        }
        assertThat(api.get("declarant-a", "/api/v1/declarations/" + id).json().get("status").asString())
                .isEqualTo("RELEASED");
        List<String> types = new ArrayList<>();
        JsonNode events = api.get("declarant-a", "/api/v1/declarations/" + id + "/events").json();
        events.forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).contains("PaymentConfirmed");
        assertThat(types.get(types.size() - 1)).isEqualTo("GoodsReleased");
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).get("previousHash").asString()).isEqualTo(events.get(i - 1).get("hash").asString());
        }
        List<String> released = new ArrayList<>();
        api.get("declarant-a", "/api/v1/declarations?status=RELEASED&from=2026-03-01&to=2026-03-31").json()
                .forEach(n -> released.add(n.get("id").asString()));
        assertThat(released).contains(id);
    }

    @Test
    void an_event_changed_in_the_database_is_named_by_the_audit_verification() {
        String id = lodgeAsA(reference("A")).get("id").asString();
        Answer before = api.get("officer", "/api/v1/audit/verify");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().get("valid").asBoolean()).as(before.body()).isTrue();
        assertThat(before.json().get("checked").asLong()).isPositive();
        long eventId = db.sql("select id from declaration_event where declaration_id = ? and sequence_no = 2")
                .param(id).query(Long.class).single();
        String original = db.sql("select canonical_text from declaration_event where id = ?").param(eventId)
                .query(String.class).single();
        try {
            db.sql("update declaration_event set canonical_text = ? where id = ?")
                    .params(original.replace("payable=", "payable=1"), eventId).update();
            Answer after = api.get("admin", "/api/v1/audit/verify");
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json().get("valid").asBoolean()).isFalse();
            assertThat(after.json().get("brokenEvent").get("id").asLong()).isEqualTo(eventId);
            assertThat(after.json().get("brokenEvent").get("declarationId").asString()).isEqualTo(id);
            VerifyAuditCommand command = new VerifyAuditCommand(verifier);
            command.run(null);
            assertThat(command.getExitCode()).isEqualTo(1);
        } finally {
            db.sql("update declaration_event set canonical_text = ? where id = ?").params(original, eventId).update();
        }
        VerifyAuditCommand command = new VerifyAuditCommand(verifier);
        command.run(null);
        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void a_lodged_declaration_read_back_explains_its_assessment_as_it_did_when_lodged() {
        String ref = reference("A");
        JsonNode lodged = lodgeAsA(ref);
        String id = lodged.get("id").asString();
        Answer read = api.get("declarant-a", "/api/v1/declarations/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        // the figures are stored; the words are produced again from the same request, date and tariff
        assertThat(read.json().get("assessment")).isEqualTo(lodged.get("assessment"));
        assertThat(read.json().get("assessment").get("items").get(0).get("explanationZh").get(0).asString())
                .isNotBlank();
        String stored = db.sql("select assessment_figures from declaration where id = ?").param(id)
                .query(String.class).single();
        assertThat(stored).contains("\"payable\"").doesNotContain("explanation");
    }

    @Test
    void when_todays_tariff_no_longer_gives_the_stored_figures_the_stored_figures_are_answered_and_say_so() {
        String id = lodgeAsA(reference("A")).get("id").asString();
        String stored = db.sql("select assessment_figures from declaration where id = ?").param(id)
                .query(String.class).single();
        // as if a corrected rate had been imported after the lodgement: what was assessed then still stands
        String then = stored.replaceFirst("\"payable\":\"([0-9.]+)\"", "\"payable\":\"99999.99\"");
        assertThat(then).isNotEqualTo(stored);
        db.sql("update declaration set assessment_figures = ? where id = ?").params(then, id).update();
        JsonNode assessment = api.get("declarant-a", "/api/v1/declarations/" + id).json().get("assessment");
        assertThat(assessment.get("totals").get("payable").asString()).isEqualTo("99999.99");
        assertThat(assessment.get("explanation").get(0).asString()).contains("data changed since");
        assertThat(assessment.get("explanationZh").get(0).asString()).contains("数据已有变更");
        assertThat(assessment.get("items").get(0).get("duty").get("measureSid").asLong()).isPositive();
    }

    @Test
    void a_batch_lodges_each_declaration_on_its_own_merits_and_stores_only_those_accepted() {
        String good = reference("A");
        String twice = reference("A");
        String already = reference("A");
        String bad = reference("A");
        String notMine = reference("B");
        String alreadyId = lodgeAsA(already).get("id").asString();
        long declarationsBefore = db.sql("select count(*) from declaration").query(Long.class).single();
        String body = "{\"declarations\":[" + String.join(",", Api.wine(good, A), Api.wine(twice, A),
                Api.wine(twice, A), Api.wine(already, A), Api.wine(bad, A).replace("22042100", "22042199"),
                Api.wine(notMine, B)) + "]}";
        Answer a = api.post("declarant-a", "/api/v1/declarations/batch", body);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode results = a.json().get("results");
        assertThat(results).hasSize(6);
        assertThat(results.get(0).get("status").asInt()).isEqualTo(201);
        assertThat(results.get(0).get("channel").asString()).isIn("GREEN", "YELLOW", "RED");
        assertThat(results.get(1).get("status").asInt()).isEqualTo(201);
        assertThat(results.get(2).get("status").asInt()).as("the same reference twice in one batch").isEqualTo(200);
        assertThat(results.get(2).get("id").asString()).isEqualTo(results.get(1).get("id").asString());
        assertThat(results.get(3).get("status").asInt()).isEqualTo(200);
        assertThat(results.get(3).get("id").asString()).isEqualTo(alreadyId);
        assertThat(results.get(4).get("status").asInt()).isEqualTo(400);
        assertThat(results.get(4).get("errors").get(0).get("code").asString()).startsWith("DEC-");
        assertThat(results.get(4).get("errors").get(0).get("messageZh").asString()).isNotBlank();
        assertThat(results.get(5).get("status").asInt()).isEqualTo(403);
        assertThat(a.json().get("lodged").asInt()).isEqualTo(2);
        assertThat(a.json().get("alreadyLodged").asInt()).isEqualTo(2);
        assertThat(a.json().get("refused").asInt()).isEqualTo(2);
        assertThat(db.sql("select count(*) from declaration").query(Long.class).single())
                .isEqualTo(declarationsBefore + 2);
        assertThat(db.sql("select count(*) from declaration where reference in (?, ?)").params(bad, notMine)
                .query(Long.class).single()).isZero();
        // each lodged one reads back whole, with its items and a sound chain of events
        String id = results.get(0).get("id").asString();
        JsonNode read = api.get("declarant-a", "/api/v1/declarations/" + id).json();
        assertThat(read.get("reference").asString()).isEqualTo(good);
        assertThat(read.get("assessment").get("items").get(0).get("explanation").size()).isPositive();
        assertThat(db.sql("select count(*) from declaration_item where declaration_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api.get("declarant-a", "/api/v1/declarations/" + id + "/events").json().size()).isGreaterThan(1);
        assertThat(api.get("officer", "/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
        // sent again, the whole batch changes nothing
        Answer again = api.post("declarant-a", "/api/v1/declarations/batch", body);
        assertThat(again.json().get("lodged").asInt()).isZero();
        assertThat(db.sql("select count(*) from declaration").query(Long.class).single())
                .isEqualTo(declarationsBefore + 2);
    }

    @Test
    void an_empty_or_oversized_batch_is_refused_whole() {
        Answer empty = api.post("declarant-a", "/api/v1/declarations/batch", "{\"declarations\":[]}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("API-002");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(Api.wine(reference("A"), A));
        }
        long before = db.sql("select count(*) from declaration").query(Long.class).single();
        Answer big = api.post("declarant-a", "/api/v1/declarations/batch",
                "{\"declarations\":[" + String.join(",", many) + "]}");
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.body()).contains("API-002").contains("101");
        assertThat(db.sql("select count(*) from declaration").query(Long.class).single()).isEqualTo(before);
        assertThat(api.post("officer", "/api/v1/declarations/batch", "{\"declarations\":[" + Api.wine(reference("A"), A)
                + "]}").status()).as("officers do not lodge").isEqualTo(403);
    }
}
