package org.importwindow.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.importwindow.law.LegalParameters;

/**
 * The {@link Ledger} in memory, for embedding, tests and the single-writer Kafka partition. Thread-safe: each
 * (scheme, person, period) account is its own lock, so debits of one person are serialised and those of different
 * people run in parallel; the transaction ids live in one concurrent map, claimed with {@code putIfAbsent} inside the
 * account's lock before the usage moves, so a replay can never be counted twice.
 */
public final class InMemoryLedger implements Ledger {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final LegalParameters parameters;
    private final ConcurrentHashMap<AccountKey, Account> accounts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<TxKey, DebitRecord> debits = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<TxKey, CreditRecord> credits = new ConcurrentHashMap<>();

    public InMemoryLedger(LegalParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                             String transactionId, boolean singleLimitApplies) {
        Objects.requireNonNull(scheme, "scheme");
        requireId(personId, "personId");
        requireId(transactionId, "transactionId");
        Objects.requireNonNull(date, "date");
        BigDecimal yuan = AllowanceRule.yuan(amount);
        Period period = scheme.periodOf(date);
        TxKey key = new TxKey(scheme, transactionId);
        DebitRecord earlier = debits.get(key);
        if (earlier != null) {
            return replay(earlier, personId, date, yuan, singleLimitApplies);
        }
        Limits limits = Limits.of(scheme, parameters, date);
        Account account = accounts.computeIfAbsent(new AccountKey(scheme, personId, period.key()), k -> new Account());
        synchronized (account) {
            DebitResult result = AllowanceRule.decide(transactionId, period, limits, account.usage, yuan,
                    singleLimitApplies);
            if (result instanceof DebitResult.Accepted accepted) {
                DebitRecord raced = debits.putIfAbsent(key,
                        new DebitRecord(personId, yuan, singleLimitApplies, accepted));
                if (raced != null) {
                    return replay(raced, personId, date, yuan, singleLimitApplies);
                }
                account.usage = accepted.usage();
            }
            return result;
        }
    }

    private static DebitResult.Accepted replay(DebitRecord earlier, String personId, LocalDate date,
                                               BigDecimal amount, boolean singleLimitApplies) {
        DebitResult.Accepted first = earlier.result;
        if (!earlier.personId.equals(personId) || !first.period().contains(date)
                || earlier.amount.compareTo(amount) != 0 || earlier.singleLimitApplies != singleLimitApplies) {
            throw new TransactionConflictException(first.transactionId(), "transaction " + first.transactionId()
                    + " was already debited with another person, period, amount or single-limit flag");
        }
        return first;
    }

    @Override
    public CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                               BigDecimal amount) {
        Objects.requireNonNull(scheme, "scheme");
        requireId(personId, "personId");
        requireId(debitTransactionId, "debitTransactionId");
        requireId(creditId, "creditId");
        BigDecimal yuan = AllowanceRule.yuan(amount);
        TxKey creditKey = new TxKey(scheme, creditId);
        DebitRecord debit = debits.get(new TxKey(scheme, debitTransactionId));
        if (debit == null || !debit.personId.equals(personId)) {
            CreditRecord earlier = credits.get(creditKey);
            if (earlier != null) {
                throw new TransactionConflictException(creditId, "credit " + creditId + " was already used for "
                        + "another debit");
            }
            return new CreditResult.Rejected(debitTransactionId, creditId, CreditResult.Reason.UNKNOWN_DEBIT, ZERO);
        }
        Period period = debit.result.period();
        Account account = accounts.get(new AccountKey(scheme, personId, period.key()));
        synchronized (account) {
            CreditRecord earlier = credits.get(creditKey);
            if (earlier != null) {
                return replay(earlier, debitTransactionId, yuan);
            }
            BigDecimal creditable = AllowanceRule.creditRefusal(debit.amount, debit.credited, yuan);
            if (creditable != null) {
                return new CreditResult.Rejected(debitTransactionId, creditId, CreditResult.Reason.EXCEEDS_DEBIT,
                        creditable);
            }
            BigDecimal usage = account.usage.subtract(yuan);
            CreditResult.Credited credited = new CreditResult.Credited(debitTransactionId, creditId, period, yuan,
                    usage, debit.result.limits().remaining(usage));
            CreditRecord raced = credits.putIfAbsent(creditKey, new CreditRecord(debitTransactionId, yuan, credited));
            if (raced != null) {
                return replay(raced, debitTransactionId, yuan);
            }
            debit.credited = debit.credited.add(yuan);
            account.usage = usage;
            return credited;
        }
    }

    private static CreditResult.Credited replay(CreditRecord earlier, String debitTransactionId, BigDecimal amount) {
        if (!earlier.debitTransactionId.equals(debitTransactionId) || earlier.amount.compareTo(amount) != 0) {
            throw new TransactionConflictException(earlier.result.creditId(), "credit " + earlier.result.creditId()
                    + " was already applied with another debit or amount");
        }
        return earlier.result;
    }

    @Override
    public BigDecimal usage(AllowanceScheme scheme, String personId, Period period) {
        Account account = accounts.get(new AccountKey(scheme, personId, period.key()));
        return account == null ? ZERO : account.usage;
    }

    @Override
    public Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId) {
        DebitRecord r = debits.get(new TxKey(scheme, transactionId));
        return r == null ? Optional.empty() : Optional.of(r.result);
    }

    private static void requireId(String id, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private record AccountKey(AllowanceScheme scheme, String personId, String periodKey) {
    }

    private record TxKey(AllowanceScheme scheme, String id) {
    }

    /** Usage of one person in one period; written only under its own lock, read without it. */
    private static final class Account {
        volatile BigDecimal usage = ZERO;
    }

    private static final class DebitRecord {
        final String personId;
        final BigDecimal amount;
        final boolean singleLimitApplies;
        final DebitResult.Accepted result;
        /** Credited back so far; guarded by the account's lock. */
        BigDecimal credited = ZERO;

        DebitRecord(String personId, BigDecimal amount, boolean singleLimitApplies, DebitResult.Accepted result) {
            this.personId = personId;
            this.amount = amount;
            this.singleLimitApplies = singleLimitApplies;
            this.result = result;
        }
    }

    private record CreditRecord(String debitTransactionId, BigDecimal amount, CreditResult.Credited result) {
    }
}
