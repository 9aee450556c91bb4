package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.importwindow.allowance.AllowanceRule;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.Limits;
import org.importwindow.allowance.Period;
import org.importwindow.allowance.TransactionConflictException;
import org.importwindow.law.LegalParameters;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;

/**
 * The allowance ledger of {@link RocksWork} (prototype): usages {@code u|scheme|person|period} and entries
 * {@code e|scheme|transactionId} are read from RocksDB once and kept in memory; a group's changes are put into the
 * group's one {@link WriteBatch} ({@link #write}). The rules are {@link AllowanceRule}'s, as in {@link CachedLedger}
 * and {@link JdbcLedger}; the single writer is what makes reading and then writing a usage safe.
 */
final class RocksLedger implements Ledger {
    private static final int REMEMBERED = 200_000;

    /** An entry as kept (binary, {@link RocksCodec#entry}): DEBIT or CREDIT, with what a replay and a credit need. */
    record Entry(String kind, String person, String period, LocalDate date, BigDecimal amount, boolean singleLimit,
                 BigDecimal usageAfter, String debitId, BigDecimal credited) {
    }

    private final LegalParameters parameters;
    /** Point reads of RocksDB (null when absent). */
    private final Function<String, byte[]> get;
    private final Map<String, BigDecimal> usages = bounded();
    private final Map<String, Entry> entries = bounded();
    private final Map<String, BigDecimal> touchedUsages = new HashMap<>();
    private final Map<String, Entry> touchedEntries = new LinkedHashMap<>();

    RocksLedger(LegalParameters parameters, Function<String, byte[]> get) {
        this.parameters = parameters;
        this.get = get;
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(1 << 16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    static String usageKey(AllowanceScheme scheme, String person, String period) {
        return "u|" + scheme.name() + "|" + person + "|" + period;
    }

    static String entryKey(AllowanceScheme scheme, String transactionId) {
        return "e|" + scheme.name() + "|" + transactionId;
    }

    private BigDecimal usageOf(String key) {
        BigDecimal u = touchedUsages.get(key);
        if (u == null) {
            u = usages.get(key);
        }
        if (u == null) {
            byte[] v = get.apply(key);
            u = v == null ? BigDecimal.ZERO.setScale(2) : RocksCodec.usage(v);
            usages.put(key, u);
        }
        return u;
    }

    /** Whether the usage under {@code key} is in memory (read or written before): nothing to read for it. */
    boolean remembers(String usageKey) {
        return touchedUsages.containsKey(usageKey) || usages.containsKey(usageKey);
    }

    private void setUsage(String key, BigDecimal used) {
        usages.put(key, used);
        touchedUsages.put(key, used);
    }

    private Optional<Entry> entry(String key) {
        Entry e = touchedEntries.get(key);
        if (e == null) {
            e = entries.get(key);
        }
        if (e == null) {
            byte[] v = get.apply(key);
            if (v != null) {
                e = RocksCodec.entry(v);
                entries.put(key, e);
            }
        }
        return Optional.ofNullable(e);
    }

    private void setEntry(String key, Entry e) {
        entries.put(key, e);
        touchedEntries.put(key, e);
    }

    @Override
    public DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                             String transactionId, boolean singleLimitApplies) {
        Objects.requireNonNull(date, "date");
        BigDecimal yuan = AllowanceRule.yuan(amount);
        Period period = scheme.periodOf(date);
        Limits limits = Limits.of(scheme, parameters, date);
        String ek = entryKey(scheme, transactionId);
        Optional<Entry> earlier = entry(ek);
        if (earlier.isPresent()) {
            Entry e = earlier.get();
            if (!"DEBIT".equals(e.kind()) || !e.person().equals(personId) || !e.period().equals(period.key())
                    || e.amount().compareTo(yuan) != 0 || e.singleLimit() != singleLimitApplies) {
                throw new TransactionConflictException(transactionId, "transaction " + transactionId
                        + " was recorded with other content");
            }
            Limits first = Limits.of(scheme, parameters, e.date());
            return new DebitResult.Accepted(transactionId, period, e.amount(), e.usageAfter(),
                    first.remaining(e.usageAfter()), first);
        }
        String uk = usageKey(scheme, personId, period.key());
        DebitResult result = AllowanceRule.decide(transactionId, period, limits, usageOf(uk), yuan, singleLimitApplies);
        if (result instanceof DebitResult.Accepted accepted) {
            setUsage(uk, accepted.usage());
            setEntry(ek, new Entry("DEBIT", personId, period.key(), date, yuan, singleLimitApplies, accepted.usage(),
                    null, BigDecimal.ZERO.setScale(2)));
        }
        return result;
    }

    @Override
    public CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                               BigDecimal amount) {
        BigDecimal yuan = AllowanceRule.yuan(amount);
        String dk = entryKey(scheme, debitTransactionId);
        Optional<Entry> debit = entry(dk).filter(e -> "DEBIT".equals(e.kind()) && e.person().equals(personId));
        Optional<Entry> earlier = entry(entryKey(scheme, creditId));
        if (debit.isEmpty()) {
            if (earlier.isPresent()) {
                throw new TransactionConflictException(creditId, "credit " + creditId + " was used for another debit");
            }
            return new CreditResult.Rejected(debitTransactionId, creditId, CreditResult.Reason.UNKNOWN_DEBIT,
                    BigDecimal.ZERO.setScale(2));
        }
        Entry d = debit.get();
        Period period = scheme.periodOf(d.date());
        Limits limits = Limits.of(scheme, parameters, d.date());
        if (earlier.isPresent()) {
            Entry c = earlier.get();
            if (!"CREDIT".equals(c.kind()) || !debitTransactionId.equals(c.debitId()) || c.amount().compareTo(yuan) != 0) {
                throw new TransactionConflictException(creditId, "credit " + creditId + " was recorded with other "
                        + "content");
            }
            return new CreditResult.Credited(debitTransactionId, creditId, period, c.amount(), c.usageAfter(),
                    limits.remaining(c.usageAfter()));
        }
        String uk = usageKey(scheme, personId, d.period());
        BigDecimal creditable = AllowanceRule.creditRefusal(d.amount(), d.credited(), yuan);
        if (creditable != null) {
            return new CreditResult.Rejected(debitTransactionId, creditId, CreditResult.Reason.EXCEEDS_DEBIT,
                    creditable);
        }
        BigDecimal after = usageOf(uk).subtract(yuan);
        setEntry(entryKey(scheme, creditId), new Entry("CREDIT", personId, d.period(), d.date(), yuan, false, after,
                debitTransactionId, BigDecimal.ZERO.setScale(2)));
        setEntry(dk, new Entry(d.kind(), d.person(), d.period(), d.date(), d.amount(), d.singleLimit(), d.usageAfter(),
                d.debitId(), d.credited().add(yuan)));
        setUsage(uk, after);
        return new CreditResult.Credited(debitTransactionId, creditId, period, yuan, after, limits.remaining(after));
    }

