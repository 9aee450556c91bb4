package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.importwindow.allowance.AllowanceRule;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.Limits;
import org.importwindow.allowance.Period;
import org.importwindow.allowance.TransactionConflictException;
import org.importwindow.law.LegalParameters;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal allowance ledger in the database ({@code allowance_usage}, {@code allowance_entry}), keeping the
 * contract of {@link Ledger}: each debit or credit runs in the caller's transaction, locks the person's usage row of
 * the period ({@code for update}) before reading it, decides with {@link AllowanceRule}, records the entry under its
 * unique (scheme, transaction id) and updates the usage; the caller answers "accepted" only after its commit. Person
 * ids are the keys the caller gives (for CBEC an HMAC of the resident ID number, never the number itself).
 */
public class JdbcLedger implements Ledger {
    private final JdbcClient db;
    private final LegalParameters parameters;

    public JdbcLedger(JdbcClient db, LegalParameters parameters) {
        this.db = db;
        this.parameters = parameters;
    }

    private record Entry(String kind, String personKey, String period, LocalDate date, BigDecimal amount,
                         boolean singleLimit, BigDecimal usageAfter, String debitId, BigDecimal credited) {
    }

    private Optional<Entry> entry(AllowanceScheme scheme, String transactionId) {
        return db.sql("select kind, person_key, period, tx_date, amount, single_limit, usage_after, debit_id, credited "
                        + "from allowance_entry where scheme = ? and transaction_id = ?")
                .params(scheme.name(), transactionId)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), rs.getBoolean(6), rs.getBigDecimal(7),
                        rs.getString(8), rs.getBigDecimal(9))).optional();
    }

    /** The usage row of the period, locked for this transaction (created at 0 when there is none). */
    private BigDecimal lockedUsage(AllowanceScheme scheme, String person, String period) {
        Optional<BigDecimal> used = db.sql("select used from allowance_usage where scheme = ? and person_key = ? and "
                        + "period = ? for update").params(scheme.name(), person, period)
                .query(BigDecimal.class).optional();
        if (used.isPresent()) {
            return used.get();
        }
        db.sql("insert into allowance_usage (scheme, person_key, period, used) values (?, ?, ?, 0)")
                .params(scheme.name(), person, period).update();
        return BigDecimal.ZERO.setScale(2);
    }

    @Override
    public DebitResult debit(AllowanceScheme scheme, String personId, LocalDate date, BigDecimal amount,
                             String transactionId, boolean singleLimitApplies) {
        Objects.requireNonNull(date, "date");
        BigDecimal yuan = AllowanceRule.yuan(amount);
        Period period = scheme.periodOf(date);
        Limits limits = Limits.of(scheme, parameters, date);
        Optional<Entry> earlier = entry(scheme, transactionId);
        if (earlier.isPresent()) {
            return replay(earlier.get(), transactionId, personId, period, yuan, singleLimitApplies, limits);
        }
        BigDecimal usage = lockedUsage(scheme, personId, period.key());
        DebitResult result = AllowanceRule.decide(transactionId, period, limits, usage, yuan, singleLimitApplies);
        if (result instanceof DebitResult.Accepted accepted) {
            db.sql("insert into allowance_entry (scheme, transaction_id, kind, person_key, period, tx_date, amount, "
                            + "single_limit, usage_after, debit_id, credited, at) values (?, ?, 'DEBIT', ?, ?, ?, ?, ?, ?, "
                            + "null, 0, ?)")
                    .params(scheme.name(), transactionId, personId, period.key(), date, yuan, singleLimitApplies,
                            accepted.usage(), OffsetDateTime.now(ZoneOffset.UTC)).update();
            db.sql("update allowance_usage set used = ? where scheme = ? and person_key = ? and period = ?")
                    .params(accepted.usage(), scheme.name(), personId, period.key()).update();
        }
        return result;
    }

    private DebitResult replay(Entry e, String transactionId, String personId, Period period, BigDecimal yuan,
                               boolean singleLimit, Limits limits) {
        if (!"DEBIT".equals(e.kind()) || !e.personKey().equals(personId) || !e.period().equals(period.key())
                || e.amount().compareTo(yuan) != 0 || e.singleLimit() != singleLimit) {
            throw new TransactionConflictException(transactionId, "transaction " + transactionId
                    + " was recorded with other content");
        }
        Limits first = Limits.of(limits.scheme(), parameters, e.date());
        return new DebitResult.Accepted(transactionId, period, e.amount(), e.usageAfter(),
                first.remaining(e.usageAfter()), first);
    }

    @Override
    public CreditResult credit(AllowanceScheme scheme, String personId, String debitTransactionId, String creditId,
                               BigDecimal amount) {
        BigDecimal yuan = AllowanceRule.yuan(amount);
        Optional<Entry> debit = entry(scheme, debitTransactionId).filter(e -> "DEBIT".equals(e.kind())
                && e.personKey().equals(personId));
        Optional<Entry> earlier = entry(scheme, creditId);
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
        BigDecimal usage = lockedUsage(scheme, personId, d.period());
        // the debit row's credited sum, read after the usage lock: credits of one debit are serialised by it
        BigDecimal credited = entry(scheme, debitTransactionId).orElseThrow().credited();
        BigDecimal creditable = AllowanceRule.creditRefusal(d.amount(), credited, yuan);
        if (creditable != null) {
            return new CreditResult.Rejected(debitTransactionId, creditId, CreditResult.Reason.EXCEEDS_DEBIT,
                    creditable);
        }
        BigDecimal after = usage.subtract(yuan);
        db.sql("insert into allowance_entry (scheme, transaction_id, kind, person_key, period, tx_date, amount, "
                        + "single_limit, usage_after, debit_id, credited, at) values (?, ?, 'CREDIT', ?, ?, ?, ?, false, ?, ?, "
                        + "0, ?)")
                .params(scheme.name(), creditId, personId, d.period(), d.date(), yuan, after, debitTransactionId,
                        OffsetDateTime.now(ZoneOffset.UTC)).update();
        db.sql("update allowance_entry set credited = credited + ? where scheme = ? and transaction_id = ?")
                .params(yuan, scheme.name(), debitTransactionId).update();
        db.sql("update allowance_usage set used = ? where scheme = ? and person_key = ? and period = ?")
                .params(after, scheme.name(), personId, d.period()).update();
        return new CreditResult.Credited(debitTransactionId, creditId, period, yuan, after, limits.remaining(after));
    }

    @Override
    public BigDecimal usage(AllowanceScheme scheme, String personId, Period period) {
        return db.sql("select used from allowance_usage where scheme = ? and person_key = ? and period = ?")
                .params(scheme.name(), personId, period.key()).query(BigDecimal.class).optional()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    @Override
    public Optional<DebitResult.Accepted> accepted(AllowanceScheme scheme, String transactionId) {
        return entry(scheme, transactionId).filter(e -> "DEBIT".equals(e.kind())).map(e -> {
            Limits limits = Limits.of(scheme, parameters, e.date());
            return new DebitResult.Accepted(transactionId, scheme.periodOf(e.date()), e.amount(), e.usageAfter(),
                    limits.remaining(e.usageAfter()), limits);
        });
    }
}
