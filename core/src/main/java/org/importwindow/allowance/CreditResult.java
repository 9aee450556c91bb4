package org.importwindow.allowance;

import java.math.BigDecimal;

/** The outcome of a credit (a return): the usage given back, or why nothing was credited. */
public sealed interface CreditResult permits CreditResult.Credited, CreditResult.Rejected {

    boolean credited();

    /**
     * Credited to the period of the original debit (a December purchase returned in January gives back December's
     * year). {@code usage} and {@code remaining} are that period's after the credit.
     */
    record Credited(String debitTransactionId, String creditId, Period period, BigDecimal amount, BigDecimal usage,
                    BigDecimal remaining) implements CreditResult {
        @Override
        public boolean credited() {
            return true;
        }
    }

    /** Nothing was credited; {@code creditable} is what could still be credited against the debit (0 if unknown). */
    record Rejected(String debitTransactionId, String creditId, Reason reason, BigDecimal creditable)
            implements CreditResult {
        @Override
        public boolean credited() {
            return false;
        }
    }

    enum Reason {
        /** No accepted debit of that transaction id for that person and scheme. */
        UNKNOWN_DEBIT,
        /** The credits would add up to more than the debit. */
        EXCEEDS_DEBIT
    }
}
