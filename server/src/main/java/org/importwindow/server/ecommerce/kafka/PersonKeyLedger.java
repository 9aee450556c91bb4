package org.importwindow.server.ecommerce.kafka;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.Period;

/**
 * The core calls the ledger with resident ID numbers; the partition keeps buyers under their key (the HMAC of
 * {@code PersonKeys}), the same key the records are partitioned by.
 */
final class PersonKeyLedger implements Ledger {
    private final Ledger inner;
    private final Function<String, String> personKey;

    PersonKeyLedger(Ledger inner, Function<String, String> personKey) {
        this.inner = inner;
        this.personKey = personKey;
    }

    @Override
    public DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                             String transactionId, boolean singleLimitApplies) {
        return inner.debit(scheme, personKey.apply(personId), date, amount, transactionId, singleLimitApplies);
    }

    @Override
    public CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                               BigDecimal amount) {
        return inner.credit(scheme, personKey.apply(personId), debitTransactionId, creditId, amount);
    }

    @Override
    public BigDecimal usage(AllowanceScheme scheme, String personId, Period period) {
        return inner.usage(scheme, personKey.apply(personId), period);
    }

    @Override
    public Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId) {
        return inner.accepted(scheme, transactionId);
    }
}
