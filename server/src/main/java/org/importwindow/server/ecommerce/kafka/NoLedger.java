package org.importwindow.server.ecommerce.kafka;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.Period;

/**
 * The ledger of the stage that gathers documents by order number, where no buyer's allowance lives. The clearance
 * touches the ledger only once all three documents are there, and such a list is sent on to its buyer's partition
 * instead: so any call here is a bug, and fails loudly rather than debit the wrong partition.
 */
final class NoLedger implements Ledger {
    static final NoLedger INSTANCE = new NoLedger();

    private NoLedger() {
    }

    private static IllegalStateException misuse() {
        return new IllegalStateException("the allowance ledger lives in the buyer's partition, not in the order's");
    }

    @Override
    public DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                             String transactionId, boolean singleLimitApplies) {
        throw misuse();
    }

    @Override
    public CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                               BigDecimal amount) {
        throw misuse();
    }

    @Override
    public BigDecimal usage(AllowanceScheme scheme, String personId, Period period) {
        throw misuse();
    }

    @Override
    public Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId) {
        throw misuse();
    }
}
