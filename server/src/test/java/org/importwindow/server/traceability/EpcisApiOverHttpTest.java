package org.importwindow.server.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The EPCIS 2.0 REST binding over real HTTP with the demo enterprises, on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:epcis-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1", "importwindow.epcis.max-capture-bytes=200000"})
class EpcisApiOverHttpTest {
    static final Path EXAMPLES = Path.of("../core/src/test/resources/epcis");
    static final String LD = "application/ld+json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    EpcisHttp http;

    @BeforeEach
    void setUp() {
        http = new EpcisHttp(port);
    }

    @Autowired
    EpcisStore store;

    long events() {
        return store.count();
    }

    /** The one stored event naming this canonical identifier. */
    StoredEvent eventNaming(String identifier) {
        java.util.Set<Long> seqs = store.eventsNaming(List.of(identifier));
        assertThat(seqs).hasSize(1);
        return store.events(seqs, false).values().iterator().next();
    }

    static String doc(String... events) {
        return """
                {"@context":["https://ref.gs1.org/standards/epcis/epcis-context.jsonld"],"type":"EPCISDocument",
                 "schemaVersion":"2.0","creationDate":"2026-07-22T10:30:00Z","epcisBody":{"eventList":[%s]}}"""
                .formatted(String.join(",", events));
    }

    static String observe(String epc, String bizStep, String time) {
        return """
                {"type":"ObjectEvent","eventTime":"%s","eventTimeZoneOffset":"+08:00","action":"OBSERVE",
                 "bizStep":"%s","epcList":["%s"],"readPoint":{"id":"urn:epc:id:sgln:9521141.00000.0"}}"""
                .formatted(time, bizStep, epc);
    }

    static Stream<Path> files(String dir) throws IOException {
        return Files.list(EXAMPLES.resolve(dir)).sorted();
    }

    @Test
    void every_valid_example_is_captured_and_then_found_by_a_query() throws IOException {
        for (Path f : files("valid").toList()) {
            String name = f.getFileName().toString();
            String body = Files.readString(f);
            String type = name.endsWith(".xml") ? "application/xml" : LD;
            if (name.contains("_Events_")) {
                EpcisHttp.Answer a = http.post(EpcisHttp.DECLARANT_A, "/epcis/events", type, body);
                assertThat(a.status()).as(name + " " + a.body()).isEqualTo(201);
                assertThat(a.location()).startsWith("/epcis/events/");
                EpcisHttp.Answer back = http.get(EpcisHttp.DECLARANT_A, a.location());
                assertThat(back.status()).as(name + " " + a.location() + " " + back.body()).isEqualTo(200);
                assertThat(back.json().get("type").asString()).isEqualTo(
                        EpcisHttp.JSON.readTree(body).get("type").asString());
            } else {
                JsonNode job = http.capture(EpcisHttp.DECLARANT_A, type, body);
                assertThat(job.get("success").asBoolean()).as(name + " " + job).isTrue();
                assertThat(job.get("captureErrorBehaviour").asString()).isEqualTo("rollback");
            }
        }
        // the XML and JSON-LD twins are one set of events: the shipping event is stored once
        EpcisHttp.Answer shipped = http.get(EpcisHttp.DECLARANT_A,
                "/epcis/events?EQ_bizStep=shipping&MATCH_epc=" + enc("https://id.gs1.org/01/10614141073464/21/2017"));
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.contentType()).startsWith("application/ld+json");
        JsonNode list = shipped.json().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(list.size()).isEqualTo(1);
        assertThat(store.query(org.importwindow.traceability.epcis.EpcisQuery.parse(java.util.Map.of("EQ_bizStep",
                List.of("shipping"), "eventType", List.of("ObjectEvent")))).eventJson()).hasSize(1);
        EpcisHttp.Answer po = http.get(EpcisHttp.DECLARANT_A, "/epcis/events?EQ_bizTransaction_po="
                + enc("http://transaction.acme.com/po/12345678") + "&eventType=ObjectEvent");
        assertThat(po.json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(2);
        EpcisHttp.Answer lot = http.get(EpcisHttp.DECLARANT_A, "/epcis/events?MATCH_epcClass="
                + enc("https://id.gs1.org/01/04012345123456/10/998877"));
        assertThat(lot.json().at("/epcisBody/queryResults/resultsBody/eventList/0/type").asString())
                .isEqualTo("AggregationEvent");
        EpcisHttp.Answer output = http.get(EpcisHttp.DECLARANT_A, "/epcis/events?MATCH_outputEPC="
                + enc("urn:epc:id:sgtin:4012345.077889.25") + "&GE_recordTime=" + enc("2020-01-01T00:00:00Z"));
        assertThat(output.json().at("/epcisBody/queryResults/resultsBody/eventList/0/type").asString())
                .isEqualTo("TransformationEvent");
        assertThat(http.get(EpcisHttp.DECLARANT_A, "/epcis/events/" + enc("urn:uuid:nothing-here")).status())
                .isEqualTo(404);
        java.net.http.HttpResponse<String> xml;
        try {
            xml = EpcisHttp.CLIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                    + port + "/epcis/events?eventType=AggregationEvent")).header("Authorization", EpcisHttp.DECLARANT_A)
                    .header("Accept", "application/xml").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        org.importwindow.traceability.epcis.Capture back = org.importwindow.traceability.epcis.EpcisXmlReader
                .readQueryDocument(new java.io.ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(back.errors()).as(xml.body()).isEmpty();
        assertThat(back.events()).isNotEmpty().allSatisfy(e -> assertThat(e.type().name())
                .isEqualTo("AggregationEvent"));
        for (String type : List.of("ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent",
                "AssociationEvent")) {
            EpcisHttp.Answer a = http.get(EpcisHttp.REGULATOR, "/epcis/events?eventType=" + type);
            assertThat(a.json().at("/epcisBody/queryResults/resultsBody/eventList").size()).as(type).isPositive();
        }
    }

