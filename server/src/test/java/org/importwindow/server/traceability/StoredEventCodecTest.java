package org.importwindow.server.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An event's binary form gives back what was stored: absent fields, long and non-Latin text, times, quantities. */
class StoredEventCodecTest {

    static StoredEvent event(String eventId, String hash) {
        return new StoredEvent(0, eventId, hash, "AggregationEvent",
                OffsetDateTime.of(1969, 12, 31, 23, 59, 59, 123_456_789, ZoneOffset.UTC), null, "ADD", null,
                "in_progress", null, "https://id.gs1.org/414/9521141000304", "上海某进口商 " + "x".repeat(300),
                List.of(new StoredEvent.Named("PARENT", "https://id.gs1.org/00/095211410000000014"),
                        new StoredEvent.Named("CHILD_QUANTITY", "https://id.gs1.org/01/09521141012345/10/批次1")),
                List.of(new StoredEvent.Transaction("https://importwindow.org/btt/customs-declaration", "D-1")),
                List.of(new StoredEvent.Party("D", "owning_party", "https://id.gs1.org/417/9521141000106")),
                List.of(new StoredEvent.Quantity("CHILD_QUANTITY", "https://id.gs1.org/01/09521141012345/10/批次1",
                        new BigDecimal("12.500"), "KGM"), new StoredEvent.Quantity("QUANTITY", "c", null, null)));
    }

    @Test
    void an_aggregation_with_chinese_names_and_a_lot_quantity_comes_back_as_it_was_stored() {
        StoredEvent e = event("urn:uuid:7e4a2d3c-1111-4a6b-9c1d-000000000002", "ni:///sha-256;ab?ver=CBV2.0");
        StoredEvent back = StoredEventCodec.decode(7, StoredEventCodec.encode(e), true);
        assertThat(back).usingRecursiveComparison().ignoringFields("seq").isEqualTo(e);
        assertThat(back.seq()).isEqualTo(7);
        assertThat(back.quantities().get(0).amount()).isEqualByComparingTo("12.5");
    }

    @Test
    void an_event_named_by_its_hash_keeps_the_hash_once_and_the_trace_can_skip_quantities() {
        StoredEvent e = event("ni:///sha-256;ab?ver=CBV2.0", "ni:///sha-256;ab?ver=CBV2.0");
        byte[] bytes = StoredEventCodec.encode(e);
        StoredEvent back = StoredEventCodec.decode(1, bytes, false);
        assertThat(back.eventId()).isEqualTo(e.hash());
        assertThat(back.quantities()).isEmpty();
        assertThat(back.identifiers()).isEqualTo(e.identifiers());
        assertThat(bytes.length).isLessThan(StoredEventCodec.encode(event("urn:other", e.hash())).length);
    }
}
