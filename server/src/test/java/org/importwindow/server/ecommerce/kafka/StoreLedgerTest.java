package org.importwindow.server.ecommerce.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Period;
import org.importwindow.allowance.PeriodKind;
import org.importwindow.allowance.RefusalReason;
import org.importwindow.allowance.TransactionConflictException;
import org.junit.jupiter.api.Test;

/**
 * The Ledger contract (as the in-memory ledger's tests state it) on the ledger of a partition's store: what it keeps
 * must read back identically, as after a restore from its changelog.
 */
class StoreLedgerTest {
    static final AllowanceScheme CBEC = AllowanceScheme.CBEC_RETAIL_IMPORT;
    static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 16);
    static final String BUYER = "buyer-key-1";
    static final String OTHER = "buyer-key-2";

    final Map<String, String> entries = new HashMap<>();
    final StoreLedger ledger = new StoreLedger(StoreLedger.Entries.of(entries), () -> CbecKafkaWorld.LAW);

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    @Test
    void a_buyer_s_purchases_add_up_over_the_calendar_year_and_start_again_in_january() {
        ledger.debit(CBEC, BUYER, LocalDate.of(2025, 12, 31), yuan("4000.00"), "L-2025");
        DebitResult r = ledger.debit(CBEC, BUYER, LocalDate.of(2026, 1, 1), yuan("3000.00"), "L-2026");
        assertThat(r).isInstanceOfSatisfying(DebitResult.Accepted.class, a -> {
            assertThat(a.usage()).isEqualByComparingTo("3000.00");
            assertThat(a.remaining()).isEqualByComparingTo("23000.00");
        });
        assertThat(ledger.usage(CBEC, BUYER, Period.containing(PeriodKind.CALENDAR_YEAR, LocalDate.of(2025, 6, 1))))
                .isEqualByComparingTo("4000.00");
    }

    @Test
    void a_list_sent_twice_is_debited_once_and_the_replay_returns_the_first_answer_read_back_from_the_store() {
        DebitResult first = ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1200.00"), "INVT-1");
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("100.00"), "INVT-2");
        StoreLedger restored = new StoreLedger(StoreLedger.Entries.of(new HashMap<>(entries)),
                () -> CbecKafkaWorld.LAW);
        assertThat(restored.debit(CBEC, BUYER, MARCH_2026, yuan("1200.00"), "INVT-1")).isEqualTo(first);
        assertThat(restored.accepted(CBEC, "INVT-1")).contains((DebitResult.Accepted) first);
        assertThat(restored.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("1300.00");
    }

    @Test
    void a_transaction_id_reused_with_another_amount_or_buyer_is_a_conflict_and_changes_nothing() {
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1200.00"), "INVT-1");
        assertThatThrownBy(() -> ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1300.00"), "INVT-1"))
                .isInstanceOf(TransactionConflictException.class);
        assertThatThrownBy(() -> ledger.debit(CBEC, OTHER, MARCH_2026, yuan("1200.00"), "INVT-1"))
                .isInstanceOf(TransactionConflictException.class);
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("1200.00");
        assertThat(ledger.usage(CBEC, OTHER, MARCH_2026)).isEqualByComparingTo("0.00");
    }

    @Test
    void the_annual_limit_refuses_with_what_remains_and_a_return_makes_room_again() {
        for (int i = 0; i < 5; i++) {
            ledger.debit(CBEC, BUYER, MARCH_2026, yuan("5000.00"), "B" + i);
        }
        DebitResult refused = ledger.debit(CBEC, BUYER, MARCH_2026, yuan("2000.00"), "C");
        assertThat(refused).isInstanceOfSatisfying(DebitResult.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.PERIOD_LIMIT);
            assertThat(r.remaining()).isEqualByComparingTo("1000.00");
        });
        assertThat(ledger.accepted(CBEC, "C")).isEmpty();
        assertThat(ledger.credit(CBEC, BUYER, "B0", "RETURN-B0", yuan("1500.00")).credited()).isTrue();
        assertThat(ledger.debit(CBEC, BUYER, MARCH_2026, yuan("2000.00"), "C").accepted()).isTrue();
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("25500.00");
    }

    @Test
    void partial_returns_never_give_back_more_than_was_debited_and_each_return_counts_once() {
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1000.00"), "L1");
        CreditResult first = ledger.credit(CBEC, BUYER, "L1", "R1", yuan("600.00"));
        assertThat(ledger.credit(CBEC, BUYER, "L1", "R1", yuan("600.00"))).isEqualTo(first);
        assertThatThrownBy(() -> ledger.credit(CBEC, BUYER, "L1", "R1", yuan("500.00")))
                .isInstanceOf(TransactionConflictException.class);
        assertThat(ledger.credit(CBEC, BUYER, "L1", "R2", yuan("400.01")))
                .isInstanceOfSatisfying(CreditResult.Rejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(CreditResult.Reason.EXCEEDS_DEBIT);
                    assertThat(r.creditable()).isEqualByComparingTo("400.00");
                });
        assertThat(ledger.credit(CBEC, BUYER, "L1", "R2", yuan("400.00")).credited()).isTrue();
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("0.00");
        assertThat(ledger.credit(CBEC, OTHER, "L1", "R3", yuan("1.00")))
                .isInstanceOfSatisfying(CreditResult.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(CreditResult.Reason.UNKNOWN_DEBIT));
    }

    @Test
    void a_return_in_january_gives_back_the_allowance_of_the_year_of_purchase() {
        ledger.debit(CBEC, BUYER, LocalDate.of(2025, 12, 20), yuan("3000.00"), "DEC");
        assertThat(ledger.credit(CBEC, BUYER, "DEC", "RET-1", yuan("3000.00")))
                .isInstanceOfSatisfying(CreditResult.Credited.class, c -> {
                    assertThat(c.period().key()).isEqualTo("2025");
                    assertThat(c.remaining()).isEqualByComparingTo("26000.00");
                });
    }

    @Test
    void the_store_never_holds_more_than_the_keys_it_is_given() {
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("10.10"), "L1");
        assertThat(entries.keySet()).containsExactlyInAnyOrder("U|CBEC_RETAIL_IMPORT|buyer-key-1|2026",
                "D|CBEC_RETAIL_IMPORT|L1");
        assertThatThrownBy(() -> ledger.debit(CBEC, BUYER, MARCH_2026, yuan("10.001"), "Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
