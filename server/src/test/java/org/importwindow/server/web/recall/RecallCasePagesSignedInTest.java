package org.importwindow.server.web.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.recall.RecallJson;
import org.importwindow.server.recall.RecallService;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.importwindow.server.web.recall.SignedInSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recall case pages as the importer and the regulator use them, signed in with the login form (session and
 * CSRF token) over real HTTP, with no JavaScript: the list with each case's next deadline and the overdue flag, a
 * case's timeline, each of the importer's forms (plan, notice, progress, closure), refusals answered by the error
 * summary with nothing stored, in English and in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:recall-case-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class RecallCasePagesSignedInTest {
    static final String A = DemoData.ENTERPRISE_A.uscc();
    static final AppUser IMPORTER_A = new AppUser("declarant-a", "", true, Set.of(Role.DECLARANT), Set.of(A));

    @LocalServerPort
    int port;

    @Autowired
    RecallService service;

    @Autowired
    JdbcClient db;

    /** A serious defect reported by enterprise A on 4 September 2024: its plan was due on 14 September 2024. */
    String defectReportedIn2024(String model) {
        return service.reportDefect(IMPORTER_A, new RecallJson.DefectReport(A, "Child car seat", null, model,
                "Buckle opens in the manufacturer's crash test", LocalDate.of(2024, 9, 2), true,
                LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 4))).id();
    }

    long events(String id) {
        return db.sql("select count(*) from recall_event where case_id = ?").param(id).query(Long.class).single();
    }

    static Map<String, String> planForm(String model) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("product-0-name", "Child car seat");
        f.put("product-0-brand", "Kinderfahrt");
        f.put("product-0-model", model);
        f.put("product-0-gtin", "04006381333931");
        f.put("product-0-lots", "L2403, L2404");
        f.put("product-0-quantity", "1200");
        f.put("product-0-hsCode", "9401200000");
        f.put("product-0-originCountry", "de");
        f.put("product-0-producedFrom", "2024-03-01");
        f.put("product-0-producedTo", "2024-04-30");
        f.put("product-0-importedFrom", "2024-05-10");
        f.put("product-0-importedTo", "2024-06-20");
        f.put("defect", "The harness buckle can open under load");
        f.put("hazard", "A child may be thrown from the seat");
        f.put("riskLevel", "SERIOUS");
        f.put("remedy", "REPLACE");
        f.put("defectConfirmedOn", "2024-09-02");
        f.put("plannedCompletion", "2025-02-28");
        f.put("consumerContact", "400-820-0000");
        f.put("on", "2024-09-16");
        return f;
    }

    @Test
    void the_importer_sees_the_case_with_its_next_deadline_and_the_overdue_flag_in_english_and_chinese() {
        String id = defectReportedIn2024("KF-LIST");
        SignedInSession importer = SignedInSession.as(port, "declarant-a");
        Page en = importer.get("/recall-cases?lang=en");
        assertThat(en.status()).isEqualTo(200);
        String row = row(en.body(), id);
        assertThat(row).contains("KF-LIST", A, "Defect reported", "Recall plan 2024-09-14", "overdue-flag",
                ">Overdue<");
        Page zh = importer.get("/recall-cases?lang=zh");
        assertThat(row(zh.body(), id)).contains("召回计划 2024-09-14", ">逾期<");
        // only the overdue ones: this case is still listed
        assertThat(importer.get("/recall-cases?overdue=true").body()).contains("case-" + id);
        // another enterprise's importer does not see it, nor open it
        SignedInSession other = SignedInSession.as(port, "declarant-b");
        assertThat(other.get("/recall-cases?lang=en").body()).doesNotContain("case-" + id);
        assertThat(other.get("/recall-cases/" + id).status()).isEqualTo(404);
    }

    @Test
    void the_regulator_sees_every_case_and_its_timeline_but_not_the_importers_forms() {
        String id = defectReportedIn2024("KF-REG");
        SignedInSession regulator = SignedInSession.as(port, "regulator");
        assertThat(row(regulator.get("/recall-cases?lang=en").body(), id)).contains("KF-REG", "overdue-flag");
        Page page = regulator.get("/recall-cases/" + id + "?lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"timeline\"", "2024-09-04", "Defect reported", "declarant-a")
                .doesNotContain("id=\"plan-form\"", "id=\"notice-form\"");
    }

    @Test
    void the_importer_files_plan_notice_progress_and_closure_through_the_forms_and_a_refused_one_stores_nothing() {
        String id = defectReportedIn2024("KF-FORMS");
        SignedInSession importer = SignedInSession.as(port, "declarant-a");
        String path = "/recall-cases/" + id;

        Page caseEn = importer.get(path + "?lang=en");
        assertThat(caseEn.body()).contains("id=\"timeline\"", "2024-09-04", "Defect reported", "id=\"plan-form\"",
                "name=\"_csrf\"", "Recall plan", "2024-09-14", "Overdue");

        // a plan without its defect and with a bad HS code: the error summary, what was typed kept, nothing stored
        Map<String, String> bad = planForm("KF-FORMS");
        bad.put("defect", "");
        bad.put("product-0-hsCode", "94012");
        Page refused = importer.post(path + "/plan", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("<title>Error: ", "class=\"error-summary\"", "There is a problem", "(REC-110)",
                "(REC-107)", "href=\"#defect\"", "href=\"#product-0-hsCode\"", "value=\"94012\"",
                "value=\"Kinderfahrt\"");
        assertThat(events(id)).isEqualTo(1);
        // the same in Chinese
        importer.get(path + "?lang=zh");
        Page refusedZh = importer.post(path + "/plan", bad);
        assertThat(refusedZh.body()).contains("class=\"error-summary\"", "须填写缺陷", "(REC-110)");
        assertThat(events(id)).isEqualTo(1);

        Page planned = importer.post(path + "/plan", planForm("KF-FORMS"));
        assertThat(planned.status()).isEqualTo(302);
        assertThat(planned.location()).endsWith(path);
        Page afterPlan = importer.get(path + "?lang=en");
        assertUniqueIds(caseEn);
        assertUniqueIds(afterPlan);
        assertThat(afterPlan.body()).contains("Plan reported", "Recall plan reported", "id=\"notice-form\"",
                "Kinderfahrt KF-FORMS");
        assertThat(events(id)).isEqualTo(2);

        Map<String, String> notice = new LinkedHashMap<>(Map.of("titleZh", "关于召回部分Kinderfahrt儿童安全座椅的公告",
                "titleEn", "", "textZh", "卡扣在受力时可能打开。", "textEn", "The buckle may open under load.",
                "on", "2024-09-19"));
        Page noticeRefused = importer.post(path + "/notice", notice);
        assertThat(noticeRefused.body()).contains("class=\"error-summary\"", "(REC-120)", "href=\"#notice-titleEn\"",
                "value=\"卡扣在受力时可能打开。\"");
        assertThat(events(id)).isEqualTo(2);
        notice.put("titleEn", "Kinderfahrt KF-FORMS child car seats recalled");
        assertThat(importer.post(path + "/notice", notice).status()).isEqualTo(302);
        Page published = importer.get(path + "?lang=en");
        assertThat(published.body()).contains("Recall under way", "Notice published", "id=\"progress-form\"",
                "id=\"closure-form\"", "href=\"/recalls/notices/" + id + "\"");

        Map<String, String> progress = new LinkedHashMap<>();
        progress.put("sold-IMPORTER", "1200");
        progress.put("corrected-IMPORTER", "300");
        progress.put("sold-CONSUMER", "700");
        progress.put("corrected-CONSUMER", "many");
        progress.put("on", "2024-12-10");
        Page progressRefused = importer.post(path + "/progress", progress);
        assertThat(progressRefused.body()).contains("class=\"error-summary\"", "(REC-004)", "value=\"many\"",
                "href=\"#progress-corrected-CONSUMER\"", "id=\"progress-corrected-CONSUMER\"");
        assertThat(events(id)).isEqualTo(3);
        progress.put("corrected-CONSUMER", "100");
        assertThat(importer.post(path + "/progress", progress).status()).isEqualTo(302);
        Page reported = importer.get(path + "?lang=en");
        assertUniqueIds(published);
        assertUniqueIds(reported);
        // 300 + 100 corrected of the 1,200 imported overall; 100 of 700 at the consumers
        assertThat(reported.body()).contains("Progress reported", "id=\"completion\"", "14.3%",
                "id=\"completion-overall\"", "All levels", "33.3%");
        assertThat(events(id)).isEqualTo(4);

        Page closureRefused = importer.post(path + "/closure", Map.of("summary", "", "on", "2025-03-07"));
        assertThat(closureRefused.body()).contains("class=\"error-summary\"", "(REC-140)", "href=\"#closure-summary\"");
        assertThat(events(id)).isEqualTo(4);
        Page closed = importer.post(path + "/closure", Map.of("summary", "1,150 of 1,200 seats replaced",
                "sold-CONSUMER", "700", "corrected-CONSUMER", "650", "on", "2025-03-07"));
        assertThat(closed.status()).isEqualTo(302);
        Page done = importer.get(path + "?lang=zh");
        assertThat(done.body()).contains("已结束", "召回总结").doesNotContain("id=\"closure-form\"");
        assertThat(events(id)).isEqualTo(5);
    }

    @Test
    void a_form_posted_without_the_csrf_token_is_refused_and_nothing_is_stored() {
        String id = defectReportedIn2024("KF-CSRF");
        SignedInSession importer = SignedInSession.as(port, "declarant-a");
        importer.get("/recall-cases/" + id);
        assertThat(importer.postRaw("/recall-cases/" + id + "/plan", planForm("KF-CSRF")).status())
                .isEqualTo(403);
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void the_regulator_opens_an_investigation_from_the_list_and_a_refused_one_stores_nothing() {
        SignedInSession regulator = SignedInSession.as(port, "regulator");
        Page list = regulator.get("/recall-cases?lang=en");
        assertThat(list.body()).contains("id=\"investigation-form\"", "Open a defect investigation");
        assertUniqueIds(list);
        long cases = db.sql("select count(*) from recall_case").query(Long.class).single();

        // no product named, no reason, an enterprise nobody registered
        Page refused = regulator.post("/recall-cases/investigations", Map.of("productName", "", "reason", "",
                "enterprise", "91310000XXXXXXXXXX", "brand", "Zapfino", "on", "2024-10-08"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("<title>Error: ", "class=\"error-summary\"", "(REC-003)",
                "href=\"#investigation-enterprise\"", "value=\"Zapfino\"");
        assertThat(db.sql("select count(*) from recall_case").query(Long.class).single()).isEqualTo(cases);
        regulator.get("/recall-cases?lang=zh");
        Page refusedZh = regulator.post("/recall-cases/investigations", Map.of("productName", "", "reason", "",
                "on", "2024-10-08"));
        assertThat(refusedZh.body()).contains("<title>错误：", "须指明产品", "href=\"#investigation-productName\"",
                "(REC-150)", "href=\"#investigation-reason\"");
        assertThat(db.sql("select count(*) from recall_case").query(Long.class).single()).isEqualTo(cases);

        Page opened = regulator.post("/recall-cases/investigations", Map.of("productName", "Electric kettle",
                "brand", "Zapfino", "model", "ZK-17", "reason", "Eleven complaints of the lid opening while boiling",
                "on", "2024-10-08"));
        assertThat(opened.status()).isEqualTo(302);
        String id = opened.location().substring(opened.location().lastIndexOf('/') + 1);
        Page page = regulator.get("/recall-cases/" + id + "?lang=en");
        assertThat(page.body()).contains("Under investigation", "Investigation opened", "regulator",
                "Zapfino ZK-17 Electric kettle", "id=\"order-form\"");
        // an investigation without an enterprise is the regulator's alone
        assertThat(SignedInSession.as(port, "declarant-a").get("/recall-cases").body()).doesNotContain(id);
    }

    @Test
    void the_regulator_orders_the_recall_naming_the_enterprise_and_the_importer_then_sees_the_plan_due() {
        String id = service.openInvestigation(new org.importwindow.server.recall.SuspectProduct(null,
                "ZK-18", "Electric kettle", "Zapfino", null), "Lids open while boiling",
                new AppUser("regulator", "", true, Set.of(Role.REGULATOR), Set.of()));
        SignedInSession regulator = SignedInSession.as(port, "regulator");
        String path = "/recall-cases/" + id;
        regulator.get(path + "?lang=en");
        Page refused = regulator.post(path + "/order", Map.of("enterprise", "", "reason", "", "on", ""));
        assertThat(refused.body()).contains("class=\"error-summary\"", "(REC-161)", "href=\"#order-enterprise\"",
                "(REC-160)", "href=\"#order-reason\"");
        assertThat(events(id)).isEqualTo(1);
        // the importer's steps are not the regulator's: refused with the summary, nothing stored
        Page notHis = regulator.post(path + "/plan", planForm("ZK-18"));
        assertThat(notHis.body()).contains("class=\"error-summary\"", "(REC-403)");
        assertThat(events(id)).isEqualTo(1);

        Page ordered = regulator.post(path + "/order", Map.of("enterprise", A, "reason",
                "The lid can open while the water boils (scalds)", "on", ""));
        assertThat(ordered.status()).isEqualTo(302);
        assertThat(events(id)).isEqualTo(2);
        assertThat(regulator.get(path + "?lang=zh").body()).contains("已责令召回", "召回计划")
                .doesNotContain("id=\"order-form\"");
        // the enterprise named now sees the case and the plan form; the order is dated today, so nothing is overdue
        SignedInSession importer = SignedInSession.as(port, "declarant-a");
        Page mine = importer.get(path + "?lang=en");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Recall ordered", "id=\"plan-form\"").doesNotContain("id=\"order-form\"");
        assertThat(row(importer.get("/recall-cases?lang=en").body(), id)).contains("Recall plan")
                .doesNotContain("overdue-flag");
    }

    @Test
    void a_plan_names_several_products_empty_groups_are_ignored_and_another_group_is_added_without_javascript() {
        String id = defectReportedIn2024("KF-MANY");
        SignedInSession importer = SignedInSession.as(port, "declarant-a");
        String path = "/recall-cases/" + id;
        Page page = importer.get(path + "?lang=en");
        assertThat(page.body()).contains("id=\"product-0-name\"", "id=\"product-2-name\"", "Product 3")
                .doesNotContain("id=\"product-3-name\"");

        // "add another product" keeps what was typed, adds a group and stores nothing
        Map<String, String> form = planForm("KF-MANY");
        form.put("rows", "3");
        form.put("addProduct", "1");
        Page more = importer.post(path + "/plan", form);
        assertThat(more.status()).isEqualTo(200);
        assertThat(more.body()).contains("id=\"product-3-name\"", "value=\"KF-MANY\"")
                .doesNotContain("error-summary");
        assertThat(events(id)).isEqualTo(1);

        // the second product in the fourth group, the two between left empty; an error there links to its group
        form.remove("addProduct");
        form.put("rows", "4");
        form.put("product-3-name", "Child car seat base");
        form.put("product-3-brand", "Kinderfahrt");
        form.put("product-3-model", "KF-BASE");
        form.put("product-3-lots", "B2404");
        form.put("product-3-quantity", "300");
        form.put("product-3-hsCode", "94012");
        form.put("product-3-originCountry", "CZ");
        Page refused = importer.post(path + "/plan", form);
        assertThat(refused.body()).contains("class=\"error-summary\"", "(REC-107)", "href=\"#product-3-hsCode\"",
                "value=\"KF-BASE\"");
        assertThat(events(id)).isEqualTo(1);
        form.put("product-3-hsCode", "9401200000");
        assertThat(importer.post(path + "/plan", form).status()).isEqualTo(302);
        assertThat(events(id)).isEqualTo(2);
        String products = db.sql("select body_json from recall_event where case_id = ? and seq = 2").param(id)
                .query(String.class).single();
        assertThat(products).contains("KF-MANY", "KF-BASE");
    }

    /** Every id once on the page, so that each error summary link and label finds its one field. */
    static void assertUniqueIds(Page page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).as("ids on the page").doesNotHaveDuplicates();
    }

    /** The table row of one case in the list page. */
    static String row(String html, String id) {
        int start = html.indexOf("id=\"case-" + id + "\"");
        assertThat(start).as("row of case " + id).isPositive();
        int end = html.indexOf("</tr>", start);
        return html.substring(start, end);
    }
}
