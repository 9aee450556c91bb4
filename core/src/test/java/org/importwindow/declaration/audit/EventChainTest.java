package org.importwindow.declaration.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.declaration.DeclarationEvent;
import org.importwindow.declaration.DeclarationEvent.DeclarationHeld;
import org.importwindow.declaration.DeclarationEvent.GoodsReleased;
import org.importwindow.declaration.DeclarationEvent.PaymentConfirmed;
import org.junit.jupiter.api.Test;

class EventChainTest {
    private static final Instant T = Instant.parse("2026-03-16T02:00:00Z");

    private static List<ChainedEvent> chain() {
        List<DeclarationEvent> events = List.of(
                new PaymentConfirmed("bank", T, new BigDecimal("1234.50"), "B-1"),
                new DeclarationHeld("officer", T.plusSeconds(1), "line one\nline two"),
                new GoodsReleased("system", T.plusSeconds(2), null));
        return EventChain.appendAll(null, "D-1", events);
    }

    @Test
    void sha256_of_previous_hash_and_text_is_lower_case_hex() {
        assertThat(EventChain.hash("", "abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_canonical_text_is_stable_key_value_lines() {
        assertThat(chain().get(0).canonicalText()).isEqualTo("""
                sequence=1
                declaration=D-1
                type=PaymentConfirmed
                actor=bank
                at=2026-03-16T02:00:00Z
                amount=1234.50
                bankReference=B-1
                """);
        assertThat(chain().get(1).canonicalText()).contains("reason=line one\\nline two\n");
    }

    @Test
    void an_untouched_chain_verifies_and_counts_its_events() {
        Verification v = EventChain.verify(chain());
        assertThat(v.valid()).isTrue();
        assertThat(v.checked()).isEqualTo(3);
        assertThat(chain().get(0).previousHash()).isEqualTo(EventChain.GENESIS);
    }

    @Test
    void rewriting_an_events_text_is_caught_at_that_event() {
        List<ChainedEvent> c = new ArrayList<>(chain());
        ChainedEvent e = c.get(1);
        c.set(1, new ChainedEvent(e.sequence(), e.eventId(), e.canonicalText().replace("officer", "nobody"),
                e.previousHash(), e.hash()));
        Verification v = EventChain.verify(c);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstTamperedSequence()).isEqualTo(2L);
        assertThat(v.firstTamperedEventId()).isEqualTo("D-1-2");
        assertThat(v.checked()).isEqualTo(1);
    }

    @Test
    void rehashing_a_rewritten_event_is_caught_at_the_next_one() {
        List<ChainedEvent> c = new ArrayList<>(chain());
        ChainedEvent e = c.get(0);
        String text = e.canonicalText().replace("1234.50", "1.00");
        c.set(0, new ChainedEvent(1, e.eventId(), text, e.previousHash(), EventChain.hash(e.previousHash(), text)));
        Verification v = EventChain.verify(c);
        assertThat(v.firstTamperedSequence()).isEqualTo(2L);
    }

    @Test
    void removing_an_event_is_caught() {
        List<ChainedEvent> c = new ArrayList<>(chain());
        c.remove(1);
        assertThat(EventChain.verify(c).firstTamperedEventId()).isEqualTo("D-1-3");
    }
}
