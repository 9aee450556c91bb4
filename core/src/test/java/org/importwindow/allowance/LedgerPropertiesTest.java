package org.importwindow.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.importwindow.law.DatedParameters;

class LedgerPropertiesTest {
    static final DatedParameters LAW = DatedParameters.loadBundled();
    static final AllowanceScheme CBEC = AllowanceScheme.CBEC_RETAIL_IMPORT;

    /** A debit (credit = false) of a new list, or a credit (return) of part of an earlier accepted list. */
    record Step(boolean credit, BigDecimal amount, boolean oneItem, int dayOfYear, int replayOf) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 9).map(i -> i == 0),
                Arbitraries.longs().between(1, 900_000).map(f -> BigDecimal.valueOf(f, 2)),
                Arbitraries.integers().between(0, 4).map(i -> i == 0),
                Arbitraries.integers().between(1, 365),
                Arbitraries.integers().between(-3, 40)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void the_sum_of_accepted_debits_less_credits_never_exceeds_the_annual_limit_and_is_the_usage(
            @ForAll("steps") List<Step> steps) {
        InMemoryLedger ledger = new InMemoryLedger(LAW);
        String buyer = "B";
        List<DebitResult.Accepted> accepted = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<Boolean> flags = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        int n = 0;
        for (Step s : steps) {
            LocalDate date = LocalDate.ofYearDay(2026, s.dayOfYear());
            if (s.credit() && !accepted.isEmpty()) {
                DebitResult.Accepted debit = accepted.get(Math.floorMod(s.replayOf(), accepted.size()));
                BigDecimal part = s.amount().min(debit.amount());
                CreditResult c = ledger.credit(CBEC, buyer, debit.transactionId(), "R" + n++, part);
                if (c.credited()) {
                    net = net.subtract(part);
                }
            } else if (s.replayOf() < 0 && !accepted.isEmpty()) {
                // a list sent again: same answer, nothing counted twice
                int i = accepted.size() - 1;
                DebitResult.Accepted earlier = accepted.get(i);
                assertThat(ledger.debit(CBEC, buyer, dates.get(i), earlier.amount(), earlier.transactionId(),
                        flags.get(i))).isEqualTo(earlier);
            } else {
                DebitResult r = ledger.debit(CBEC, buyer, date, s.amount(), "L" + n++, !s.oneItem());
                if (r instanceof DebitResult.Accepted a) {
                    accepted.add(a);
                    dates.add(date);
                    flags.add(!s.oneItem());
                    net = net.add(s.amount());
                    assertThat(s.oneItem() || s.amount().compareTo(new BigDecimal("5000")) <= 0).isTrue();
                }
            }
            BigDecimal usage = ledger.usage(CBEC, buyer, LocalDate.of(2026, 6, 1));
            assertThat(usage).isLessThanOrEqualTo(new BigDecimal("26000.00"));
            assertThat(usage).isEqualByComparingTo(net);
        }
    }
}
