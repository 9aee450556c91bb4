package org.importwindow.bench.cbec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.ecommerce.message.Ceb621Message;
import org.importwindow.ecommerce.message.CebMessages;
import org.junit.jupiter.api.Test;

class CbecTrafficTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    static final Catalogue CATALOGUE = Catalogue.bundled(DAY);

    static TrafficProfile profile(long seed, int purchases) {
        return TrafficProfile.defaults(seed, purchases, DAY);
    }

    @Test
    void the_same_seed_makes_byte_identical_messages_and_another_seed_other_documents() {
        List<CebBatches.Batch> a = CebBatches.of(CbecTraffic.generate(profile(7, 300), CATALOGUE), profile(7, 300));
        List<CebBatches.Batch> b = CebBatches.of(CbecTraffic.generate(profile(7, 300), CATALOGUE), profile(7, 300));
        List<CebBatches.Batch> c = CebBatches.of(CbecTraffic.generate(profile(8, 300), CATALOGUE), profile(8, 300));
        for (int i = 0; i < a.size(); i++) {
            for (CebXml.Kind kind : CebXml.Kind.values()) {
                assertThat(a.get(i).message(kind)).isEqualTo(b.get(i).message(kind));
            }
        }
        Set<String> numbers = new HashSet<>();
        a.forEach(x -> x.purchases().forEach(p -> numbers.add(p.orderNo())));
        c.forEach(x -> x.purchases().forEach(p -> assertThat(numbers).doesNotContain(p.orderNo())));
    }

    @Test
    void messages_waiting_outside_the_heap_are_sent_byte_for_byte_each_in_an_array_of_its_own() {
        List<CebBatches.Batch> batches = CebBatches.of(CbecTraffic.generate(profile(5, 250), CATALOGUE),
                profile(5, 250));
        List<Outgoing> outgoing = Outgoing.of(batches);
        assertThat(outgoing).hasSize(batches.size());
        for (int i = 0; i < batches.size(); i++) {
            for (CebXml.Kind kind : CebXml.Kind.values()) {
                byte[] sent = outgoing.get(i).message(kind);
                assertThat(sent).isEqualTo(batches.get(i).message(kind));
                // what the receiving side reads into, as a server does from its socket
                assertThat(sent).isNotSameAs(outgoing.get(i).message(kind));
            }
        }
    }

    @Test
    void every_message_kind_is_valid_against_the_official_schema_and_reads_back() {
        TrafficProfile p = profile(3, 1000);
        List<CebBatches.Batch> batches = CebBatches.of(CbecTraffic.generate(p, CATALOGUE), p);
        for (CebBatches.Batch b : List.of(batches.get(0), batches.get(4), batches.get(9))) {
            for (CebXml.Kind kind : CebXml.Kind.values()) {
                byte[] xml = b.message(kind);
                assertThat(CebMessages.validate(xml)).as(kind + " of batch " + b.index() + ": "
                        + new String(xml, 0, Math.min(xml.length, 300), StandardCharsets.UTF_8)).isEmpty();
                assertThat(CebMessages.read(xml).documents()).hasSize(100);
            }
        }
        Ceb621Message lists = (Ceb621Message) CebMessages.read(batches.get(0).message(CebXml.Kind.LISTS));
        assertThat(lists.signaturePresent()).isTrue();
        assertThat(lists.baseTransfer().copCode()).isEqualTo(CebXml.AGENT);
        assertThat(lists.inventories().get(0).head().copNo()).isEqualTo(batches.get(0).purchases().get(0).copNo());
    }

    @Test
    void a_message_never_holds_more_than_the_100_documents_the_schema_allows() {
        TrafficProfile p = profile(4, 250);
        List<CebBatches.Batch> batches = CebBatches.of(CbecTraffic.generate(p, CATALOGUE), p);
        assertThat(batches).extracting(CebBatches.Batch::size).containsExactly(100, 100, 50);
        assertThatThrownBy(() -> new TrafficProfile(1, 10, DAY, 2, 10, 0, 0, 0, 0, 0, 0, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buyers_hold_valid_resident_id_numbers_and_some_buy_many_times() {
        List<CbecPurchase> purchases = CbecTraffic.generate(profile(5, 20_000), CATALOGUE);
        Map<String, Integer> perBuyer = new HashMap<>();
        for (CbecPurchase p : purchases) {
            assertThat(ResidentIdNumber.problem(p.buyer().idNumber(), DAY)).isEmpty();
            perBuyer.merge(p.buyer().idNumber(), 1, Integer::sum);
        }
        long once = perBuyer.values().stream().filter(n -> n == 1).count();
        int most = perBuyer.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        // Zipf (alpha 2): about 6 in 10 buyers buy once, and someone reaches the cap of 60
        assertThat((double) once / perBuyer.size()).isBetween(0.5, 0.75);
        assertThat(most).isEqualTo(60);
    }

    @Test
    void the_planned_mistakes_come_in_their_shares_and_the_rest_is_consistent() {
        List<CbecPurchase> purchases = CbecTraffic.generate(profile(6, 20_000), CATALOGUE);
        int paid = 0;
        int consignee = 0;
        int haul = 0;
        for (CbecPurchase p : purchases) {
            boolean paidDiffers = p.amountPaid().compareTo(p.acturalPaid()) != 0;
            assertThat(paidDiffers).isEqualTo(p.anomalies().contains(CbecPurchase.Anomaly.PAYMENT_AMOUNT_DIFFERS));
            assertThat(!p.consignee().equals(p.waybillConsignee()))
                    .isEqualTo(p.anomalies().contains(CbecPurchase.Anomaly.CONSIGNEE_DIFFERS));
            if (p.anomalies().contains(CbecPurchase.Anomaly.OVER_SINGLE_LIMIT)) {
                assertThat(p.goodsValue()).isGreaterThan(CbecTraffic.SINGLE_LIMIT);
                assertThat(p.items()).isGreaterThan(1);
                haul++;
            }
            paid += paidDiffers ? 1 : 0;
            consignee += p.consignee().equals(p.waybillConsignee()) ? 0 : 1;
        }
        assertThat(paid).isBetween(330, 470);
        assertThat(consignee).isBetween(150, 250);
        assertThat(haul).isBetween(60, 140);
    }

    @Test
    void a_product_whose_line_is_not_on_the_positive_list_that_day_is_refused() {
        assertThatThrownBy(() -> Catalogue.bundled(LocalDate.of(2019, 6, 1)))
                .hasMessageContaining("is not on the positive list");
        assertThat(Catalogue.positiveList(DAY)).containsKeys("22042100", "19011010", "33049900");
    }
}
