package org.importwindow.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.importwindow.server.HttpClientSupport;
import org.importwindow.server.HttpClientSupport.Answer;
import org.importwindow.server.enterprise.DemoData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of issue 5 (EPCIS capture and query, traces, recalls, recall notices, complaints, defect signals)
 * called as every kind of user — nobody, the importers declarant-a and declarant-b, the consumer, the regulator, the
 * customs officer and an enterprise's system with its API key — and the status each answers. Calls that change
 * something get fresh data of their own, so the answers do not depend on the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:quality-access-matrix;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class TraceabilityRecallsComplaintsAccessMatrixTest {
    static final String A = DemoData.ENTERPRISE_A.uscc();
    static final String SYSTEM = "key:demo-key-1101110325";
    static final List<String> CALLERS = Arrays.asList(null, "declarant-a", "declarant-b", "consumer", "regulator",
            "officer", SYSTEM);

    @LocalServerPort
    int port;

    /** One endpoint and the status it answers to each caller, in the order of {@link #CALLERS}. */
    record Endpoint(String name, Function<String, Answer> call, int... expected) {
        int expected(String caller) {
            return expected[CALLERS.indexOf(caller)];
        }
    }

    @TestFactory
    List<DynamicTest> every_quality_endpoint_answers_every_kind_of_user_as_the_access_rules_say() {
        Supplier<String> recallOfA = () -> {
            Answer a = call("declarant-a", "POST", "/api/v1/recalls/plans", plan());
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            return a.json().get("id").asString();
        };
        Supplier<String> complaint = () -> {
            Answer a = call("consumer", "POST", "/api/v1/complaints", complaint());
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            return a.json().get("reference").asString();
        };
        String recall = recallOfA.get();
        String filed = complaint.get();
        String lot = "urn:epc:class:lgtin:9521141.012345.ACCESS1";
        List<Endpoint> endpoints = new ArrayList<>();
        //                                                        anon  decl-a decl-b cons  regul offic system
        endpoints.add(new Endpoint("POST /epcis/capture", u -> call(u, "POST", "/epcis/capture", document()),
                401, 202, 202, 403, 403, 403, 202));
        endpoints.add(new Endpoint("GET /epcis/events", u -> call(u, "GET", "/epcis/events?EQ_bizStep=shipping", null),
                401, 200, 200, 403, 200, 403, 200));
        endpoints.add(new Endpoint("GET /api/v1/trace", u -> call(u, "GET", "/api/v1/trace?epcClass=" + lot, null),
                401, 200, 200, 403, 200, 403, 200));
        endpoints.add(new Endpoint("GET /api/v1/recall-notices (public)",
                u -> call(u, "GET", "/api/v1/recall-notices", null), 200, 200, 200, 200, 200, 200, 200));
        endpoints.add(new Endpoint("GET /api/v1/recalls", u -> call(u, "GET", "/api/v1/recalls", null),
                401, 200, 200, 403, 200, 403, 403));
        endpoints.add(new Endpoint("GET A's recall case", u -> call(u, "GET", "/api/v1/recalls/" + recall, null),
                401, 200, 404, 403, 200, 403, 403));
        endpoints.add(new Endpoint("POST notice of A's recall (the importer's step)",
                u -> call(u, "POST", "/api/v1/recalls/" + recallOfA.get() + "/notice", notice()),
                401, 200, 404, 403, 403, 403, 403));
        endpoints.add(new Endpoint("POST investigation (the regulator's step)",
                u -> call(u, "POST", "/api/v1/recalls/investigations",
                        "{\"productName\":\"Kettle\",\"model\":\"K-1\",\"reason\":\"Signals\",\"on\":\"2026-11-02\"}"),
                401, 403, 403, 403, 201, 403, 403));
        endpoints.add(new Endpoint("POST complaint", u -> call(u, "POST", "/api/v1/complaints", complaint()),
                401, 403, 403, 201, 403, 403, 403));
        endpoints.add(new Endpoint("GET the consumer's complaint",
                u -> call(u, "GET", "/api/v1/complaints/" + filed, null), 401, 403, 403, 200, 200, 403, 403));
        endpoints.add(new Endpoint("GET complaint queue", u -> call(u, "GET", "/api/v1/complaints/queue", null),
                401, 403, 403, 403, 200, 403, 403));
        endpoints.add(new Endpoint("POST acceptance of a complaint",
                u -> call(u, "POST", "/api/v1/complaints/" + complaint.get() + "/acceptance", null),
                401, 403, 403, 403, 200, 403, 403));
        endpoints.add(new Endpoint("GET defect signals", u -> call(u, "GET", "/api/v1/defect-signals", null),
                401, 403, 403, 403, 200, 403, 403));
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
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

    private Answer call(String caller, String method, String path, String body) {
        HttpClientSupport http = new HttpClientSupport(port);
        String who = caller != null && caller.startsWith("key:") ? "Bearer " + caller.substring(4) : caller;
        if ("GET".equals(method)) {
            return http.get(who, path);
        }
        return path.startsWith("/epcis")
                ? http.post(who, path, "application/ld+json", body, HttpClientSupport.JSON_OR_PROBLEM)
                : http.post(who, path, body);
    }

    private static String document() {
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"2026-11-02T08:00:00Z","epcisBody":{"eventList":[
                 {"type":"ObjectEvent","eventTime":"2026-11-02T08:00:00.%sZ","eventTimeZoneOffset":"+08:00",
                  "epcList":["urn:epc:id:sscc:9521141.%s"],"action":"OBSERVE","bizStep":"shipping",
                  "quantityList":[{"epcClass":"urn:epc:class:lgtin:9521141.012345.ACCESS1","quantity":5}]}]}}
                """.formatted(String.format("%03d", (int) (Math.random() * 1000)),
                String.format("%010d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000_000L)));
    }

    private static String plan() {
        return """
                {"enterprise":"%s","products":[{"name":"Child car seat","brand":"Kinderfahrt","model":"KF-200",
                 "gtin":"04006381333931","lots":["L2403"],"producedFrom":"2026-03-01","producedTo":"2026-04-30",
                 "importedFrom":"2026-05-10","importedTo":"2026-06-20","quantity":1200,"hsCode":"9401200000",
                 "originCountry":"DE"}],
                 "defect":"The harness buckle can open under load","hazard":"A child may be thrown from the seat",
                 "riskLevel":"SERIOUS","remedy":"REPLACE","defectConfirmedOn":"2026-11-02","plannedCompletion":"2027-03-31",
                 "consumerContact":"400-820-0000","on":"2026-11-03"}""".formatted(A);
    }

    private static String notice() {
        return """
                {"titleZh":"关于召回部分儿童安全座椅的公告","titleEn":"Child car seats recalled",
                 "textZh":"卡扣在受力时可能打开。","textEn":"The buckle may open under load.","on":"2026-11-04"}""";
    }

    private static String complaint() {
        return """
                {"productName":"Toaster T-2","gtin":"0012345678905","model":"T-2","lot":"L9","brand":"Crisp",
                 "purchase":{"platform":"JD Worldwide","orderNumber":"JD-1"},
                 "whatHappened":"It sparked when switched on","injury":false,
                 "contact":{"name":"张三丰","phone":"13812345678","email":"zhang@example.com"}}""";
    }
}
