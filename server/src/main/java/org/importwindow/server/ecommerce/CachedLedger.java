package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.importwindow.allowance.AllowanceRule;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.Limits;
import org.importwindow.allowance.Period;
import org.importwindow.law.LegalParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The allowance ledger of the embedded runtime's single writer: each person's usage of a period is read from the
 * database once and then kept in memory; debits are decided by the same {@link AllowanceRule} and written with the
 * group's other rows just before its commit ({@link #flush}). Being the only writer of the ledger is what makes
 * this safe: no other transaction changes a usage between the read and the write. A debit whose transaction id is
 * not in memory is taken as new; should it not be (a replay after a restart), the unique key of
 * {@code allowance_entry} fails the group and its tasks are retried alone through {@link JdbcLedger}, which answers
 * the replay. Credits (returns and cancellations) are rare and go through {@link JdbcLedger} after a flush.
 */
final class CachedLedger implements Ledger {
    private static final int REMEMBERED = 200_000;

    private record UsageKey(AllowanceScheme scheme, String person, String period) {
    }

    private static final class Usage {
        BigDecimal used;
        boolean stored;

        Usage(BigDecimal used, boolean stored) {
            this.used = used;
            this.stored = stored;
        }
    }

    private record Entry(AllowanceScheme scheme, String transactionId, String person, String period, LocalDate date,
                         BigDecimal amount, boolean singleLimit, BigDecimal usageAfter, OffsetDateTime at) {
    }

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final LegalParameters parameters;
    private final JdbcLedger direct;
    private final Map<UsageKey, Usage> usages = new LinkedHashMap<>(1 << 16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UsageKey, Usage> eldest) {
            return size() > REMEMBERED && eldest.getValue().stored;
        }
    };
    private final Map<String, DebitResult.Accepted> recent = new LinkedHashMap<>(1 << 16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DebitResult.Accepted> eldest) {
            return size() > REMEMBERED;
        }
    };
    private final List<Entry> entries = new ArrayList<>();
    private final Map<UsageKey, Usage> touched = new HashMap<>();

    CachedLedger(JdbcClient db, JdbcTemplate jdbc, LegalParameters parameters) {
        this.db = db;
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.direct = new JdbcLedger(db, parameters);
    }

    private Usage usageOf(UsageKey k) {
        Usage u = usages.get(k);
        if (u == null) {
            Optional<BigDecimal> stored = db.sql("select used from allowance_usage where scheme = ? and person_key = ? "
                    + "and period = ?").params(k.scheme().name(), k.person(), k.period()).query(BigDecimal.class)
                    .optional();
            u = new Usage(stored.orElse(BigDecimal.ZERO.setScale(2)), stored.isPresent());
            usages.put(k, u);
        }
        return u;
    }

    @Override
    public DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                             String transactionId, boolean singleLimitApplies) {
        DebitResult.Accepted earlier = recent.get(scheme.name() + ":" + transactionId);
        if (earlier != null) {
            return earlier;
        }
        BigDecimal yuan = AllowanceRule.yuan(amount);
        Period period = scheme.periodOf(date);
        Limits limits = Limits.of(scheme, parameters, date);
        UsageKey key = new UsageKey(scheme, personId, period.key());
        Usage usage = usageOf(key);
        DebitResult result = AllowanceRule.decide(transactionId, period, limits, usage.used, yuan, singleLimitApplies);
        if (result instanceof DebitResult.Accepted accepted) {
            usage.used = accepted.usage();
            touched.put(key, usage);
            entries.add(new Entry(scheme, transactionId, personId, period.key(), date, yuan, singleLimitApplies,
                    accepted.usage(), OffsetDateTime.now()));
            recent.put(scheme.name() + ":" + transactionId, accepted);
        }
        return result;
    }

    @Override
    public CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                               BigDecimal amount) {
        flush();
        CreditResult result = direct.credit(scheme, personId, debitTransactionId, creditId, amount);
        usages.keySet().removeIf(k -> k.scheme() == scheme && k.person().equals(personId));
        return result;
    }

    @Override
    public BigDecimal usage(AllowanceScheme scheme, String personId, Period period) {
        return usageOf(new UsageKey(scheme, personId, period.key())).used;
    }

    @Override
    public Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId) {
        DebitResult.Accepted a = recent.get(scheme.name() + ":" + transactionId);
        return a != null ? Optional.of(a) : direct.accepted(scheme, transactionId);
    }

    /** Write the debits and usages of the group. */
    void flush() {
        if (entries.isEmpty() && touched.isEmpty()) {
            return;
        }
        org.importwindow.server.jdbc.BatchWriter.write(jdbc, "insert into allowance_entry (scheme, transaction_id, kind, "
                + "person_key, period, tx_date, amount, single_limit, usage_after, debit_id, credited, at) values (?, ?, "
                + "'DEBIT', ?, ?, ?, ?, ?, ?, null, 0, ?)", entries, 500, (ps, e) -> {
                    ps.setString(1, e.scheme().name());
                    ps.setString(2, e.transactionId());
                    ps.setString(3, e.person());
                    ps.setString(4, e.period());
                    ps.setObject(5, e.date());
                    ps.setBigDecimal(6, e.amount());
                    ps.setBoolean(7, e.singleLimit());
                    ps.setBigDecimal(8, e.usageAfter());
                    ps.setObject(9, e.at());
                });
        List<Map.Entry<UsageKey, Usage>> inserts = new ArrayList<>();
        List<Map.Entry<UsageKey, Usage>> updates = new ArrayList<>();
        for (Map.Entry<UsageKey, Usage> t : touched.entrySet()) {
            (t.getValue().stored ? updates : inserts).add(t);
        }
        org.importwindow.server.jdbc.BatchWriter.write(jdbc, "insert into allowance_usage (scheme, person_key, period, "
                + "used) values (?, ?, ?, ?)", inserts, 500, (ps, t) -> {
                    ps.setString(1, t.getKey().scheme().name());
                    ps.setString(2, t.getKey().person());
                    ps.setString(3, t.getKey().period());
                    ps.setBigDecimal(4, t.getValue().used);
                });
        org.importwindow.server.jdbc.BatchWriter.write(jdbc, "update allowance_usage set used = ? where scheme = ? and "
                + "person_key = ? and period = ?", updates, 500, (ps, t) -> {
                    ps.setBigDecimal(1, t.getValue().used);
                    ps.setString(2, t.getKey().scheme().name());
                    ps.setString(3, t.getKey().person());
                    ps.setString(4, t.getKey().period());
                });
        inserts.forEach(t -> t.getValue().stored = true);
        entries.clear();
        touched.clear();
    }

    /** Forget everything (a group failed: what is in memory may not have been written). */
    void forget() {
        usages.clear();
        recent.clear();
        entries.clear();
        touched.clear();
    }
}
