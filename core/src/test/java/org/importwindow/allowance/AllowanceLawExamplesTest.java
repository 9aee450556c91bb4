package org.importwindow.allowance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.importwindow.law.DatedParameters;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The allowance limits of the law, on both sides of each effective date, from
 * {@code law-examples-allowance/limits.yaml}: each case is decided by the pure rule and by the in-memory ledger,
 * which must agree.
 */
class AllowanceLawExamplesTest {
    private static final DatedParameters LAW = DatedParameters.loadBundled();

    @TestFactory
    Stream<DynamicTest> allowance_limits_hold_on_each_side_of_their_effective_dates() throws Exception {
        List<Map<String, Object>> cases;
        try (InputStream in = getClass().getResourceAsStream("/law-examples-allowance/limits.yaml")) {
            cases = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        assertThat(cases).hasSizeGreaterThan(10);
        return cases.stream().map(c -> DynamicTest.dynamicTest(String.valueOf(c.get("name")), () -> run(c)));
    }

    private static void run(Map<String, Object> c) {
        AllowanceScheme scheme = AllowanceScheme.valueOf(String.valueOf(c.get("scheme")));
        LocalDate date = LocalDate.parse(String.valueOf(c.get("date")));
        BigDecimal usage = new BigDecimal(String.valueOf(c.getOrDefault("usage", "0.00")));
        BigDecimal amount = new BigDecimal(String.valueOf(c.get("amount")));
        boolean single = !Boolean.FALSE.equals(c.get("singleLimitApplies"));
        String expect = String.valueOf(c.get("expect"));
        InMemoryLedger ledger = new InMemoryLedger(LAW);
        if (expect.equals("NO_LIMIT")) {
            assertThatThrownBy(() -> Limits.of(scheme, LAW, date)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> ledger.debit(scheme, "P1", date, amount, "T1"))
                    .isInstanceOf(NoSuchElementException.class);
            return;
        }
        Period period = scheme.periodOf(date);
        DebitResult byRule = AllowanceRule.decide("T1", period, Limits.of(scheme, LAW, date), usage, amount, single);
        if (usage.signum() > 0) {
            assertThat(ledger.debit(scheme, "P1", date, usage, "EARLIER", false).accepted()).isTrue();
        }
        DebitResult byLedger = ledger.debit(scheme, "P1", date, amount, "T1", single);
        assertThat(byLedger).isEqualTo(byRule);
        if (expect.equals("ACCEPTED")) {
            assertThat(byRule).isInstanceOf(DebitResult.Accepted.class);
            assertThat(((DebitResult.Accepted) byRule).usage()).isEqualByComparingTo(usage.add(amount));
            assertThat(ledger.usage(scheme, "P1", date)).isEqualByComparingTo(usage.add(amount));
        } else {
            assertThat(byRule).isInstanceOf(DebitResult.Refused.class);
            DebitResult.Refused refused = (DebitResult.Refused) byRule;
            assertThat(refused.reason()).isEqualTo(RefusalReason.valueOf(expect));
            assertThat(refused.limit()).isEqualByComparingTo(String.valueOf(c.get("limit")));
            assertThat(ledger.usage(scheme, "P1", date)).isEqualByComparingTo(usage);
        }
    }
}
