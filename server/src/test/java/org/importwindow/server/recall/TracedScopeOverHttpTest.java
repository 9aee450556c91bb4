package org.importwindow.server.recall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.server.HttpClientSupport;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.traceability.epcis.Identifiers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A recall's affected scope traced from the EPCIS events an importer captured over HTTP: lot L1 of a product is
 * received under its import declaration, packed on a pallet with a unit of lot L2, shipped to a distributor (who
 * records the receipt), repacked into two cases and shipped to two retailers, one of which sells two units; a unit
 * of lot L2 goes to a third shop. The recall of L1 names the distributor and both retailers with their units, counts
 * the units sold to consumers, and leaves the third shop out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:recall-scope;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class TracedScopeOverHttpTest {
    static final String GTIN = "09521141012345";
    static final String IMPORTER = "urn:epc:id:pgln:9521141.00000";
    static final String DISTRIBUTOR = "urn:epc:id:pgln:9521141.00010";
    static final String RETAILER_1 = "urn:epc:id:pgln:9521141.00020";
    static final String RETAILER_2 = "urn:epc:id:pgln:9521141.00030";
    static final String OTHER_SHOP = "urn:epc:id:pgln:9521141.00040";
    static final String PALLET = "urn:epc:id:sscc:9521141.0000000001";
    static final String CASE_1 = "urn:epc:id:sscc:9521141.0000000002";
    static final String CASE_2 = "urn:epc:id:sscc:9521141.0000000003";

    @LocalServerPort
    int port;

    static String event(String time, String body) {
        return "{\"eventTime\":\"2026-08-" + time + ":00+08:00\",\"eventTimeZoneOffset\":\"+08:00\"," + body + "}";
    }

    static String units(int... serials) {
        List<String> out = new ArrayList<>();
        for (int s : serials) {
            out.add("\"urn:epc:id:sgtin:9521141.001234." + s + "\"");
        }
        return String.join(",", out);
    }

    static String ship(String time, String what, String from, String to) {
        return event(time, """
                "type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","disposition":"in_transit",
                "epcList":["%s"],"sourceList":[{"type":"owning_party","source":"%s"}],
                "destinationList":[{"type":"owning_party","destination":"%s"}]""".formatted(what, from, to));
    }

    static String pack(String time, String action, String parent, String children) {
        return event(time, """
                "type":"AggregationEvent","action":"%s","bizStep":"%s","parentID":"%s","childEPCs":[%s]"""
                .formatted(action, "ADD".equals(action) ? "packing" : "unpacking", parent, children));
    }

    static List<String> supplyChain() {
        List<String> e = new ArrayList<>();
        // lot L1 (units 1-6) arrives at the importer's warehouse under its customs declaration
        e.add(event("01T09:00", """
                "type":"ObjectEvent","action":"OBSERVE","bizStep":"receiving",
                "epcList":[%s],"bizLocation":{"id":"urn:epc:id:sgln:9521141.00000.0"},
                "bizTransactionList":[{"type":"https://importwindow.org/btt/customs-declaration",
                  "bizTransaction":"scope-decl-1"}]""".formatted(String.join(",",
                List.of(1, 2, 3, 4, 5, 6).stream().map(i -> "\"https://id.gs1.org/01/" + GTIN + "/10/L1/21/" + i
                        + "\"").toList()))));
        e.add(event("01T09:30", """
                "type":"ObjectEvent","action":"ADD","bizStep":"commissioning",
                "epcList":["https://id.gs1.org/01/%1$s/10/L2/21/7","https://id.gs1.org/01/%1$s/10/L2/21/9"]"""
                .formatted(GTIN)));
        e.add(pack("01T10:00", "ADD", PALLET, units(1, 2, 3, 4, 5, 6, 7)));
        e.add(ship("02T08:00", PALLET, IMPORTER, DISTRIBUTOR));
        // the distributor records the same pallet's arrival: the same goods, not a second consignment
        e.add(event("02T15:00", """
                "type":"ObjectEvent","action":"OBSERVE","bizStep":"receiving","epcList":["%s"],
                "bizLocation":{"id":"urn:epc:id:sgln:9521141.00010.0"},
                "destinationList":[{"type":"owning_party","destination":"%s"}]""".formatted(PALLET, DISTRIBUTOR)));
        e.add(pack("03T09:00", "DELETE", PALLET, units(1, 2, 3, 4, 5, 6, 7)));
        e.add(pack("03T09:10", "ADD", CASE_1, units(1, 2, 3, 4)));
        e.add(pack("03T09:20", "ADD", CASE_2, units(5, 6, 7)));
        e.add(ship("04T08:00", CASE_1, DISTRIBUTOR, RETAILER_1));
        e.add(ship("04T08:30", CASE_2, DISTRIBUTOR, RETAILER_2));
        e.add(event("06T11:00", """
                "type":"ObjectEvent","action":"DELETE","bizStep":"retail_selling","disposition":"retail_sold",
                "epcList":[%s],"bizLocation":{"id":"urn:epc:id:sgln:9521141.00020.0"}""".formatted(units(1, 2))));
        // a unit of the other lot goes straight to another shop
        e.add(ship("05T08:00", "urn:epc:id:sgtin:9521141.001234.9", IMPORTER, OTHER_SHOP));
        return e;
    }

    static final String PLAN = """
            {"enterprise":"%s","products":[{"name":"Espresso machine","brand":"Caffè Sud","model":"CS-1",
             "gtin":"%s","lots":["L1"],"producedFrom":"2026-06-01","producedTo":"2026-06-30",
             "importedFrom":"2026-08-01","importedTo":"2026-08-01","quantity":6,"hsCode":"8516710000",
             "originCountry":"IT"}],
             "defect":"The boiler's safety valve may stick","hazard":"Scalding steam","riskLevel":"SERIOUS",
             "remedy":"REPAIR","defectConfirmedOn":"2026-09-01","plannedCompletion":"2026-12-31",
             "consumerContact":"400-820-0001","on":"2026-09-03"}""";

    @Test
    void a_recall_of_a_lot_names_the_distributor_and_both_retailers_it_reached_with_their_units() {
        JsonNode job = capture(doc(supplyChain()));
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();

        RecallHttp http = new RecallHttp(port);
        RecallHttp.Answer created = http.post("declarant-a", "/api/v1/recalls/plans",
                PLAN.formatted(DemoData.ENTERPRISE_A.uscc(), GTIN));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        JsonNode c = http.get("declarant-a", "/api/v1/recalls/" + id).json();

        Map<String, String> parties = new LinkedHashMap<>();
        c.get("partiesToNotify").forEach(p -> parties.put(p.get("party").asString(),
                p.get("level").asString() + " " + p.get("units").asLong()));
        assertThat(parties).containsEntry(dl(DISTRIBUTOR), "DISTRIBUTOR 6")
                .containsEntry(dl(RETAILER_1), "RETAILER 4")
                .as("no sales captured there, and it ships nothing on: a retailer")
                .containsEntry(dl(RETAILER_2), "RETAILER 2")
                .as("the import receipt at the importer's warehouse (same GLN)")
                .containsEntry(dl(IMPORTER), "IMPORTER 6")
                .doesNotContainKey(dl(OTHER_SHOP))
                .hasSize(4);
        JsonNode units = c.get("unitsByLevel");
        assertThat(units.get("IMPORTER").asLong()).as("the plan's quantity").isEqualTo(6);
        assertThat(units.get("DISTRIBUTOR").asLong()).isEqualTo(6);
        assertThat(units.get("RETAILER").asLong()).isEqualTo(6);
        assertThat(units.get("CONSUMER").asLong()).as("units sold at retail").isEqualTo(2);
        // before any progress report, the traced units are the "sold" of the completion rate's levels
        List<String> completion = new ArrayList<>();
        c.get("completion").forEach(l -> completion.add(l.get("level").asString() + " " + l.get("sold").asLong()));
        assertThat(completion).containsExactly("IMPORTER 6", "DISTRIBUTOR 6", "RETAILER 6", "CONSUMER 2");

        RecallHttp.Answer notice = http.post("declarant-a", "/api/v1/recalls/" + id + "/notice", """
                {"titleZh":"关于召回部分Caffè Sud咖啡机的公告","titleEn":"Caffè Sud CS-1 espresso machines recalled",
                 "textZh":"安全阀可能卡住。","textEn":"The safety valve may stick.","on":"2026-09-04"}""");
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        // a progress report without units sold to consumers: the 2 traced sales stand in
        RecallHttp.Answer progress = http.post("declarant-a", "/api/v1/recalls/" + id + "/progress-reports", """
                {"levels":[{"level":"IMPORTER","sold":6,"corrected":0},{"level":"CONSUMER","corrected":1}],
                 "on":"2026-10-01"}""");
        assertThat(progress.status()).as(progress.body()).isEqualTo(200);
        JsonNode consumers = null;
        for (JsonNode l : progress.json().get("completion")) {
            if (l.get("level").asString().equals("CONSUMER")) {
                consumers = l;
            }
        }
        assertThat(consumers).isNotNull();
        assertThat(consumers.get("sold").asLong()).isEqualTo(2);
        assertThat(consumers.get("rate").decimalValue()).isEqualByComparingTo("0.5");

        String page = signedInPage("declarant-a", "/recall-cases/" + id + "?lang=zh");
        assertThat(page).contains("id=\"parties\"", "应通知的经营者", dl(DISTRIBUTOR), dl(RETAILER_1), dl(RETAILER_2),
                "经销商", "零售商", "id=\"units-by-level\"").doesNotContain(dl(OTHER_SHOP));
    }

    @Test
    void parts_of_the_lot_made_into_another_product_reach_a_shop_that_is_told_too_but_counts_in_no_rate() {
        String shop = "urn:epc:id:pgln:9521141.00050";
        List<String> events = new ArrayList<>(supplyChain());
        // two units of lot L1 are refurbished into a kit sold under its own GTIN and lot K1, shipped to another shop
        events.add(event("05T09:00", """
                "type":"TransformationEvent","bizStep":"commissioning",
                "inputQuantityList":[{"epcClass":"urn:epc:class:lgtin:9521141.001234.L1","quantity":2}],
                "outputQuantityList":[{"epcClass":"urn:epc:class:lgtin:9521141.005678.K1","quantity":2}]"""));
        events.add(event("06T09:00", """
                "type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping",
                "quantityList":[{"epcClass":"urn:epc:class:lgtin:9521141.005678.K1","quantity":2}],
                "sourceList":[{"type":"owning_party","source":"%s"}],
                "destinationList":[{"type":"owning_party","destination":"%s"}]""".formatted(IMPORTER, shop)));
        JsonNode job = capture(doc(events));
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();

        RecallHttp http = new RecallHttp(port);
        RecallHttp.Answer created = http.post("declarant-a", "/api/v1/recalls/plans",
                PLAN.formatted(DemoData.ENTERPRISE_A.uscc(), GTIN));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        JsonNode c = http.get("declarant-a", "/api/v1/recalls/" + id).json();
        JsonNode made = c.get("madeFromRecalledLots");
        assertThat(made.size()).as(made.toString()).isEqualTo(1);
        assertThat(made.get(0).get("party").asString()).isEqualTo(dl(shop));
        assertThat(made.get(0).get("gtin").asString()).isEqualTo("09521141056783");
        assertThat(made.get(0).get("lot").asString()).isEqualTo("K1");
        assertThat(made.get(0).get("units").asLong()).isEqualTo(2);
        // the kit's shop is not among the parties that received the recalled product, nor in its units
        List<String> parties = new ArrayList<>();
        c.get("partiesToNotify").forEach(p -> parties.add(p.get("party").asString()));
        assertThat(parties).doesNotContain(dl(shop));
        assertThat(c.get("unitsByLevel").get("RETAILER").asLong()).isEqualTo(6);
        assertThat(signedInPage("declarant-a", "/recall-cases/" + id + "?lang=zh"))
                .contains("id=\"made-from\"", "以召回批次为原料制成的产品", "09521141056783");
    }

    /** The page as a signed-in user sees it (form login with the session cookie and CSRF token). */
    String signedInPage(String user, String path) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            String base = "http://localhost:" + port;
            String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                    .matcher(login);
            assertThat(m.find()).as(login).isTrue();
            String form = "username=" + user + "&password=demo&_csrf=" + java.net.URLEncoder.encode(m.group(1),
                    StandardCharsets.UTF_8);
            browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void another_lot_of_the_same_product_has_its_own_scope() {
        // the chain of the first test may or may not be stored yet: capture it (stored once per event hash)
        capture(doc(supplyChain()));
        RecallHttp http = new RecallHttp(port);
        RecallHttp.Answer created = http.post("declarant-a", "/api/v1/recalls/plans",
                PLAN.formatted(DemoData.ENTERPRISE_A.uscc(), GTIN).replace("[\"L1\"]", "[\"L2\"]"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = created.json();
        List<String> parties = new ArrayList<>();
        c.get("partiesToNotify").forEach(p -> parties.add(p.get("party").asString() + " "
                + p.get("level").asString() + " " + p.get("units").asLong()));
        assertThat(parties).containsExactly(dl(DISTRIBUTOR) + " DISTRIBUTOR 1", dl(RETAILER_2) + " RETAILER 1",
                dl(OTHER_SHOP) + " RETAILER 1");
    }

    static String dl(String urn) {
        return Identifiers.canonical(urn);
    }

    static String doc(List<String> events) {
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"],"type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"2026-08-07T10:30:00Z","epcisBody":{"eventList":[%s]}}"""
                .formatted(String.join(",", events));
    }

    /** POST /epcis/capture as declarant-a and wait for the job; its status. */
    JsonNode capture(String document) {
        RecallHttp http = new RecallHttp(port);
        HttpClientSupport.Answer a = http.post("declarant-a", "/epcis/capture", "application/ld+json", document, null);
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        assertThat(a.location()).isNotNull();
        for (int i = 0; i < 200; i++) {
            JsonNode j = http.get("declarant-a", a.location(), null).json();
            if (!j.get("running").asBoolean()) {
                return j;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the capture job did not finish");
    }
}