    @Test
    void the_openapi_document_describes_the_epcis_binding_beside_the_api() {
        EpcisHttp.Answer docs = http.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("\"/epcis/capture\"", "\"/epcis/events\"", "\"/epcis/capture/{id}\"",
                "\"/api/v1/trace\"");
    }

    @Test
    void invalid_examples_are_refused_with_their_rule_and_store_nothing() throws IOException {
        long before = events();
        EpcisHttp.Answer noContext = http.post(EpcisHttp.DECLARANT_A, "/epcis/capture", LD,
                Files.readString(EXAMPLES.resolve("invalid/JSON_Capture_Invalid_EPCISDocument_without_context.json")));
        assertThat(noContext.status()).isEqualTo(400);
        assertThat(noContext.contentType()).startsWith("application/problem+json");
        assertThat(noContext.body()).contains("EPCIS-002");
        JsonNode action = http.capture(EpcisHttp.DECLARANT_A, LD,
                Files.readString(EXAMPLES.resolve("invalid/JSON_Capture_Invalid_ObjectEvent_with_invalid_action.json")));
        assertThat(action.get("success").asBoolean()).isFalse();
        assertThat(action.get("errors").get(0).get("code").asString()).isEqualTo("EPCIS-007");
        assertThat(action.get("errors").get(0).get("path").asString()).isEqualTo("epcisBody.eventList[0].action");
        JsonNode time = http.capture(EpcisHttp.DECLARANT_A, "application/xml",
                Files.readString(EXAMPLES.resolve("invalid/XML_Capture_Invalid_ObjectEvent_without_eventTime.xml")));
        assertThat(time.get("success").asBoolean()).isFalse();
        assertThat(time.get("errors").get(0).get("code").asString()).isEqualTo("EPCIS-005");
        EpcisHttp.Answer notJson = http.post(EpcisHttp.DECLARANT_A, "/epcis/capture", LD, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("EPCIS-001");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void a_document_with_one_bad_event_stores_none_of_its_events() {
        long before = events();
        JsonNode job = http.capture(EpcisHttp.DECLARANT_A, LD, doc(
                observe("urn:epc:id:sgtin:9521141.001234.9001", "shipping", "2026-08-01T10:00:00+08:00"),
                observe("https://id.gs1.org/01/09521141012346/21/9002", "shipping", "2026-08-01T10:00:00+08:00")));
        assertThat(job.get("success").asBoolean()).isFalse();
        assertThat(job.get("errors").get(0).get("code").asString()).isEqualTo("EPCIS-014");
        assertThat(job.get("errors").get(0).get("eventIndex").asInt()).isEqualTo(1);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void the_same_event_sent_twice_as_urn_and_as_digital_link_is_stored_once() {
        String urn = observe("urn:epc:id:sgtin:9521141.001234.7001", "receiving", "2026-08-02T10:00:00+08:00");
        String dl = observe("https://id.gs1.org/01/09521141012345/21/7001", "receiving", "2026-08-02T10:00:00+08:00");
        assertThat(http.capture(EpcisHttp.DECLARANT_A, LD, doc(urn)).get("success").asBoolean()).isTrue();
        long before = events();
        assertThat(http.capture(EpcisHttp.API_KEY, LD, doc(dl, urn)).get("success").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(before);
        EpcisHttp.Answer a = http.get(EpcisHttp.DECLARANT_B,
                "/epcis/epcs/" + enc("urn:epc:id:sgtin:9521141.001234.7001") + "/events");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(1);
        assertThat(eventNaming("https://id.gs1.org/01/09521141012345/21/7001").capturedBy())
                .isEqualTo(db.sql("select min(uscc) from app_user_enterprise where username = 'declarant-a'")
                        .query(String.class).single());
    }

    @Test
    void of_documents_sent_together_giving_one_eventid_to_two_events_only_one_is_stored() {
        // two workers store documents at once: the one that comes second is refused, the others are stored
        long before = events();
        String taken = "urn:uuid:7c1d0c2e-0000-4000-8000-0000000000a1";
        List<String> jobs = new ArrayList<>();
        int documents = 24;
        for (int d = 0; d < documents; d++) {
            String a = observe("urn:epc:id:sgtin:9521141.001234." + (91000 + 2 * d), "shipping",
                    "2026-08-05T10:00:00+08:00");
            String b = observe("urn:epc:id:sgtin:9521141.001234." + (91001 + 2 * d), "receiving",
                    "2026-08-05T11:00:00+08:00");
            if (d == 3 || d == 12) {
                b = b.replace("{\"type\"", "{\"eventID\":\"" + taken + "\",\"type\"");
            }
            EpcisHttp.Answer sent = http.post(EpcisHttp.DECLARANT_A, "/epcis/capture", LD, doc(a, b));
            assertThat(sent.status()).as(sent.body()).isEqualTo(202);
            jobs.add(sent.location());
        }
        int failed = 0;
        for (String job : jobs) {
            JsonNode status = http.get(EpcisHttp.DECLARANT_A, job).json();
            for (int i = 0; i < 200 && status.get("running").asBoolean(); i++) {
                sleep();
                status = http.get(EpcisHttp.DECLARANT_A, job).json();
            }
            assertThat(status.get("running").asBoolean()).isFalse();
            if (!status.get("success").asBoolean()) {
                failed++;
                assertThat(status.get("errors").get(0).get("code").asString()).isEqualTo("EPCIS-022");
            }
        }
        assertThat(failed).as("one of the two documents giving the eventID").isEqualTo(1);
        assertThat(events() - before).isEqualTo(2L * (documents - 1));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void an_event_id_already_given_to_another_event_is_refused_and_nothing_is_stored() {
        String first = observe("urn:epc:id:sgtin:9521141.001234.8001", "shipping", "2026-08-03T10:00:00+08:00")
                .replace("{\"type\"", "{\"eventID\":\"urn:uuid:7c1d0c2e-0000-4000-8000-000000000001\",\"type\"");
        assertThat(http.capture(EpcisHttp.DECLARANT_A, LD, doc(first)).get("success").asBoolean()).isTrue();
        long before = events();
        String other = first.replace("8001", "8002");
        JsonNode job = http.capture(EpcisHttp.DECLARANT_A, LD, doc(observe("urn:epc:id:sgtin:9521141.001234.8003",
                "shipping", "2026-08-03T10:00:00+08:00"), other));
        assertThat(job.get("success").asBoolean()).isFalse();
        assertThat(job.get("errors").get(0).get("code").asString()).isEqualTo("EPCIS-022");
        assertThat(job.get("errors").get(0).get("eventIndex").asInt()).isEqualTo(1);
        assertThat(events()).isEqualTo(before);
        EpcisHttp.Answer single = http.post(EpcisHttp.DECLARANT_A, "/epcis/events", LD, other.replace("{\"eventID\"",
                "{\"@context\":[\"https://ref.gs1.org/standards/epcis/epcis-context.jsonld\"],\"eventID\""));
        assertThat(single.status()).as(single.body()).isEqualTo(409);
        assertThat(single.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_event_sent_without_event_id_is_named_by_its_hash_for_get_query_and_duplicates() {
        String sent = observe("urn:epc:id:sgtin:9521141.001234.9101", "storing", "2026-08-04T10:00:00+08:00");
        assertThat(http.capture(EpcisHttp.DECLARANT_A, LD, doc(sent)).get("success").asBoolean()).isTrue();
        String hash = eventNaming("https://id.gs1.org/01/09521141012345/21/9101").hash();
        assertThat(hash).startsWith("ni:///sha-256;");
        EpcisHttp.Answer one = http.get(EpcisHttp.DECLARANT_A, "/epcis/events/" + enc(hash));
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().get("eventID").asString()).isEqualTo(hash);
        EpcisHttp.Answer q = http.get(EpcisHttp.DECLARANT_A, "/epcis/events?EQ_eventID=" + enc(hash));
        assertThat(q.json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(1);
        // the hash is taken as an eventID too: another event may not be given it
        long before = events();
        String other = observe("urn:epc:id:sgtin:9521141.001234.9102", "storing", "2026-08-04T10:00:00+08:00")
                .replace("{\"type\"", "{\"eventID\":\"" + hash + "\",\"type\"");
        JsonNode job = http.capture(EpcisHttp.DECLARANT_A, LD, doc(other));
        assertThat(job.get("success").asBoolean()).isFalse();
        assertThat(job.get("errors").get(0).get("code").asString()).isEqualTo("EPCIS-022");
        // sent again, it is a duplicate and stores nothing
        assertThat(http.capture(EpcisHttp.DECLARANT_A, LD, doc(sent)).get("success").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void query_parameters_select_and_page_with_a_next_link() {
        List<String> evs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            evs.add(observe("urn:epc:id:sgtin:9521141.001234.P" + i, i % 2 == 0 ? "stocking" : "retail_selling",
                    "2026-09-0" + (i + 1) + "T10:00:00+08:00"));
        }
        assertThat(http.capture(EpcisHttp.DECLARANT_A, LD, doc(evs.toArray(String[]::new))).get("success")
                .asBoolean()).isTrue();
        String q = "/epcis/events?MATCH_epc=" + enc("urn:epc:idpat:sgtin:9521141.001234.*")
                + "&GE_eventTime=" + enc("2026-09-01T00:00:00+08:00") + "&LT_eventTime=" + enc("2026-10-01T00:00:00Z");
        List<String> seen = new ArrayList<>();
        String next = q + "&perPage=3";
        int pages = 0;
        while (next != null) {
            EpcisHttp.Answer a = http.get(EpcisHttp.DECLARANT_A, next);
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            a.json().at("/epcisBody/queryResults/resultsBody/eventList").forEach(e -> seen.add(e.get("epcList").get(0)
                    .asString()));
            pages++;
            next = a.link() == null ? null : a.link().substring(a.link().indexOf('<') + 1, a.link().indexOf('>'));
            if (next != null) {
                assertThat(a.link()).endsWith("rel=\"next\"").contains("perPage=3");
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        EpcisHttp.Answer stocking = http.get(EpcisHttp.DECLARANT_A, q + "&EQ_bizStep="
                + enc("urn:epcglobal:cbv:bizstep:stocking") + "&eventType=ObjectEvent&EQ_action=OBSERVE");
        assertThat(stocking.json().at("/epcisBody/queryResults/resultsBody/eventList").size()).isEqualTo(4);
        EpcisHttp.Answer unknown = http.get(EpcisHttp.DECLARANT_A, "/epcis/events?EQ_colour=red");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("EPCIS-101");
        EpcisHttp.Answer badTime = http.get(EpcisHttp.DECLARANT_A, "/epcis/events?GE_eventTime=yesterday");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.body()).contains("EPCIS-102");
    }

    @Test
    void an_oversized_document_is_refused_unread_and_only_rollback_is_offered() {
        String big = doc(observe("urn:epc:id:sgtin:9521141.001234.9901", "shipping", "2026-08-01T10:00:00+08:00")
                .replace("\"type\"", "\"example:note\":\"" + "x".repeat(250_000) + "\",\"type\""));
        EpcisHttp.Answer a = http.post(EpcisHttp.DECLARANT_A, "/epcis/capture", LD, big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.body()).contains("EPCIS-018");
        EpcisHttp.Answer proceed = EpcisHttp.call(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/epcis/capture")).header("Authorization", EpcisHttp.DECLARANT_A)
                .header("Content-Type", LD).header("GS1-Capture-Error-Behaviour", "proceed")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(doc())).build());
        assertThat(proceed.status()).isEqualTo(501);
    }

    @Test
    void without_credentials_the_binding_answers_401_and_a_consumer_gets_403() {
        assertThat(http.get(null, "/epcis/events").status()).isEqualTo(401);
        assertThat(http.post(null, "/epcis/capture", LD, doc()).status()).isEqualTo(401);
        assertThat(http.get(EpcisHttp.CONSUMER, "/epcis/events").status()).isEqualTo(403);
        assertThat(http.post(EpcisHttp.CONSUMER, "/epcis/capture", LD, doc()).status()).isEqualTo(403);
        assertThat(http.post(EpcisHttp.REGULATOR, "/epcis/capture", LD, doc()).status()).isEqualTo(403);
        assertThat(http.get(EpcisHttp.REGULATOR, "/epcis/events").status()).isEqualTo(200);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
