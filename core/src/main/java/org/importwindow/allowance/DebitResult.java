package org.importwindow.allowance;

import java.math.BigDecimal;

/**
 * The outcome of a debit: accepted with the person's new usage and what remains, or refused with the limit that
 * stops it. Carries no person id, so it can be logged and shown as it is.
 */
public sealed interface DebitResult permits DebitResult.Accepted, DebitResult.Refused {

    String transactionId();

    boolean accepted();

    /**
     * The debit is recorded: {@code usage} is the person's usage of the period including this debit (at the time it
     * was accepted; a replay returns the same record), {@code remaining} what is left of the period limit.
     */
    record Accepted(String transactionId, Period period, BigDecimal amount, BigDecimal usage, BigDecimal remaining,
                    Limits limits) implements DebitResult {
        @Override
        public boolean accepted() {
            return true;
        }
    }

    /**
     * Nothing was recorded. {@code limit} is the limit exceeded; {@code usage} the person's usage of the period
     * before this transaction (for {@link RefusalReason#SINGLE_LIMIT} as well, for the message).
     */
    record Refused(String transactionId, Period period, RefusalReason reason, BigDecimal limit, BigDecimal usage,
                   BigDecimal amount) implements DebitResult {
        @Override
        public boolean accepted() {
            return false;
        }

        /** What could still be debited in the period. */
        public BigDecimal remaining() {
            return reason == RefusalReason.PERIOD_LIMIT ? limit.subtract(usage).max(BigDecimal.ZERO) : limit;
        }
    }
}
