package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.Period;

/** A ledger whose persons are resident ID numbers, kept in the inner ledger under their {@link PersonKeys} key. */
final class KeyedLedger implements Ledger {
    private final Ledger inner;
    private final PersonKeys keys;

    KeyedLedger(Ledger inner, PersonKeys keys) {
        this.inner = inner;
        this.keys = keys;
    }

    @Override
    public DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                             String transactionId, boolean singleLimitApplies) {
        return inner.debit(scheme, keys.of(personId), date, amount, transactionId, singleLimitApplies);
    }

    @Override
    public CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                               BigDecimal amount) {
        return inner.credit(scheme, keys.of(personId), debitTransactionId, creditId, amount);
    }

    @Override
    public BigDecimal usage(AllowanceScheme scheme, String personId, Period period) {
        return inner.usage(scheme, keys.of(personId), period);
    }

    @Override
    public Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId) {
        return inner.accepted(scheme, transactionId);
    }
}
