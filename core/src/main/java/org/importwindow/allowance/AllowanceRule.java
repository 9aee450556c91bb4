package org.importwindow.allowance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The rule itself, a pure function: may a debit of {@code amount} be accepted when the person has already used
 * {@code usage} of the period? Every {@link Ledger} implementation calls it inside its atomic section, so the
 * in-memory and the database ledgers decide identically.
 *
 * <p>Limits are inclusive, as the law's "以内 / 以下": a transaction of exactly the single limit, or one that brings
 * the usage to exactly the period limit, is accepted. The single limit is checked first.
 */
public final class AllowanceRule {
    private AllowanceRule() {
    }

    /**
     * Decide a debit.
     *
     * @param singleLimitApplies false when the law lets this transaction exceed the limit per transaction (CBEC: one
     *                           item alone over the single limit, taxed in full, counted in the annual total); the
     *                           period limit always applies
     */
    public static DebitResult decide(String transactionId, Period period, Limits limits, BigDecimal usage,
                                     BigDecimal amount, boolean singleLimitApplies) {
        Objects.requireNonNull(limits, "limits");
        if (singleLimitApplies && limits.single() != null && amount.compareTo(limits.single()) > 0) {
            return new DebitResult.Refused(transactionId, period, RefusalReason.SINGLE_LIMIT, limits.single(), usage,
                    amount);
        }
        BigDecimal after = usage.add(amount);
        if (after.compareTo(limits.period()) > 0) {
            return new DebitResult.Refused(transactionId, period, RefusalReason.PERIOD_LIMIT, limits.period(), usage,
                    amount);
        }
        return new DebitResult.Accepted(transactionId, period, amount, after, limits.remaining(after), limits);
    }

    /**
     * May {@code amount} be credited against a debit of {@code debited} of which {@code alreadyCredited} has been
     * credited back? Returns what can still be credited when it may not, or null when it may.
     */
    public static BigDecimal creditRefusal(BigDecimal debited, BigDecimal alreadyCredited, BigDecimal amount) {
        BigDecimal creditable = debited.subtract(alreadyCredited);
        return amount.compareTo(creditable) > 0 ? creditable : null;
    }

    /**
     * An amount in yuan as the ledger keeps it: positive, to the fen (scale 2). More decimals are a caller's error,
     * not something to round silently.
     */
    public static BigDecimal yuan(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("an allowance amount must be positive: " + amount.toPlainString());
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an allowance amount is in yuan to the fen: " + amount.toPlainString());
        }
    }
}
