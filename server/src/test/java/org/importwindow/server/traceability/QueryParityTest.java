package org.importwindow.server.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.importwindow.traceability.epcis.Capture;
import org.importwindow.traceability.epcis.EpcisEvent;
import org.importwindow.traceability.epcis.EpcisQuery;
import org.importwindow.traceability.epcis.EpcisReader;
import org.importwindow.traceability.epcis.EpcisXmlReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query of each store answers what the core's predicate answers: every valid example stored, then each query run
 * both ways over the same events gives the same eventIDs, in one page and page by page.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:epcis-parity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class QueryParityTest {
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Autowired
    EpcisStore store;

    @Autowired
    JdbcClient db;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void each_common_query_selects_the_same_events_in_rocksdb_as_in_memory() throws IOException {
        assertThat(store).isInstanceOf(RocksEpcisStore.class);
        selectsWhatThePredicateSelects(store);
    }

    @Test
    void each_common_query_selects_the_same_events_in_sql_as_in_memory() throws IOException {
        selectsWhatThePredicateSelects(new SqlEpcisStore(db, jdbc, JSON));
    }

    private void selectsWhatThePredicateSelects(EpcisStore store) throws IOException {
        OffsetDateTime now = OffsetDateTime.of(2026, 7, 22, 0, 0, 0, 0, ZoneOffset.UTC);
        for (Path f : Files.list(EpcisApiOverHttpTest.EXAMPLES.resolve("valid")).sorted().toList()) {
            Capture c;
            if (f.toString().endsWith(".xml")) {
                try (InputStream in = Files.newInputStream(f)) {
                    c = EpcisXmlReader.read(in);
                }
            } else if (f.toString().contains("_Events_")) {
                c = EpcisReader.readSingleEvent(JSON.readValue(f.toFile(), Object.class));
            } else {
                c = EpcisReader.readDocument(JSON.readValue(f.toFile(), Object.class));
            }
            assertThat(c.ok()).as(f + " " + c.errors()).isTrue();
            store.store(c.events(), "parity", null, now);
        }
        List<EpcisEvent> stored = new ArrayList<>();
        for (String j : store.query(EpcisQuery.parse(Map.of("perPage", List.of("1000")))).eventJson()) {
            Capture c = EpcisReader.readSingleEvent(JSON.readValue(j, Object.class));
            assertThat(c.ok()).as(j + " " + c.errors()).isTrue();
            stored.add(c.events().get(0));
        }
        assertThat(stored).hasSizeGreaterThanOrEqualTo(10);
        List<Map<String, List<String>>> queries = List.of(
                Map.of("eventType", List.of("AggregationEvent,AssociationEvent")),
                Map.of("GE_eventTime", List.of("2013-06-08T14:58:56.591Z"), "LT_eventTime",
                        List.of("2020-01-01T00:00:00Z")),
                Map.of("EQ_action", List.of("ADD")),
                Map.of("EQ_bizStep", List.of("urn:epcglobal:cbv:bizstep:receiving|shipping")),
                Map.of("EQ_disposition", List.of("in_progress")),
                Map.of("EQ_readPoint", List.of("urn:epc:id:sgln:4012345.00001.0")),
                Map.of("EQ_bizLocation", List.of("https://id.gs1.org/414/0614141008889")),
                Map.of("MATCH_epc", List.of("urn:epc:id:sgtin:0614141.107346.2018")),
                Map.of("MATCH_epc", List.of("urn:epc:idpat:sgtin:0614141.107346.*")),
                Map.of("MATCH_parentID", List.of("urn:epc:id:sscc:0614141.1234567890")),
                Map.of("MATCH_inputEPC", List.of("urn:epc:id:sgtin:4012345.011122.25")),
                Map.of("MATCH_outputEPC", List.of("https://id.gs1.org/01/04012345778892/21/26")),
                Map.of("MATCH_anyEPC", List.of("urn:epc:id:giai:4000001.12345")),
                Map.of("MATCH_epcClass", List.of("urn:epc:class:lgtin:4012345.012345.998877")),
                Map.of("MATCH_anyEPCClass", List.of("urn:epc:idpat:sgtin:4012345.066666.*")),
                Map.of("EQ_bizTransaction_inv", List.of("urn:epcglobal:cbv:bt:9520011111116:A123")),
                Map.of("GE_recordTime", List.of("2026-07-22T00:00:00Z"), "EQ_action", List.of("OBSERVE")));
        for (Map<String, List<String>> params : queries) {
            Map<String, List<String>> p = new LinkedHashMap<>(params);
            p.put("perPage", List.of("1000"));
            EpcisQuery q = EpcisQuery.parse(p);
            Set<String> inMemory = new TreeSet<>();
            stored.stream().filter(q::test).forEach(e -> inMemory.add(e.eventID()));
            Set<String> sql = new TreeSet<>();
            for (String j : store.query(q).eventJson()) {
                sql.add(String.valueOf(JSON.readValue(j, Map.class).get("eventID")));
            }
            assertThat(sql).as(params.toString()).isEqualTo(inMemory).isNotEmpty();
            // page by page, two at a time, in capture order
            List<String> paged = new ArrayList<>();
            String token = null;
            do {
                Map<String, List<String>> pp = new LinkedHashMap<>(params);
                pp.put("perPage", List.of("2"));
                if (token != null) {
                    pp.put("nextPageToken", List.of(token));
                }
                EpcisStore.Page page = store.query(EpcisQuery.parse(pp));
                assertThat(page.eventJson()).hasSizeLessThanOrEqualTo(2);
                for (String j : page.eventJson()) {
                    paged.add(String.valueOf(JSON.readValue(j, Map.class).get("eventID")));
                }
                token = page.nextPageToken();
            } while (token != null);
            assertThat(new TreeSet<>(paged)).as(params + " paged").isEqualTo(inMemory);
            assertThat(paged).as(params + " paged once each").doesNotHaveDuplicates();
        }
    }
}
