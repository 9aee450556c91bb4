package org.importwindow.server.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.HttpClientSupport.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A recall of imported goods over real HTTP with the demo users: each step, each deadline flag, who may do what,
 * and the public notices. Steps carry their legal dates (2024), deadlines are asked "as of" a day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:recalls-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class RecallApiOverHttpTest {
    static final String A = DemoData.ENTERPRISE_A.uscc();
    static final String B = DemoData.ENTERPRISE_B.uscc();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    RecallHttp http;

    @BeforeEach
    void client() {
        http = new RecallHttp(port);
    }

    static String plan(String enterprise, String on, String confirmedOn, String completion) {
        return """
                {"enterprise":"%s","products":[{"name":"Child car seat","brand":"Kinderfahrt","model":"KF-200",
                 "gtin":"04006381333931","lots":["L2403","L2404"],"producedFrom":"2024-03-01","producedTo":"2024-04-30",
                 "importedFrom":"2024-05-10","importedTo":"2024-06-20","quantity":1200,"hsCode":"9401200000",
                 "originCountry":"DE"}],
                 "defect":"The harness buckle can open under load","hazard":"A child may be thrown from the seat",
                 "riskLevel":"SERIOUS","remedy":"REPLACE","defectConfirmedOn":"%s","plannedCompletion":"%s",
                 "consumerContact":"400-820-0000","on":"%s"}""".formatted(enterprise, confirmedOn, completion, on);
    }

    static final String NOTICE = """
            {"titleZh":"关于召回部分Kinderfahrt儿童安全座椅的公告","titleEn":"Kinderfahrt KF-200 child car seats recalled",
             "textZh":"卡扣在受力时可能打开。","textEn":"The buckle may open under load.","on":"%s"}""";

    JsonNode step(String user, String path, String body, int status) {
        Answer a = http.post(user, path, body);
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a.json();
    }

    static JsonNode deadline(JsonNode c, String step) {
        JsonNode found = null;
        for (JsonNode d : c.get("deadlines")) {
            if (d.get("step").asString().equals(step)) {
                found = d;
            }
        }
        assertThat(found).as(step + " in " + c.get("deadlines")).isNotNull();
        return found;
    }

    @Test
    void an_importer_runs_a_recall_from_defect_report_to_closure_and_each_deadline_is_shown() {
        JsonNode c = step("declarant-a", "/api/v1/recalls/defect-reports", """
                {"productName":"Child car seat","gtin":"04006381333931","model":"KF-200",
                 "description":"Buckle opens in the manufacturer's crash test","discoveredOn":"2024-09-02",
                 "serious":true,"defectConfirmedOn":"2024-09-02","on":"2024-09-04"}""", 201);
        String id = c.get("id").asString();
        assertThat(c.get("enterprise").asString()).as("the user's only enterprise").isEqualTo(A);
        assertThat(c.get("state").asString()).isEqualTo("DEFECT_REPORTED");
        assertThat(deadline(c, "DEFECT_REPORT").get("status").asString()).isEqualTo("MET");
        assertThat(deadline(c, "DEFECT_REPORT").get("citation").asString()).contains("消费品召回管理暂行规定");

        // ten working days from Monday 2 September 2024 end on Saturday 14 September, a worked day before the
        // Mid-Autumn holiday (15-17 September)
        JsonNode before = http.get("declarant-a", "/api/v1/recalls/" + id + "?asOf=2024-09-14").json();
        assertThat(deadline(before, "RECALL_PLAN").get("dueOn").asString()).isEqualTo("2024-09-14");
        assertThat(deadline(before, "RECALL_PLAN").get("status").asString()).isEqualTo("PENDING");
        assertThat(before.get("overdue").asBoolean()).isFalse();
        JsonNode after = http.get("declarant-a", "/api/v1/recalls/" + id + "?asOf=2024-09-15").json();
        assertThat(deadline(after, "RECALL_PLAN").get("status").asString()).isEqualTo("OVERDUE");
        assertThat(after.get("overdue").asBoolean()).isTrue();

        c = step("declarant-a", "/api/v1/recalls/" + id + "/plans", plan(A, "2024-09-16", "2024-09-02", "2025-02-28"),
                200);
        assertThat(c.get("state").asString()).isEqualTo("PLAN_SUBMITTED");
        assertThat(c.get("brand").asString()).isEqualTo("Kinderfahrt");
        // three working days from Monday 16 September: the 17th is a holiday, so Friday the 20th
        assertThat(deadline(http.get("declarant-a", "/api/v1/recalls/" + id + "?asOf=2024-09-20").json(),
                "RECALL_NOTICE").get("status").asString()).isEqualTo("PENDING");
        assertThat(deadline(http.get("declarant-a", "/api/v1/recalls/" + id + "?asOf=2024-09-21").json(),
                "RECALL_NOTICE").get("status").asString()).isEqualTo("OVERDUE");

        c = step("declarant-a", "/api/v1/recalls/" + id + "/notice", NOTICE.formatted("2024-09-19"), 200);
        assertThat(c.get("state").asString()).isEqualTo("NOTICE_PUBLISHED");
        assertThat(c.get("noticeId").asString()).isEqualTo(id);
        assertThat(deadline(c, "RECALL_NOTICE").get("status").asString()).isEqualTo("MET");
        JsonNode notice = http.get(null, "/api/v1/recall-notices/" + id).json();
        assertThat(notice.get("products").get(0).get("gtin").asString()).isEqualTo("04006381333931");
        assertThat(notice.get("importer").get("uscc").asString()).isEqualTo(A);
        assertThat(notice.get("units").asLong()).isEqualTo(1200);
        assertThat(notice.get("status").asString()).isEqualTo("ONGOING");

        assertThat(deadline(http.get("declarant-a", "/api/v1/recalls/" + id + "?asOf=2024-12-20").json(),
                "PROGRESS_REPORT").get("status").asString()).isEqualTo("OVERDUE");
        c = step("declarant-a", "/api/v1/recalls/" + id + "/progress-reports", """
                {"levels":[{"level":"IMPORTER","sold":1200,"corrected":300},{"level":"RETAILER","sold":500,
                "corrected":200},{"level":"CONSUMER","sold":700,"corrected":100}],"on":"2024-12-10"}""", 200);
        JsonNode consumer = c.get("completion").get(2);
        assertThat(consumer.get("level").asString()).isEqualTo("CONSUMER");
        assertThat(consumer.get("rate").decimalValue()).isEqualByComparingTo("0.1429");

        c = step("declarant-a", "/api/v1/recalls/" + id + "/closure",
                "{\"summary\":\"1,150 of 1,200 seats replaced\",\"on\":\"2025-03-07\"}", 200);
        assertThat(c.get("state").asString()).isEqualTo("CLOSED");
        assertThat(deadline(c, "SUMMARY_REPORT").get("status").asString()).isEqualTo("MET");
        assertThat(http.get(null, "/api/v1/recall-notices/" + id).json().get("closedOn").asString())
                .isEqualTo("2025-03-07");
        List<String> types = new ArrayList<>();
        http.get("regulator", "/api/v1/recalls/" + id).json().get("events")
                .forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).containsExactly("DefectReported", "RecallPlanSubmitted", "RecallNoticePublished",
                "ProgressReported", "RecallClosed");
        assertThat(db.sql("select count(*) from recall_event where case_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(5);
    }

    @Test
    void the_regulator_investigates_orders_and_sees_the_overdue_plan_the_importer_then_files() {
        JsonNode c = step("regulator", "/api/v1/recalls/investigations", """
                {"productName":"Hair dryer","model":"HD-9","reason":"Seven complaints of overheating in a week",
                 "on":"2024-09-02"}""", 201);
        String id = c.get("id").asString();
        assertThat(c.get("state").asString()).isEqualTo("INVESTIGATING");
        assertThat(http.get("declarant-b", "/api/v1/recalls/" + id).status()).as("no enterprise yet").isEqualTo(404);
        c = step("regulator", "/api/v1/recalls/" + id + "/orders",
                "{\"enterprise\":\"" + B + "\",\"reason\":\"Overheating confirmed\",\"on\":\"2024-09-09\"}", 200);
        assertThat(c.get("state").asString()).isEqualTo("ORDERED");
        assertThat(c.get("enterprise").asString()).isEqualTo(B);
        // ordered on 9 September: ten working days, with Saturday the 14th worked and 15-17 off, end on the 24th
        JsonNode overdue = http.get("regulator", "/api/v1/recalls?overdue=true&asOf=2024-09-25").json();
        List<String> ids = new ArrayList<>();
        overdue.forEach(o -> ids.add(o.get("id").asString()));
        assertThat(ids).contains(id);
        assertThat(http.get("regulator", "/api/v1/recalls?overdue=true&asOf=2024-09-24").json().toString())
                .doesNotContain(id);
        c = step("declarant-b", "/api/v1/recalls/" + id + "/plans", plan(B, "2024-09-25", "2024-09-09", "2025-01-31")
                .replace("Child car seat", "Hair dryer"), 200);
        assertThat(deadline(c, "RECALL_PLAN").get("status").asString()).isEqualTo("LATE");
    }

    @Test
    void another_enterprises_case_is_not_found_and_a_consumer_is_forbidden() {
        String id = step("declarant-a", "/api/v1/recalls/plans", plan(A, "2024-10-08", "2024-10-01", "2025-04-30"),
                201).get("id").asString();
        assertThat(http.get("declarant-b", "/api/v1/recalls/" + id).status()).isEqualTo(404);
        assertThat(http.post("declarant-b", "/api/v1/recalls/" + id + "/notice", NOTICE.formatted("2024-10-09"))
                .status()).isEqualTo(404);
        assertThat(http.get("declarant-b", "/api/v1/recalls").body()).doesNotContain(id);
        assertThat(http.get("consumer", "/api/v1/recalls").status()).isEqualTo(403);
        assertThat(http.get(null, "/api/v1/recalls").status()).isEqualTo(401);
        assertThat(http.post("declarant-a", "/api/v1/recalls/plans", plan(B, "2024-10-08", "2024-10-01", "2025-04-30"))
                .status()).as("acting for another enterprise").isEqualTo(403);
        assertThat(http.post("declarant-a", "/api/v1/recalls/investigations",
                "{\"model\":\"X\",\"reason\":\"r\"}").status()).as("the regulator's step").isEqualTo(403);
        assertThat(http.post("regulator", "/api/v1/recalls/" + id + "/notice", NOTICE.formatted("2024-10-09"))
                .status()).as("the importer's step").isEqualTo(403);
        assertThat(http.get("regulator", "/api/v1/recalls/" + id).status()).isEqualTo(200);
    }

    @Test
    void a_bad_plan_is_refused_with_every_rule_code_and_nothing_is_stored() {
        long cases = db.sql("select count(*) from recall_case").query(Long.class).single();
        Answer a = http.post("declarant-a", "/api/v1/recalls/plans", """
                {"products":[{"name":"Seat","gtin":"04006381333932","lots":[],"quantity":0,"hsCode":"94","originCountry":"Germany"}],
                 "riskLevel":"SERIOUS","remedy":"REPLACE"}""");
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        List<String> codes = new ArrayList<>();
        a.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).contains("REC-103", "REC-104", "REC-105", "REC-106", "REC-107", "REC-108", "REC-110",
                "REC-114", "REC-115");
        Answer badEnum = http.post("declarant-a", "/api/v1/recalls/plans", "{\"remedy\":\"BURN\"}");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("code").asString()).isEqualTo("REC-000");
        assertThat(badEnum.json().get("errors").get(0).get("path").asString()).isEqualTo("remedy");
        Answer future = http.post("declarant-a", "/api/v1/recalls/plans", plan(A, "2099-01-01", "2098-12-01",
                "2099-06-30"));
        assertThat(future.json().get("errors").get(0).get("code").asString()).isEqualTo("REC-012");
        assertThat(db.sql("select count(*) from recall_case").query(Long.class).single()).isEqualTo(cases);
    }

    @Test
    void a_notice_before_the_plan_is_a_conflict() {
        String id = step("declarant-a", "/api/v1/recalls/defect-reports", """
                {"productName":"Kettle","description":"Lid opens","discoveredOn":"2024-05-06","on":"2024-05-07"}""",
                201).get("id").asString();
        Answer a = http.post("declarant-a", "/api/v1/recalls/" + id + "/notice", NOTICE.formatted("2024-05-08"));
        assertThat(a.status()).isEqualTo(409);
        assertThat(a.json().get("errors").get(0).get("code").asString()).isEqualTo("REC-201");
    }

    @Test
    void anyone_searches_the_public_notices_by_product_brand_hs_code_and_origin() {
        Answer all = http.get(null, "/api/v1/recall-notices");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("total").asLong()).as("the demo recalls").isGreaterThanOrEqualTo(2);
        JsonNode dryer = http.get(null, "/api/v1/recall-notices?q=aerostyle").json();
        assertThat(dryer.get("total").asLong()).isEqualTo(1);
        JsonNode record = dryer.get("notices").get(0);
        for (String field : List.of("titleZh", "titleEn", "publishedOn", "importer", "products", "hazard",
                "riskLevel", "remedy", "units")) {
            assertThat(record.has(field)).as(field).isTrue();
        }
        JsonNode product = record.get("products").get(0);
        for (String field : List.of("name", "brand", "model", "gtin", "lots", "hsCode", "originCountry", "units")) {
            assertThat(product.has(field)).as(field).isTrue();
        }
        assertThat(http.get(null, "/api/v1/recall-notices?hsCode=8516").json().get("notices").get(0).get("products")
                .get(0).get("brand").asString()).isEqualTo("Aerostyle");
        assertThat(http.get(null, "/api/v1/recall-notices?origin=it").json().get("notices").get(0).get("products")
                .get(0).get("brand").asString()).isEqualTo("Kidsbloom");
        assertThat(http.get(null, "/api/v1/recall-notices?origin=IT&hsCode=8516").json().get("total").asLong())
                .isZero();
        assertThat(http.get(null, "/api/v1/recall-notices?q=%25").json().get("total").asLong())
                .as("a typed % is a percent sign, not a wildcard").isZero();
        JsonNode page = http.get(null, "/api/v1/recall-notices?size=1&page=1").json();
        assertThat(page.get("notices").size()).isEqualTo(1);
        assertThat(http.get(null, "/api/v1/recall-notices/nope").status()).isEqualTo(404);
    }
}
