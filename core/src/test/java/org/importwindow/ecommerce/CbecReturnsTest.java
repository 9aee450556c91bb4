package org.importwindow.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.ecommerce.CbecWorld.BUYER;
import static org.importwindow.ecommerce.CbecWorld.MARCH_2026;
import static org.importwindow.ecommerce.CbecWorld.TAX;
import static org.importwindow.ecommerce.CbecWorld.cream;
import static org.importwindow.ecommerce.CbecWorld.list;
import static org.importwindow.ecommerce.CbecWorld.milkPowder;
import static org.importwindow.ecommerce.CbecWorld.wine;
import static org.importwindow.ecommerce.CbecWorld.yuan;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.InMemoryLedger;
import org.junit.jupiter.api.Test;

class CbecReturnsTest {
    static final AllowanceScheme CBEC = AllowanceScheme.CBEC_RETAIL_IMPORT;
    static final LocalDate RELEASED = MARCH_2026.plusDays(1);

    final InMemoryLedger ledger = new InMemoryLedger(CbecWorld.LAW);
    final CbecReturns returns = new CbecReturns(CbecWorld.LAW);

    CbecTaxBill accepted(String id, CbecTaxRequest request) {
        CbecTaxResult r = TAX.assessAndDebit(request, ledger, id);
        assertThat(r).isInstanceOf(CbecTaxBill.class);
        return (CbecTaxBill) r;
    }

    CbecReturnRequest returning(String returnId, String listId, CbecTaxBill bill, LocalDate on,
                                ReturnedLine... lines) {
        return new CbecReturnRequest(returnId, listId, BUYER, bill, RELEASED, on, List.of(lines));
    }

    @Test
    void returning_the_cream_within_30_days_refunds_its_taxes_and_gives_back_its_allowance() {
        CbecTaxBill bill = accepted("L1", list(MARCH_2026, "20.00", wine(1, "1000.00"), cream(2, "600.00"),
                milkPowder(3, "400.00")));
        CbecReturnResult r = returns.process(returning("R1", "L1", bill, RELEASED.plusDays(30),
                new ReturnedLine(2, null)), ledger);
        assertThat(r).isInstanceOfSatisfying(CbecReturnAccepted.class, a -> {
            assertThat(a.refund().consumptionTax()).isEqualByComparingTo("74.86");
            assertThat(a.refund().valueAddedTax()).isEqualByComparingTo("64.88");
            assertThat(a.refund().taxTotal()).isEqualByComparingTo("139.74");
            assertThat(a.refund().allowanceCredit()).isEqualByComparingTo("606.00");
            assertThat(a.credit().usage()).isEqualByComparingTo("1414.00");
        });
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("1414.00");
    }

    @Test
    void returning_one_of_two_tins_of_milk_powder_refunds_half_of_the_line() {
        CbecTaxBill bill = accepted("L1", list(MARCH_2026, "0", milkPowder(1, "400.00")));
        // VAT 52.00 x 70% = 36.40 on two tins; one tin gives back 18.20 and 200.00 of allowance
        CbecReturnAccepted a = (CbecReturnAccepted) returns.process(returning("R1", "L1", bill,
                RELEASED.plusDays(3), new ReturnedLine(1, yuan("1"))), ledger);
        assertThat(a.refund().valueAddedTax()).isEqualByComparingTo("18.20");
        assertThat(a.refund().allowanceCredit()).isEqualByComparingTo("200.00");
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("200.00");
    }

    @Test
    void a_return_on_the_31st_day_after_release_is_refused_with_625004_and_nothing_is_credited() {
        CbecTaxBill bill = accepted("L1", list(MARCH_2026, "0", wine(1, "1000.00")));
        CbecReturnResult r = returns.process(returning("R1", "L1", bill, RELEASED.plusDays(31),
                new ReturnedLine(1, null)), ledger);
        assertThat(r).isInstanceOfSatisfying(CbecRefused.class,
                refused -> assertThat(refused.returnInfo()).startsWith("-625004 ").contains("退货期限"));
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("1000.00");
    }

    @Test
    void a_line_that_was_not_on_the_list_is_refused_with_625209() {
        CbecTaxBill bill = accepted("L1", list(MARCH_2026, "0", wine(1, "1000.00")));
        CbecReturnResult r = returns.process(returning("R1", "L1", bill, RELEASED, new ReturnedLine(7, null)),
                ledger);
        assertThat(((CbecRefused) r).first().code()).isEqualTo("-625209");
    }

    @Test
    void returning_more_bottles_than_were_bought_is_refused() {
        CbecTaxBill bill = accepted("L1", list(MARCH_2026, "0", wine(1, "1000.00")));
        CbecReturnResult r = returns.process(returning("R1", "L1", bill, RELEASED,
                new ReturnedLine(1, yuan("2"))), ledger);
        assertThat(((CbecRefused) r).first().code()).isEqualTo("-625004");
    }

    @Test
    void the_same_return_sent_twice_is_credited_once() {
        CbecTaxBill bill = accepted("L1", list(MARCH_2026, "0", wine(1, "1000.00"), cream(2, "600.00")));
        CbecReturnRequest request = returning("R1", "L1", bill, RELEASED, new ReturnedLine(1, null));
        CbecReturnResult first = returns.process(request, ledger);
        CbecReturnResult again = returns.process(request, ledger);
        assertThat(again).isEqualTo(first);
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("600.00");
    }

    @Test
    void a_return_of_a_list_that_was_never_debited_for_the_buyer_is_refused_with_625024() {
        CbecTaxBill bill = accepted("L1", list(MARCH_2026, "0", wine(1, "1000.00")));
        CbecReturnResult r = returns.process(new CbecReturnRequest("R1", "L1", "440524188001010014", bill,
                RELEASED, RELEASED, List.of(new ReturnedLine(1, null))), ledger);
        assertThat(((CbecRefused) r).returnInfo()).startsWith("-625024 ").contains("4405**********0014")
                .doesNotContain("440524188001010014");
    }

    @Test
    void a_december_purchase_returned_in_january_gives_back_the_allowance_of_december_s_year() {
        LocalDate december = LocalDate.of(2025, 12, 20);
        CbecTaxBill bill = accepted("DEC", list(december, "0", milkPowder(1, "400.00")));
        CbecReturnAccepted a = (CbecReturnAccepted) returns.process(new CbecReturnRequest("R1", "DEC", BUYER, bill,
                LocalDate.of(2025, 12, 22), LocalDate.of(2026, 1, 5), List.of(new ReturnedLine(1, null))), ledger);
        assertThat(a.credit().period().key()).isEqualTo("2025");
        assertThat(ledger.usage(CBEC, BUYER, december)).isEqualByComparingTo("0.00");
    }
}
