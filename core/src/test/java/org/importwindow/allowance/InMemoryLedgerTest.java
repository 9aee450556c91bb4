package org.importwindow.allowance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.importwindow.law.DatedParameters;
import org.junit.jupiter.api.Test;

class InMemoryLedgerTest {
    static final DatedParameters LAW = DatedParameters.loadBundled();
    static final AllowanceScheme CBEC = AllowanceScheme.CBEC_RETAIL_IMPORT;
    static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 16);
    static final String BUYER = "11010519491231002X";

    final InMemoryLedger ledger = new InMemoryLedger(LAW);

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
            assertThat(a.period().key()).isEqualTo("2026");
        });
        assertThat(ledger.usage(CBEC, BUYER, Period.containing(PeriodKind.CALENDAR_YEAR, LocalDate.of(2025, 6, 1))))
                .isEqualByComparingTo("4000.00");
    }

    @Test
    void a_list_sent_twice_is_debited_once_and_the_replay_returns_the_first_answer() {
        DebitResult first = ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1200.00"), "INVT-1");
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("100.00"), "INVT-2");
        DebitResult again = ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1200.00"), "INVT-1");
        assertThat(again).isEqualTo(first);
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("1300.00");
    }

    @Test
    void a_transaction_id_reused_with_another_amount_or_buyer_is_a_conflict_and_changes_nothing() {
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1200.00"), "INVT-1");
        assertThatThrownBy(() -> ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1300.00"), "INVT-1"))
                .isInstanceOf(TransactionConflictException.class);
        assertThatThrownBy(() -> ledger.debit(CBEC, "110101199003070011", MARCH_2026, yuan("1200.00"), "INVT-1"))
                .isInstanceOf(TransactionConflictException.class);
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("1200.00");
        assertThat(ledger.usage(CBEC, "110101199003070011", MARCH_2026)).isEqualByComparingTo("0.00");
    }

    @Test
    void a_refused_list_records_nothing_and_is_decided_again_when_resent_after_a_return() {
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("5000.00"), "A");
        for (int i = 0; i < 4; i++) {
            ledger.debit(CBEC, BUYER, MARCH_2026, yuan("5000.00"), "B" + i);
        }
        DebitResult refused = ledger.debit(CBEC, BUYER, MARCH_2026, yuan("2000.00"), "C");
        assertThat(refused).isInstanceOfSatisfying(DebitResult.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.PERIOD_LIMIT);
            assertThat(r.usage()).isEqualByComparingTo("25000.00");
            assertThat(r.remaining()).isEqualByComparingTo("1000.00");
        });
        assertThat(ledger.accepted(CBEC, "C")).isEmpty();
        assertThat(ledger.credit(CBEC, BUYER, "A", "RETURN-A", yuan("1500.00")).credited()).isTrue();
        assertThat(ledger.debit(CBEC, BUYER, MARCH_2026, yuan("2000.00"), "C").accepted()).isTrue();
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("25500.00");
    }

    @Test
    void a_return_in_january_gives_back_the_allowance_of_the_year_of_purchase() {
        ledger.debit(CBEC, BUYER, LocalDate.of(2025, 12, 20), yuan("3000.00"), "DEC");
        CreditResult c = ledger.credit(CBEC, BUYER, "DEC", "RET-1", yuan("3000.00"));
        assertThat(c).isInstanceOfSatisfying(CreditResult.Credited.class, credited -> {
            assertThat(credited.period().key()).isEqualTo("2025");
            assertThat(credited.usage()).isEqualByComparingTo("0.00");
            assertThat(credited.remaining()).isEqualByComparingTo("26000.00");
        });
    }

    @Test
    void partial_returns_never_give_back_more_than_was_debited_and_each_return_counts_once() {
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1000.00"), "L1");
        CreditResult first = ledger.credit(CBEC, BUYER, "L1", "R1", yuan("600.00"));
        assertThat(ledger.credit(CBEC, BUYER, "L1", "R1", yuan("600.00"))).isEqualTo(first);
        CreditResult tooMuch = ledger.credit(CBEC, BUYER, "L1", "R2", yuan("400.01"));
        assertThat(tooMuch).isInstanceOfSatisfying(CreditResult.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(CreditResult.Reason.EXCEEDS_DEBIT);
            assertThat(r.creditable()).isEqualByComparingTo("400.00");
        });
        assertThat(ledger.credit(CBEC, BUYER, "L1", "R2", yuan("400.00")).credited()).isTrue();
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("0.00");
    }

    @Test
    void a_return_of_a_list_the_buyer_never_had_accepted_is_rejected() {
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1000.00"), "L1");
        assertThat(ledger.credit(CBEC, BUYER, "NOPE", "R1", yuan("1.00")))
                .isInstanceOfSatisfying(CreditResult.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(CreditResult.Reason.UNKNOWN_DEBIT));
        assertThat(ledger.credit(CBEC, "110101199003070011", "L1", "R1", yuan("1.00")).credited()).isFalse();
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo("1000.00");
    }

    @Test
    void a_border_resident_s_allowance_starts_again_each_day() {
        AllowanceScheme border = AllowanceScheme.BORDER_RESIDENTS_TRADE;
        assertThat(ledger.debit(border, "R", MARCH_2026, yuan("8000.00"), "D1").accepted()).isTrue();
        assertThat(ledger.debit(border, "R", MARCH_2026, yuan("0.01"), "D2").accepted()).isFalse();
        assertThat(ledger.debit(border, "R", MARCH_2026.plusDays(1), yuan("8000.00"), "D3").accepted()).isTrue();
    }

    @Test
    void amounts_are_positive_yuan_to_the_fen() {
        assertThatThrownBy(() -> ledger.debit(CBEC, BUYER, MARCH_2026, yuan("0"), "Z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.debit(CBEC, BUYER, MARCH_2026, yuan("10.001"), "Z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ledger.debit(CBEC, BUYER, MARCH_2026, yuan("10.1"), "Z").accepted()).isTrue();
    }

    @Test
    void many_concurrent_lists_of_one_buyer_never_overspend_the_annual_limit() throws Exception {
        int threads = 16;
        int perThread = 400;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger ids = new AtomicInteger();
        List<Future<BigDecimal>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            futures.add(pool.submit(() -> {
                start.await();
                BigDecimal accepted = BigDecimal.ZERO;
                for (int i = 0; i < perThread; i++) {
                    // 1.00 .. 99.99 yuan, some of them replays of this thread's previous id
                    BigDecimal amount = BigDecimal.valueOf(100 + (seed * 7919L + i * 104729L) % 9900, 2);
                    String id = "T" + ids.incrementAndGet();
                    DebitResult r = ledger.debit(CBEC, BUYER, MARCH_2026, amount, id);
                    if (r.accepted()) {
                        accepted = accepted.add(amount);
                        assertThat(ledger.debit(CBEC, BUYER, MARCH_2026, amount, id)).isEqualTo(r);
                    }
                }
                return accepted;
            }));
        }
        start.countDown();
        BigDecimal total = BigDecimal.ZERO;
        for (Future<BigDecimal> f : futures) {
            total = total.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        // 6,400 lists of about 50 yuan ask for far more than 26,000: the ledger must stop exactly at the limit
        assertThat(total).isLessThanOrEqualTo(new BigDecimal("26000"));
        assertThat(total).isGreaterThan(new BigDecimal("25900"));
        assertThat(ledger.usage(CBEC, BUYER, MARCH_2026)).isEqualByComparingTo(total);
    }

    @Test
    void concurrent_buyers_do_not_wait_for_each_other_s_accounts_and_each_stops_at_the_limit() throws Exception {
        int buyers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(buyers * 2);
        List<Future<?>> futures = new ArrayList<>();
        for (int b = 0; b < buyers * 2; b++) {
            String buyer = "B" + (b % buyers);
            int half = b / buyers;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    ledger.debit(CBEC, buyer, MARCH_2026, new BigDecimal("100.00"), buyer + "-" + half + "-" + i);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (int b = 0; b < buyers; b++) {
            assertThat(ledger.usage(CBEC, "B" + b, MARCH_2026)).isEqualByComparingTo("26000.00");
        }
    }

    @Test
    void the_buyer_page_shows_this_year_s_usage_and_what_remains() {
        ledger.debit(CBEC, BUYER, MARCH_2026, yuan("1234.56"), "L1");
        AllowanceStatus status = AllowanceStatus.of(ledger, LAW, CBEC, BUYER, MARCH_2026.plusMonths(2));
        assertThat(status.period().key()).isEqualTo("2026");
        assertThat(status.limits().single()).isEqualByComparingTo("5000");
        assertThat(status.usage()).isEqualByComparingTo("1234.56");
        assertThat(status.remaining()).isEqualByComparingTo("24765.44");
    }
}
