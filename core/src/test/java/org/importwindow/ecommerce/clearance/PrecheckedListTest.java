package org.importwindow.ecommerce.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.InMemoryLedger;
import org.importwindow.law.DatedParameters;
import org.junit.jupiter.api.Test;

/**
 * A list is prechecked by the thread that received it (its own checks and its taxes, which need no state) and then
 * decided by the one thread that matches documents and debits allowances in turn: the decision is the one the list
 * would have had checked all at once, the buyer's limits are still those of the ledger at the debit, and a list
 * prechecked on one day is not decided with it on the next.
 */
class PrecheckedListTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final DatedParameters LAW = DatedParameters.loadBundled();
    private static final InventoryClearance CLEARANCE = BundledClearance.of(LAW);
    private static final InventoryClearance ANOTHER_TARIFF = BundledClearance.of(LAW);

    private static ClearanceDecision prechecked(PurchaseDocuments p, InMemoryLedger ledger) {
        InventoryClearance.Prechecked pre = CLEARANCE.precheck(p.list(), DAY, p.transactionId());
        return CLEARANCE.decide(pre, p.order(), p.payment(), p.waybill(), false, ledger);
    }

    private static ClearanceDecision atOnce(PurchaseDocuments p, InMemoryLedger ledger) {
        return CLEARANCE.decide(p.list(), p.order(), p.payment(), p.waybill(), DAY, false, ledger, p.transactionId());
    }

    @Test
    void a_coffee_list_prechecked_is_released_with_the_bill_and_debit_it_would_have_had_checked_at_once() {
        PurchaseDocuments p = new PurchaseDocuments(11, "10").line("09012100", "烘焙咖啡豆", "2", "035", "150.00", "2", "035");
        InMemoryLedger one = new InMemoryLedger(LAW);
        InMemoryLedger other = new InMemoryLedger(LAW);
        ClearanceDecision pre = prechecked(p, one);
        ClearanceDecision whole = atOnce(p, other);
        assertThat(pre).isInstanceOf(ClearanceDecision.Released.class);
        assertThat(((ClearanceDecision.Released) pre).bill().taxTotal())
                .isEqualByComparingTo(((ClearanceDecision.Released) whole).bill().taxTotal());
        // 300 yuan of goods and 10 of freight debited once
        assertThat(one.usage(AllowanceScheme.CBEC_RETAIL_IMPORT, p.buyerId, DAY)).isEqualByComparingTo("310.00");
        assertThat(one.usage(AllowanceScheme.CBEC_RETAIL_IMPORT, p.buyerId, DAY))
                .isEqualByComparingTo(other.usage(AllowanceScheme.CBEC_RETAIL_IMPORT, p.buyerId, DAY));
    }

    @Test
    void the_annual_limit_is_that_of_the_ledger_at_the_debit_not_at_the_precheck() {
        // six lists of 4,500 yuan prechecked before any is debited: the sixth would pass 26,000 and is refused
        InMemoryLedger ledger = new InMemoryLedger(LAW);
        java.util.List<PurchaseDocuments> lists = new java.util.ArrayList<>();
        java.util.List<InventoryClearance.Prechecked> prechecked = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            PurchaseDocuments p = new PurchaseDocuments(12, "0").line("61091000", "棉制T恤衫", "30", "011", "150.00", "30",
                    "011");
            lists.add(p);
            prechecked.add(CLEARANCE.precheck(p.list(), DAY, p.transactionId()));
        }
        for (int i = 0; i < 5; i++) {
            PurchaseDocuments p = lists.get(i);
            assertThat(CLEARANCE.decide(prechecked.get(i), p.order(), p.payment(), p.waybill(), false, ledger))
                    .isInstanceOf(ClearanceDecision.Released.class);
        }
        PurchaseDocuments sixth = lists.get(5);
        ClearanceDecision d = CLEARANCE.decide(prechecked.get(5), sixth.order(), sixth.payment(), sixth.waybill(), false,
                ledger);
        assertThat(d).isInstanceOf(ClearanceDecision.Refused.class);
        assertThat(((ClearanceDecision.Refused) d).returnInfo()).startsWith("-621018");
        assertThat(ledger.usage(AllowanceScheme.CBEC_RETAIL_IMPORT, sixth.buyerId, DAY)).isEqualByComparingTo("22500.00");
    }

    @Test
    void a_list_prechecked_waits_for_its_documents_and_is_refused_for_its_own_faults_before_them() {
        PurchaseDocuments p = new PurchaseDocuments(13, "0").line("09012100", "烘焙咖啡豆", "1", "035", "99.00", "1", "035");
        InventoryClearance.Prechecked pre = CLEARANCE.precheck(p.list(), DAY, p.transactionId());
        assertThat(CLEARANCE.decide(pre, p.order(), null, p.waybill(), false, new InMemoryLedger(LAW)))
                .isInstanceOf(ClearanceDecision.Waiting.class);
        // a country code that does not exist (999) in the list's head
        PurchaseDocuments wrong = new PurchaseDocuments(14, "0").line("09012100", "烘焙咖啡豆", "1", "035", "99.00", "1",
                "035");
        InventoryClearance.Prechecked bad = CLEARANCE.precheck(
                wrong.listWith("<ceb:country>116</ceb:country><ceb:freight>", "<ceb:country>999</ceb:country><ceb:freight>"),
                DAY, wrong.transactionId());
        assertThat(bad.own()).isNotEmpty();
        assertThat(bad.assessed()).isNull();
        assertThat(CLEARANCE.decide(bad, null, null, null, false, new InMemoryLedger(LAW)))
                .isInstanceOf(ClearanceDecision.Refused.class);
    }

    @Test
    void a_precheck_holds_only_for_its_list_its_day_its_tariff_and_its_ledger_id() {
        PurchaseDocuments p = new PurchaseDocuments(15, "0").line("09012100", "烘焙咖啡豆", "1", "035", "99.00", "1", "035");
        org.importwindow.ecommerce.message.Inventory list = p.list();
        InventoryClearance.Prechecked pre = CLEARANCE.precheck(list, DAY, p.transactionId());
        assertThat(pre.holdsFor(CLEARANCE, list, DAY, p.transactionId())).isTrue();
        // received just before midnight, decided after it: checked again on the new day
        assertThat(pre.holdsFor(CLEARANCE, list, DAY.plusDays(1), p.transactionId())).isFalse();
        // the tariff replaced meanwhile (a measure import)
        assertThat(pre.holdsFor(ANOTHER_TARIFF, list, DAY, p.transactionId())).isFalse();
        assertThat(pre.holdsFor(CLEARANCE, list, DAY, p.transactionId() + "-other")).isFalse();
        // another list (the same content read again)
        assertThat(pre.holdsFor(CLEARANCE, p.list(), DAY, p.transactionId())).isFalse();
    }
}
