package org.importwindow.server.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.importwindow.server.HttpClientSupport.Answer;
import org.importwindow.server.enterprise.DemoData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every declaration, officer, audit, enterprise and token endpoint called as every role (nobody, declarant-a,
 * declarant-b, officer, admin) on a declaration of enterprise A: the status each answers. Each call that changes a
 * declaration gets a fresh one, so the answers do not depend on the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:access-matrix-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class AccessControlMatrixTest {
    static final String A = DemoData.ENTERPRISE_A.uscc();
    static final List<String> CALLERS = java.util.Arrays.asList(null, "declarant-a", "declarant-b", "officer", "admin");

    @LocalServerPort
    int port;

    /** One endpoint: how to call it as a user on a fresh declaration of A, and the expected status per caller. */
    record Endpoint(String name, Function<String, Answer> call, int anonymous, int declarantA, int declarantB,
                    int officer, int admin) {
        int expected(String caller) {
            return caller == null ? anonymous : switch (caller) {
                case "declarant-a" -> declarantA;
                case "declarant-b" -> declarantB;
                case "officer" -> officer;
                default -> admin;
            };
        }
    }

    @TestFactory
    List<DynamicTest> every_endpoint_answers_every_role_as_the_access_rules_say() {
        Api api = new Api(port);
        Function<String, String> fresh = ignored -> {
            Answer a = api.post("declarant-a", "/api/v1/declarations", Api.wine("M-" + UUID.randomUUID(), A));
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            return a.json().get("id").asString();
        };
        String shared = fresh.apply(null);
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        add(endpoints, new Endpoint("GET enterprises/mine", u -> api.get(u, "/api/v1/enterprises/mine"),
                401, 200, 200, 200, 200));
        add(endpoints, new Endpoint("POST declarations for A",
                u -> api.post(u, "/api/v1/declarations", Api.wine("M-" + UUID.randomUUID(), A)),
                401, 201, 403, 403, 403));
        // a batch answers 200 with each declaration's outcome; another enterprise's declarant gets 403 inside it
        // for each declaration (a_batch_lodges_each_declaration_on_its_own_merits_... checks nothing is stored)
        add(endpoints, new Endpoint("POST declarations/batch for A", u -> {
            Answer a = api.post(u, "/api/v1/declarations/batch", "{\"declarations\":["
                    + Api.wine("M-" + UUID.randomUUID(), A) + "]}");
            if (a.status() == 200 && !"declarant-a".equals(u)) {
                assertThat(a.json().get("results").get(0).get("status").asInt()).isEqualTo(403);
                assertThat(a.json().get("lodged").asInt()).isZero();
            }
            return a;
        }, 401, 200, 200, 403, 403));
        add(endpoints, new Endpoint("GET declaration of A", u -> api.get(u, "/api/v1/declarations/" + shared),
                401, 200, 404, 200, 200));
        add(endpoints, new Endpoint("GET declarations", u -> api.get(u, "/api/v1/declarations"),
                401, 200, 200, 200, 200));
        add(endpoints, new Endpoint("GET events of A's", u -> api.get(u, "/api/v1/declarations/" + shared + "/events"),
                401, 200, 404, 200, 200));
        add(endpoints, new Endpoint("POST amendment of A's", u -> api.post(u, "/api/v1/declarations/"
                + fresh.apply(null) + "/amendments", Api.wine("ignored", A)), 401, 200, 404, 403, 403));
        add(endpoints, new Endpoint("POST cancellation of A's", u -> api.post(u, "/api/v1/declarations/"
                + fresh.apply(null) + "/cancellation", "{\"reason\":\"wrong port\"}"), 401, 200, 404, 403, 403));
        add(endpoints, new Endpoint("POST payment of A's", u -> {
            String id = fresh.apply(null);
            JsonNode d = api.get("declarant-a", "/api/v1/declarations/" + id).json();
            String channel = d.get("channel").asString();
            if (!channel.equals("GREEN")) {
                // payment comes after the channel's check: the officer does it first
                assertThat(api.post("officer", "/api/v1/officer/declarations/" + id + "/decision", "{\"decision\":\""
                        + (channel.equals("RED") ? "INSPECTED_OK" : "DOCUMENTS_CHECKED") + "\"}").status())
                        .isEqualTo(200);
            }
            String payable = d.get("payable").asString();
            return api.post(u, "/api/v1/declarations/" + id + "/payments",
                    "{\"amount\":\"" + payable + "\",\"bankReference\":\"BANK-1\"}");
        }, 401, 200, 404, 403, 200));
        add(endpoints, new Endpoint("GET officer queue", u -> api.get(u, "/api/v1/officer/queue"),
                401, 403, 403, 200, 200));
        add(endpoints, new Endpoint("POST officer decision HOLD", u -> api.post(u, "/api/v1/officer/declarations/"
                + fresh.apply(null) + "/decision", "{\"decision\":\"HOLD\",\"note\":\"check\"}"),
                401, 403, 403, 200, 200));
        add(endpoints, new Endpoint("GET audit verify", u -> api.get(u, "/api/v1/audit/verify"),
                401, 403, 403, 200, 200));
        // advance and two-step (ArrivalAndTwoStepController)
        add(endpoints, new Endpoint("POST arrival of A's advance declaration", u -> {
            Answer a = api.post("declarant-a", "/api/v1/declarations",
                    Api.ofKind(Api.wine("M-" + UUID.randomUUID(), A), "ADVANCE", null));
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            return api.post(u, "/api/v1/declarations/" + a.json().get("id").asString() + "/arrival", "{}");
        }, 401, 200, 404, 200, 200));
        add(endpoints, new Endpoint("GET overdue summaries", u -> api.get(u, "/api/v1/declarations/overdue"
                + "?asOf=2030-01-01"), 401, 200, 200, 200, 200));
        add(endpoints, new Endpoint("POST officer overdue flags", u -> api.post(u, "/api/v1/officer/overdue-flags"
                + "?asOf=2030-01-01", ""), 401, 403, 403, 200, 200));
        add(endpoints, new Endpoint("POST tokens", u -> api.post(u, "/api/v1/tokens", "{}"),
                401, 201, 201, 201, 201));
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints.values()) {
            for (String caller : CALLERS) {
                tests.add(DynamicTest.dynamicTest(e.name() + " as " + (caller == null ? "anonymous" : caller), () -> {
                    Answer a = e.call().apply(caller);
                    assertThat(a.status()).as(a.body()).isEqualTo(e.expected(caller));
                    if (a.status() >= 400) {
                        assertThat(a.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
        }
        return tests;
    }

    private static void add(Map<String, Endpoint> endpoints, Endpoint e) {
        endpoints.put(e.name(), e);
    }
}