    @Override
    public BigDecimal usage(AllowanceScheme scheme, String personId, Period period) {
        return usageOf(usageKey(scheme, personId, period.key()));
    }

    @Override
    public Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId) {
        return entry(entryKey(scheme, transactionId)).filter(e -> "DEBIT".equals(e.kind())).map(e -> {
            Limits limits = Limits.of(scheme, parameters, e.date());
            return new DebitResult.Accepted(transactionId, scheme.periodOf(e.date()), e.amount(), e.usageAfter(),
                    limits.remaining(e.usageAfter()), limits);
        });
    }

    /** A usage carried over as it is (from the SQL store), written with the group. */
    void restoreUsage(AllowanceScheme scheme, String person, String period, BigDecimal used) {
        setUsage(usageKey(scheme, person, period), AllowanceRule.yuan(used));
    }

    /** An entry carried over as it is (from the SQL store), written with the group. */
    void restoreEntry(AllowanceScheme scheme, String transactionId, Entry e) {
        setEntry(entryKey(scheme, transactionId), e);
    }

    /** Whether the group changed a usage or an entry. */
    boolean changed() {
        return !touchedEntries.isEmpty() || !touchedUsages.isEmpty();
    }

    /** Put the group's usages and entries into its batch. */
    void write(java.util.function.BiConsumer<String, java.util.function.Supplier<byte[]>> put) {
        // encoded later, by the thread that writes the batch (entries and amounts do not change)
        for (Map.Entry<String, Entry> e : touchedEntries.entrySet()) {
            Entry entry = e.getValue();
            put.accept(e.getKey(), () -> RocksCodec.entry(entry));
        }
        for (Map.Entry<String, BigDecimal> u : touchedUsages.entrySet()) {
            BigDecimal used = u.getValue();
            put.accept(u.getKey(), () -> RocksCodec.usage(used));
        }
    }

    /**
     * The group was handed over to be written: its entries are read back from the store if a credit or a replay ever
     * wants them (kept in memory they outlived the young generation for nothing); usages, asked for again by every
     * buyer who buys again, stay.
     */
    void written() {
        entries.keySet().removeAll(touchedEntries.keySet());
        touchedEntries.clear();
        touchedUsages.clear();
    }

    /** The group failed: forget all (memory is filled again from RocksDB). */
    void forget() {
        usages.clear();
        entries.clear();
        touchedEntries.clear();
        touchedUsages.clear();
    }
}
