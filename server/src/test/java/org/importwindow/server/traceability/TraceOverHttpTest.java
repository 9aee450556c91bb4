package org.importwindow.server.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A lot of imported coffee traced over HTTP: commissioned under its import declaration, packed on a pallet, shipped
 * to a distributor and received by a retailer; the trace of the lot reaches the declaration (importer, origin), the
 * pallet, the distributor and the retailer, and not another lot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:epcis-trace;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class TraceOverHttpTest {
    static final String GTIN = "09521141012345";
    static final String DISTRIBUTOR = "urn:epc:id:pgln:9521141.00010";
    static final String RETAILER = "urn:epc:id:pgln:9521141.00020";
    static final String CAFE = "urn:epc:id:pgln:9521141.00030";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    static String event(String body) {
        return "{\"eventTime\":\"2026-08-01T10:00:00+08:00\",\"eventTimeZoneOffset\":\"+08:00\"," + body + "}";
    }

    @Test
    void a_lot_sold_three_times_at_one_shop_is_one_edge_counting_three_sales() {
        String shop = "urn:epc:id:sgln:9521141.00040.0";
        String lot = "urn:epc:class:lgtin:9521141.012345.S1";
        List<String> sales = new ArrayList<>();
        for (int minute = 1; minute <= 3; minute++) {
            sales.add(("{\"eventTime\":\"2026-08-02T10:0%d:00+08:00\",\"eventTimeZoneOffset\":\"+08:00\","
                    + "\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"bizStep\":\"retail_selling\","
                    + "\"quantityList\":[{\"epcClass\":\"%s\",\"quantity\":1}],\"bizLocation\":{\"id\":\"%s\"}}")
                    .formatted(minute, lot, shop));
        }
        EpcisHttp http = new EpcisHttp(port);
        JsonNode job = http.capture(EpcisHttp.DECLARANT_A, "application/ld+json",
                EpcisApiOverHttpTest.doc(sales.toArray(String[]::new)));
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
        JsonNode t = http.get(EpcisHttp.REGULATOR, "/api/v1/trace?epcClass="
                + URLEncoder.encode(lot, StandardCharsets.UTF_8)).json();
        assertThat(t.get("events").size()).isEqualTo(3);
        assertThat(t.get("edges").size()).as(t.get("edges").toString()).isEqualTo(1);
        assertThat(t.get("edges").get(0).get("relation").asString()).isEqualTo("at");
        assertThat(t.get("edges").get(0).get("events").asInt()).isEqualTo(3);
    }

    @Test
    void a_parcel_bought_cross_border_is_traced_back_to_its_inventory_list_by_copno_and_by_invtno() throws Exception {
        org.importwindow.server.ecommerce.Purchase p = new org.importwindow.server.ecommerce.Purchase(
                org.importwindow.server.ecommerce.Purchase.residentId(424242)).coffee("1", "100");
        String[][] sends = {{org.importwindow.server.ecommerce.Purchase.PLATFORM, p.orderXml()},
                {org.importwindow.server.ecommerce.Purchase.AGENT, p.paymentXml()},
                {org.importwindow.server.ecommerce.Purchase.LOGISTICS, p.waybillXml()},
                {org.importwindow.server.ecommerce.Purchase.AGENT, p.inventoryXml()}};
        String lastAnswer = null;
        for (String[] s : sends) {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                    + "/api/v1/cbec/messages")).header("Content-Type", "application/xml")
                            .header("Accept", "application/json").header("Authorization", "Bearer "
                                    + org.importwindow.server.ecommerce.CbecDemoParties.demoKey(s[0]))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(s[1], StandardCharsets.UTF_8))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isBetween(200, 202);
            lastAnswer = r.body();
        }
        assertThat(lastAnswer).contains("800");
        String invtNo = new tools.jackson.databind.json.JsonMapper().readTree(lastAnswer).findValue("invtNo")
                .asString();
        EpcisHttp http = new EpcisHttp(port);
        for (String number : List.of(p.copNo, invtNo)) {
            String lot = "urn:epc:class:lgtin:9521141.012345.X" + number.length();
            JsonNode job = http.capture(EpcisHttp.DECLARANT_A, "application/ld+json", EpcisApiOverHttpTest.doc(
                    event("""
                            "type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping",
                            "quantityList":[{"epcClass":"%s","quantity":1}],
                            "bizTransactionList":[{"type":"https://importwindow.org/btt/cbec-inventory",
                              "bizTransaction":"%s"}]""".formatted(lot, number))));
            assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();
            JsonNode t = http.get(EpcisHttp.REGULATOR, "/api/v1/trace?epcClass="
                    + URLEncoder.encode(lot, StandardCharsets.UTF_8)).json();
            JsonNode link = t.get("imports").get(0);
            assertThat(link.get("kind").asString()).isEqualTo("inventory");
            assertThat(link.get("found").asBoolean()).as(number + " " + link).isTrue();
            assertThat(link.get("importer").asString()).isEqualTo(org.importwindow.server.ecommerce.Purchase.AGENT);
            assertThat(link.get("status").asString()).isEqualTo("RELEASED");
        }
    }

    @Test
    void a_lot_is_traced_back_to_its_declaration_and_forward_through_the_pallet_to_distributor_and_retailer() {
        String importer = db.sql("select min(uscc) from app_user_enterprise where username = 'declarant-a'")
                .query(String.class).single();
        Instant now = Instant.parse("2026-07-30T00:00:00Z");
        db.sql("insert into declaration (id, importer, reference, request_hash, declaration_kind, status, "
                + "declaration_date, request_json, paid, lodged_by, lodged_at, updated_at, version) values "
                + "('trace-decl-1', ?, 'TRACE-1', 'x', 'IMPORT', 'RELEASED', date '2026-07-30', '{}', 0, "
                + "'declarant-a', ?, ?, 1)").params(importer, Timestamp.from(now), Timestamp.from(now)).update();
        db.sql("insert into declaration_item (declaration_id, item_no, commodity_code, origin) values "
                + "('trace-decl-1', 1, '0901210000', 'CO')").update();
        List<String> events = new ArrayList<>();
        events.add(event("""
                "type":"ObjectEvent","action":"ADD","bizStep":"commissioning",
                "epcList":["https://id.gs1.org/01/%1$s/10/L1/21/1","https://id.gs1.org/01/%1$s/10/L1/21/2"],
                "bizTransactionList":[{"type":"https://importwindow.org/btt/customs-declaration",
                  "bizTransaction":"trace-decl-1"}]""".formatted(GTIN)));
        events.add(event("""
                "type":"AggregationEvent","action":"ADD","bizStep":"packing",
                "parentID":"urn:epc:id:sscc:9521141.0000000001",
                "childEPCs":["urn:epc:id:sgtin:9521141.001234.1","urn:epc:id:sgtin:9521141.001234.2"]"""));
        events.add(event("""
                "type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","disposition":"in_transit",
                "epcList":["urn:epc:id:sscc:9521141.0000000001"],
                "sourceList":[{"type":"owning_party","source":"urn:epc:id:pgln:9521141.00000"}],
                "destinationList":[{"type":"owning_party","destination":"%s"}]""".formatted(DISTRIBUTOR)));
        events.add(event("""
                "type":"ObjectEvent","action":"OBSERVE","bizStep":"receiving",
                "epcList":["https://id.gs1.org/00/095211410000000014"],
                "bizLocation":{"id":"urn:epc:id:sgln:9521141.00020.0"},
                "destinationList":[{"type":"owning_party","destination":"%s"}]""".formatted(RETAILER)));
        events.add(event("""
                "type":"ObjectEvent","action":"ADD","bizStep":"commissioning",
                "epcList":["https://id.gs1.org/01/%s/10/L2/21/9"]""".formatted(GTIN)));
        // part of the lot is roasted into a lot of another product, which goes to a cafe
        events.add(event("""
                "type":"TransformationEvent","bizStep":"commissioning",
                "inputQuantityList":[{"epcClass":"urn:epc:class:lgtin:9521141.001234.L1","quantity":20,"uom":"KGM"}],
                "outputQuantityList":[{"epcClass":"urn:epc:class:lgtin:9521141.005678.R1","quantity":16,"uom":"KGM"}]"""));
        events.add(event("""
                "type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping",
                "quantityList":[{"epcClass":"urn:epc:class:lgtin:9521141.005678.R1","quantity":16,"uom":"KGM"}],
                "destinationList":[{"type":"owning_party","destination":"%s"}]""".formatted(CAFE)));
        EpcisHttp http = new EpcisHttp(port);
        JsonNode job = http.capture(EpcisHttp.DECLARANT_A, "application/ld+json",
                EpcisApiOverHttpTest.doc(events.toArray(String[]::new)));
        assertThat(job.get("success").asBoolean()).as(job.toString()).isTrue();

        EpcisHttp.Answer a = http.get(EpcisHttp.REGULATOR, "/api/v1/trace?epcClass="
                + URLEncoder.encode("urn:epc:class:lgtin:9521141.001234.L1", StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode t = a.json();
        assertThat(t.get("kind").asString()).isEqualTo("lot");
        List<String> nodes = new ArrayList<>();
        t.get("nodes").forEach(n -> nodes.add(n.get("id").asString()));
        assertThat(nodes).contains("https://id.gs1.org/01/" + GTIN + "/21/1", "https://id.gs1.org/00/095211410000000014",
                "https://id.gs1.org/417/9521141000106", "https://id.gs1.org/417/9521141000205",
                "declaration:trace-decl-1");
        assertThat(nodes).doesNotContain("https://id.gs1.org/01/" + GTIN + "/21/9");
        JsonNode link = t.get("imports").get(0);
        assertThat(link.get("found").asBoolean()).isTrue();
        assertThat(link.get("importer").asString()).isEqualTo(importer);
        assertThat(link.get("origins").get(0).asString()).isEqualTo("CO");
        List<String> relations = new ArrayList<>();
        t.get("edges").forEach(e -> relations.add(e.get("relation").asString() + " " + e.get("to").asString()));
        assertThat(relations).contains("contains https://id.gs1.org/01/" + GTIN + "/21/2",
                "shipped_to https://id.gs1.org/417/9521141000106", "shipped_to https://id.gs1.org/417/9521141000205",
                "imported_under https://id.gs1.org/01/" + GTIN + "/21/1");
        assertThat(relations).contains("transformed_into https://id.gs1.org/01/09521141056783/10/R1",
                "shipped_to https://id.gs1.org/417/9521141000304");
        assertThat(t.get("events").size()).isEqualTo(6);
        // one edge per (from, to, relation), counting the events that show it
        List<String> keys = new ArrayList<>();
        int[] shown = {0};
        t.get("edges").forEach(e -> {
            keys.add(e.get("from").asString() + " " + e.get("relation").asString() + " " + e.get("to").asString());
            shown[0] += e.get("events").asInt();
            assertThat(e.get("eventId").asString()).startsWith("ni:///sha-256;");
        });
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(shown[0]).isGreaterThanOrEqualTo(keys.size());

        EpcisHttp.Answer anonymous = http.get(null, "/api/v1/trace?epc=urn:epc:id:sgtin:9521141.001234.1");
        assertThat(anonymous.status()).isEqualTo(401);
        String page = signedInPage("regulator", "/trace?epc="
                + URLEncoder.encode("urn:epc:id:sgtin:9521141.001234.1", StandardCharsets.UTF_8) + "&lang=zh");
        assertThat(page).contains("<svg").contains("追溯关系图").contains("追溯结果").contains("https://id.gs1.org/417/9521141000205").contains("发往")
                .contains("trace-decl-1");
    }

    /** The page as a signed-in user sees it (form login with the session cookie and CSRF token). */
    String signedInPage(String user, String path) {
        try {
            java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager()).build();
            String base = "http://localhost:" + port;
            String login = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                    .matcher(login);
            assertThat(m.find()).as(login).isTrue();
            String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(m.group(1),
                    StandardCharsets.UTF_8);
            browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            java.net.http.HttpResponse<String> r = browser.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
