package org.importwindow.server.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.importwindow.traceability.epcis.Capture;
import org.importwindow.traceability.epcis.EpcisEvent;
import org.importwindow.traceability.epcis.EpcisQuery;
import org.importwindow.traceability.epcis.EpcisReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RocksDB store across restarts and at its edges: what an enterprise captured is there after the single window
 * restarts, numbered after what came before, still recognised as a duplicate, its eventIDs still taken; a time range
 * is answered from the time index, also for events before 1970.
 */
class RocksEpcisStoreTest {
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 8, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    static List<EpcisEvent> events(String... events) {
        Capture c = EpcisReader.readDocument(JSON.readValue(EpcisApiOverHttpTest.doc(events), Object.class));
        assertThat(c.ok()).as(c.errors().toString()).isTrue();
        return c.events();
    }

    static String observed(String serial, String time, String eventId) {
        return ("{\"type\":\"ObjectEvent\",%s\"eventTime\":\"%s\",\"eventTimeZoneOffset\":\"+08:00\","
                + "\"action\":\"OBSERVE\",\"bizStep\":\"inspecting\",\"epcList\":[\"urn:epc:id:sgtin:9521141.001234.%s\"],"
                + "\"readPoint\":{\"id\":\"urn:epc:id:sgln:9521141.00000.0\"}}")
                .formatted(eventId == null ? "" : "\"eventID\":\"" + eventId + "\",", time, serial);
    }

    static List<String> ids(EpcisStore.Page page) {
        List<String> out = new ArrayList<>();
        for (String j : page.eventJson()) {
            out.add(String.valueOf(JSON.readValue(j, Map.class).get("eventID")));
        }
        return out;
    }

    static EpcisQuery query(String... nameValue) {
        Map<String, List<String>> p = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            p.put(nameValue[i], List.of(nameValue[i + 1]));
        }
        return EpcisQuery.parse(p);
    }

    @Test
    void what_was_captured_before_a_restart_is_there_after_it_and_new_events_come_after_it() {
        String first;
        try (RocksEpcisStore store = new RocksEpcisStore(dir, JSON)) {
            first = store.store(events(observed("1", "2026-07-30T10:00:00+08:00", null),
                    observed("2", "2026-07-30T11:00:00+08:00", "urn:uuid:7e4a2d3c-1111-4a6b-9c1d-000000000002")),
                    "91110000100000000A", "c1", NOW).eventIds().get(0);
        }
        try (RocksEpcisStore store = new RocksEpcisStore(dir, JSON)) {
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.eventJson(first)).isPresent();
            assertThat(store.eventJson("urn:uuid:7e4a2d3c-1111-4a6b-9c1d-000000000002")).isPresent();
            EpcisStore.Stored again = store.store(events(observed("1", "2026-07-30T10:00:00+08:00", null),
                    observed("3", "2026-07-30T12:00:00+08:00", null)), "91110000100000000A", "c2", NOW);
            assertThat(again.duplicates()).isEqualTo(1);
            assertThat(again.eventIds().get(0)).isEqualTo(first);
            assertThat(store.count()).isEqualTo(3);
            // capture order: the event captured after the restart comes last, none is numbered twice
            List<String> all = ids(store.query(query("perPage", "10")));
            assertThat(all).hasSize(3).containsExactly(first, "urn:uuid:7e4a2d3c-1111-4a6b-9c1d-000000000002",
                    again.eventIds().get(1));
        }
    }

    @Test
    void an_event_id_taken_before_a_restart_stays_taken_and_nothing_of_the_capture_is_stored() {
        String id = "urn:uuid:7e4a2d3c-1111-4a6b-9c1d-000000000009";
        try (RocksEpcisStore store = new RocksEpcisStore(dir, JSON)) {
            store.store(events(observed("9", "2026-07-30T10:00:00+08:00", id)), "A", "c1", NOW);
        }
        try (RocksEpcisStore store = new RocksEpcisStore(dir, JSON)) {
            assertThatThrownBy(() -> store.store(events(observed("10", "2026-07-30T10:00:00+08:00", null),
                    observed("11", "2026-07-30T10:00:00+08:00", id)), "B", "c2", NOW))
                    .isInstanceOf(EpcisStore.EventIdTaken.class);
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.eventsNaming(List.of("https://id.gs1.org/01/09521141012345/21/10"))).isEmpty();
        }
    }

    @Test
    void a_time_range_finds_events_on_both_sides_of_1970_and_leaves_out_its_end() {
        try (RocksEpcisStore store = new RocksEpcisStore(dir, JSON)) {
            store.store(events(observed("1", "1969-12-31T23:00:00Z", null), observed("2", "1970-01-01T01:00:00Z", null),
                    observed("3", "2026-07-30T10:00:00Z", null)), "A", "c1", NOW);
            assertThat(ids(store.query(query("GE_eventTime", "1969-12-31T00:00:00Z", "LT_eventTime",
                    "2026-07-30T10:00:00Z")))).hasSize(2);
            assertThat(ids(store.query(query("GE_eventTime", "1970-01-01T00:00:00Z")))).hasSize(2);
            assertThat(ids(store.query(query("LT_eventTime", "1970-01-01T00:00:00Z")))).hasSize(1);
        }
    }
}
