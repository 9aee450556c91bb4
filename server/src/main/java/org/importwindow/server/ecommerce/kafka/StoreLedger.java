package org.importwindow.server.ecommerce.kafka;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.importwindow.allowance.AllowanceRule;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.Limits;
import org.importwindow.allowance.Period;
import org.importwindow.allowance.TransactionConflictException;
import org.importwindow.law.LegalParameters;

/**
 * The {@link Ledger} in a Kafka Streams key-value store: the allowance of the buyers of one partition. Its persons are
 * the keys the partition is keyed by ({@code PersonKeys}, never an ID number in clear).
 *
 * <p>The contract's atomic step per debit is given by the topology, not by locks: only the stream task of the
 * partition writes the store, one record at a time, so reading the usage, deciding with {@link AllowanceRule} and
 * writing the debit cannot interleave with another debit of the same person; with exactly-once processing the store's
 * changelog, the receipt saying "released" and the input offset commit in one Kafka transaction, so a debit is
 * durable exactly when its acceptance is published (and a task that dies before the commit leaves neither). Not
 * thread-safe: one instance per task.
 *
 * <p>Entries: {@code U|scheme|person|period} the usage; {@code D|scheme|transaction} a debit with its first answer;
 * {@code C|scheme|credit} a credit with its answer.
 */
final class StoreLedger implements Ledger {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** What the ledger needs of a store: read and write one entry. */
    interface Entries {
        String get(String key);

        void put(String key, String value);

        static Entries of(KeyValueStore<String, String> store) {
            return new Entries() {
                @Override
                public String get(String key) {
                    return store.get(key);
                }

                @Override
                public void put(String key, String value) {
                    store.put(key, value);
                }
            };
        }

        /** Read-only entries (interactive queries); writing throws. */
        static Entries readOnly(ReadOnlyKeyValueStore<String, String> store) {
            return new Entries() {
                @Override
                public String get(String key) {
                    return store.get(key);
                }

                @Override
                public void put(String key, String value) {
                    throw new UnsupportedOperationException("a queried ledger is read-only");
                }
            };
        }

        static Entries of(Map<String, String> map) {
            return new Entries() {
                @Override
                public String get(String key) {
                    return map.get(key);
                }

                @Override
                public void put(String key, String value) {
                    map.put(key, value);
                }
            };
        }
    }

    record DebitRecord(String personId, BigDecimal amount, boolean singleLimitApplies, DebitResult.Accepted result,
                       BigDecimal credited) {
    }

    record CreditRecord(String debitTransactionId, BigDecimal amount, CreditResult.Credited result) {
    }

    private final Entries entries;
    private final Supplier<LegalParameters> parameters;

    StoreLedger(Entries entries, Supplier<LegalParameters> parameters) {
        this.entries = Objects.requireNonNull(entries, "entries");
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
        String debitKey = debitKey(scheme, transactionId);
        DebitRecord earlier = KafkaJson.read(entries.get(debitKey), DebitRecord.class);
        if (earlier != null) {
            DebitResult.Accepted first = earlier.result();
            if (!earlier.personId().equals(personId) || !first.period().contains(date)
                    || earlier.amount().compareTo(yuan) != 0 || earlier.singleLimitApplies() != singleLimitApplies) {
                throw new TransactionConflictException(transactionId, "transaction " + transactionId
                        + " was already debited with another person, period, amount or single-limit flag");
            }
            return first;
        }
        Limits limits = Limits.of(scheme, parameters.get(), date);
        String usageKey = usageKey(scheme, personId, period);
        DebitResult result = AllowanceRule.decide(transactionId, period, limits, usage(usageKey), yuan,
                singleLimitApplies);
        if (result instanceof DebitResult.Accepted accepted) {
            entries.put(debitKey, KafkaJson.write(new DebitRecord(personId, yuan, singleLimitApplies, accepted, ZERO)));
            entries.put(usageKey, accepted.usage().toPlainString());
        }
        return result;
    }

    @Override
    public CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                               BigDecimal amount) {
        Objects.requireNonNull(scheme, "scheme");
        requireId(personId, "personId");
        requireId(debitTransactionId, "debitTransactionId");
        requireId(creditId, "creditId");
        BigDecimal yuan = AllowanceRule.yuan(amount);
        String creditKey = creditKey(scheme, creditId);
        CreditRecord earlier = KafkaJson.read(entries.get(creditKey), CreditRecord.class);
        String debitKey = debitKey(scheme, debitTransactionId);
        DebitRecord debit = KafkaJson.read(entries.get(debitKey), DebitRecord.class);
        if (debit == null || !debit.personId().equals(personId)) {
            if (earlier != null) {
                throw new TransactionConflictException(creditId, "credit " + creditId + " was already used for "
                        + "another debit");
            }
            return new CreditResult.Rejected(debitTransactionId, creditId, CreditResult.Reason.UNKNOWN_DEBIT, ZERO);
        }
        if (earlier != null) {
            if (!earlier.debitTransactionId().equals(debitTransactionId) || earlier.amount().compareTo(yuan) != 0) {
                throw new TransactionConflictException(creditId, "credit " + creditId
                        + " was already applied with another debit or amount");
            }
            return earlier.result();
        }
        BigDecimal creditable = AllowanceRule.creditRefusal(debit.amount(), debit.credited(), yuan);
        if (creditable != null) {
            return new CreditResult.Rejected(debitTransactionId, creditId, CreditResult.Reason.EXCEEDS_DEBIT,
                    creditable);
        }
        Period period = debit.result().period();
        String usageKey = usageKey(scheme, personId, period);
        BigDecimal usage = usage(usageKey).subtract(yuan);
        CreditResult.Credited credited = new CreditResult.Credited(debitTransactionId, creditId, period, yuan, usage,
                debit.result().limits().remaining(usage));
        entries.put(creditKey, KafkaJson.write(new CreditRecord(debitTransactionId, yuan, credited)));
        entries.put(debitKey, KafkaJson.write(new DebitRecord(debit.personId(), debit.amount(),
                debit.singleLimitApplies(), debit.result(), debit.credited().add(yuan))));
        entries.put(usageKey, usage.toPlainString());
        return credited;
    }

    @Override
    public BigDecimal usage(AllowanceScheme scheme, String personId, Period period) {
        return usage(usageKey(scheme, personId, period));
    }

    @Override
    public Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId) {
        return Optional.ofNullable(KafkaJson.read(entries.get(debitKey(scheme, transactionId)), DebitRecord.class))
                .map(DebitRecord::result);
    }

    private BigDecimal usage(String usageKey) {
        String v = entries.get(usageKey);
        return v == null ? ZERO : new BigDecimal(v);
    }

    static String usageKey(AllowanceScheme scheme, String personId, Period period) {
        return "U|" + scheme.name() + "|" + personId + "|" + period.key();
    }

    private static String debitKey(AllowanceScheme scheme, String transactionId) {
        return "D|" + scheme.name() + "|" + transactionId;
    }

    private static String creditKey(AllowanceScheme scheme, String creditId) {
        return "C|" + scheme.name() + "|" + creditId;
    }

    private static void requireId(String id, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
