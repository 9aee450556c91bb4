package org.importwindow.bench.cbec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.clearance.ClearanceDecision;
import org.junit.jupiter.api.Test;

/** The generated traffic through the core's clearance: the planned mistakes are refused for what they are. */
class ClearanceOfGeneratedTrafficTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void mismatched_documents_and_hauls_are_refused_for_their_reason_and_most_lists_are_released() {
        TrafficProfile p = TrafficProfile.defaults(11, 3000, DAY);
        List<Documents> docs = Documents.read(CebBatches.of(
                CbecTraffic.generate(p, Catalogue.bundled(DAY)), p));
        ClearanceWorld world = ClearanceWorld.bundled();
        Ledger ledger = world.newLedger();
        int released = 0;
        for (Documents d : docs) {
            ClearanceDecision decision = d.decide(world.clearance(), DAY, ledger);
            String outcome = ClearanceLoop.outcome(decision);
            var anomalies = d.purchase().anomalies();
            if (anomalies.contains(CbecPurchase.Anomaly.PAYMENT_AMOUNT_DIFFERS)) {
                assertThat(outcome).contains("CBEC-112");
            }
            if (anomalies.contains(CbecPurchase.Anomaly.CONSIGNEE_DIFFERS)) {
                assertThat(outcome).contains("CBEC-113");
            }
            if (anomalies.isEmpty() || anomalies.equals(java.util.Set.of(CbecPurchase.Anomaly.OVER_SINGLE_LIMIT))) {
                // nothing else may refuse a consistent purchase than the buyer's limits
                assertThat(outcome).as(d.purchase().toString()).matches("800|100 -621005|100 -621018");
            }
            if (anomalies.equals(java.util.Set.of(CbecPurchase.Anomaly.OVER_SINGLE_LIMIT))) {
                assertThat(outcome).isEqualTo("100 -621005");
            }
            released += decision instanceof ClearanceDecision.Released ? 1 : 0;
        }
        assertThat(released).isGreaterThan(docs.size() * 85 / 100);
    }
}
