package org.importwindow.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.server.HttpClientSupport;
import org.importwindow.server.HttpClientSupport.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The REST API v1 contract over real HTTP, on the embedded H2 database seeded with the bundled data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class TariffApiOverHttpTest {

    @LocalServerPort
    int port;

    HttpClientSupport http;

    @BeforeEach
    void client() {
        http = new HttpClientSupport(port);
    }

    @Test
    void a_trader_looks_up_wine_and_sees_its_ancestors_and_the_measures_in_force() {
        Answer a = http.get("/api/v1/commodities/22042100?date=2026-03-16");
        assertThat(a.status()).isEqualTo(200);
        JsonNode wine = a.json();
        assertThat(wine.get("code").asString()).isEqualTo("22042100");
        assertThat(wine.get("declarable").asBoolean()).isTrue();
        assertThat(wine.get("descriptions").get("zh").asString()).isNotBlank();
        assertThat(wine.get("descriptions").get("en").asString()).isNotBlank();
        List<String> ancestors = new ArrayList<>();
        wine.get("ancestors").forEach(n -> ancestors.add(n.get("code").asString()));
        assertThat(ancestors).containsExactly("22", "2204", "220421");
        List<String> types = new ArrayList<>();
        wine.get("measures").forEach(m -> types.add(m.get("type").asString()));
        assertThat(types).contains("MFN", "GENERAL", "CONVENTIONAL", "CONSUMPTION_TAX", "VAT");
        JsonNode mfn = find(wine.get("measures"), "type", "MFN");
        assertThat(mfn.get("expression").asString()).isEqualTo("14%");
        assertThat(mfn.get("geographicalArea").get("id").asString()).isEqualTo("MFN");
        assertThat(mfn.get("legalAct").get("id").asString()).isNotBlank();
        assertThat(mfn.get("validFrom").asString()).isNotBlank();
        JsonNode chafta = find(wine.get("measures"), "arrangement", "AU");
        assertThat(chafta.get("conditions").asString()).contains("PROOF_OF_ORIGIN");
    }

    @Test
    void an_unknown_commodity_code_is_a_404_problem() {
        Answer a = http.get("/api/v1/commodities/99999999");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("status").asInt()).isEqualTo(404);
        assertThat(a.json().get("errors").get(0).get("path").asString()).isEqualTo("code");
    }

    @Test
    void search_finds_lines_by_code_prefix_english_and_chinese_words() {
        assertThat(codes(http.get("/api/v1/commodities?q=2204").json())).contains("22042100")
                .allMatch(c -> c.startsWith("2204"));
        assertThat(codes(http.get("/api/v1/commodities?q=wine").json())).contains("22042100");
        assertThat(codes(http.get("/api/v1/commodities?q=%E8%91%A1%E8%90%84%E9%85%92").json())) // 葡萄酒
                .contains("2204");
        JsonNode limited = http.get("/api/v1/commodities?q=02&limit=3").json();
        assertThat(limited.size()).isEqualTo(3);
        assertThat(limited.get(0).has("descriptionZh")).isTrue();
        assertThat(limited.get(0).has("declarable")).isTrue();
    }

    @TestFactory
    List<DynamicTest> every_shared_assessment_example_gives_the_expected_taxes_over_http() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/assessments.json")) {
            cases = HttpClientSupport.JSON.readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> {
                Answer a = http.postJson("/api/v1/assessments", c.get("request").toString());
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                JsonNode totals = a.json().get("totals");
                JsonNode expect = c.get("expect");
                assertThat(totals.get("duty").asString()).isEqualTo(expect.get("duty").asString());
                assertThat(totals.get("consumptionTax").asString()).isEqualTo(expect.get("consumptionTax").asString());
                assertThat(totals.get("vat").asString()).isEqualTo(expect.get("vat").asString());
                assertThat(totals.get("payable").asString()).isEqualTo(expect.get("payable").asString());
            }));
        }
        return tests;
    }

    @Test
    void wine_declared_in_dollars_is_converted_at_the_customs_rate_and_explained() {
        // 12,000 USD of Australian wine on 2026-03-16: the March 2026 rate is 6.9064 (approximated from the
        // February monthly average, the ECB daily file ending in 2025-05); ChAFTA 0; consumption tax 10%; VAT 13%
        Answer a = http.postJson("/api/v1/assessments", AssessmentController.EXAMPLE);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode body = a.json();
        assertThat(body.get("currency").asString()).isEqualTo("USD");
        assertThat(body.get("exchangeRate").get("rate").asString()).isEqualTo("6.9064");
        assertThat(body.get("exchangeRate").get("month").asString()).isEqualTo("2026-03");
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("customsValueCny").asString()).isEqualTo("82876.80");
        assertThat(item.get("duty").get("amount").asString()).isEqualTo("0.00");
        assertThat(item.get("consumptionTax").get("amount").asString()).isEqualTo("9208.53");
        assertThat(body.get("totals").get("payable").asString()).isEqualTo("21179.62");
        assertThat(item.get("duty").has("legalAct")).isTrue();
        assertThat(item.get("vat").get("rate").asString()).isEqualTo("0.13");
        assertThat(item.get("explanation").size()).isPositive();
        assertThat(item.get("alternatives").size()).isPositive();
        assertThat(item.get("alternatives").get(0).has("eligible")).isTrue();
    }

    @Test
    void a_chinese_broker_reads_the_same_explanation_and_reasons_in_chinese_next_to_the_english_ones() {
        // 200 yuan of Australian wine without proof of origin: MFN 14% = 28.00 yuan, waived (50 yuan or less)
        Answer a = http.postJson("/api/v1/assessments", """
                {"date":"2026-03-16","currency":"CNY","items":[{"commodityCode":"22042100","origin":"AU",
                "customsValue":"200.00","preference":"AUTO","proofOfOrigin":false}]}""");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode body = a.json();
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("explanation").get(0).asString()).startsWith("Duty 28.00 CNY: MFN 14%");
        assertThat(item.get("explanationZh").size()).isEqualTo(item.get("explanation").size());
        assertThat(item.get("explanationZh").get(0).asString()).startsWith("关税 28.00 元：最惠国税率 14%")
                .contains("因为原产于 AU 的货物适用最惠国待遇");
        JsonNode chafta = find(item.get("alternatives"), "arrangement", "AU");
        assertThat(chafta.get("reason").asString()).isEqualTo("conventional AU 0%: no proof of origin declared");
        assertThat(chafta.get("reasonZh").asString()).isEqualTo("协定税率 AU 0%：未申报原产地证明");
        assertThat(body.get("explanation").get(0).asString()).startsWith("Duty of 28.00 CNY on this consignment is waived");
        assertThat(body.get("explanationZh").get(0).asString()).startsWith("本票货物关税 28.00 元，在 50 元及以下，予以免征（");
    }

    @Test
    void a_bad_request_lists_every_error_with_its_code_and_path() {
        Answer a = http.postJson("/api/v1/assessments", """
                {"date":"2026-03-16","currency":"QQQ","items":[
                  {"commodityCode":"99999999","origin":"AU","customsValue":"lots"},
                  {"commodityCode":"22042100","origin":"QQ","customsValue":"-5","quantity":"abc"}]}""");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        JsonNode problem = a.json();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("type").asString()).isNotBlank();
        List<String> found = new ArrayList<>();
        problem.get("errors").forEach(e -> found.add(e.get("code").asString() + " " + e.get("path").asString()));
        assertThat(found).contains("ASM-004 currency", "ASM-001 items[0].commodityCode",
                "ASM-013 items[0].customsValue", "ASM-003 items[1].origin", "ASM-008 items[1].customsValue",
                "ASM-013 items[1].quantity");
    }

    @Test
    void a_request_of_more_than_a_thousand_items_is_refused_whole() {
        String item = "{\"commodityCode\":\"22042100\",\"origin\":\"FR\",\"customsValue\":\"100.00\"}";
        String items = String.join(",", java.util.Collections.nCopies(1001, item));
        Answer a = http.postJson("/api/v1/assessments", "{\"date\":\"2026-03-16\",\"items\":[" + items + "]}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("errors").size()).isEqualTo(1);
        assertThat(a.json().get("errors").get(0).get("code").asString()).isEqualTo("ASM-014");
        assertThat(a.json().get("errors").get(0).get("path").asString()).isEqualTo("items");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        Answer a = http.postJson("/api/v1/assessments", "{\"items\": [");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("errors").get(0).get("code").asString()).isEqualTo(RequestRules.MALFORMED_BODY);
    }

    @Test
    void a_date_before_the_data_is_refused() {
        Answer a = http.postJson("/api/v1/assessments", """
                {"date":"1990-01-01","items":[{"commodityCode":"22042100","origin":"FR","customsValue":"100"}]}""");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("errors").get(0).get("path").asString()).isEqualTo("date");
    }

    @Test
    void the_customs_rate_of_the_dollar_for_a_month() {
        Answer a = http.get("/api/v1/exchange-rates/USD?date=2025-03-10");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode r = a.json();
        assertThat(r.get("currency").asString()).isEqualTo("USD");
        assertThat(r.get("rate").asString()).matches("\\d+\\.\\d{4}");
        assertThat(r.get("per").asInt()).isEqualTo(1);
        assertThat(r.get("month").asString()).isEqualTo("2025-03");
        assertThat(r.get("sourceDate").asString()).startsWith("2025-02");
        assertThat(http.get("/api/v1/exchange-rates/XYZ").status()).isEqualTo(400);
    }

    @Test
    void australia_belongs_to_the_chafta_and_rcep_groups() {
        Answer a = http.get("/api/v1/countries/AU?date=2026-03-16");
        assertThat(a.status()).isEqualTo(200);
        List<String> arrangements = new ArrayList<>();
        a.json().get("arrangements").forEach(n -> arrangements.add(n.get("code").asString()));
        assertThat(arrangements).contains("AU");
        assertThat(http.get("/api/v1/countries").json().size()).isGreaterThan(100);
        assertThat(http.get("/api/v1/countries/QQ").status()).isEqualTo(404);
    }

    @Test
    void openapi_health_and_prometheus_are_reachable() {
        Answer docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/assessments")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/commodities/{code}")).isTrue();
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
        Answer health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        http.postJson("/api/v1/assessments", AssessmentController.EXAMPLE);
        Answer prometheus = http.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("importwindow_assessments_seconds_count");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.hasNonNull(field) && value.equals(n.get(field).asString())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(n -> codes.add(n.get("code").asString()));
        return codes;
    }
}
