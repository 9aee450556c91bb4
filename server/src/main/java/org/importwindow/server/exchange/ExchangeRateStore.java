package org.importwindow.server.exchange;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.importwindow.exchange.ExchangeRate;
import org.importwindow.server.jdbc.BatchWriter;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly customs exchange rates in table {@code exchange_rate}. */
@Repository
@DependsOnDatabaseInitialization
public class ExchangeRateStore {
    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    public ExchangeRateStore(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    public long count() {
        return db.sql("select count(*) from exchange_rate").query(Long.class).single();
    }

    public void insert(List<ExchangeRate> rates, int batchSize) {
        BatchWriter.write(jdbc, "insert into exchange_rate (currency, rate_month, rate, per, source_date, source) "
                + "values (?, ?, ?, ?, ?, ?)", rates, batchSize, (ps, r) -> {
                    ps.setString(1, r.currency());
                    ps.setString(2, r.month().toString());
                    ps.setBigDecimal(3, r.rate());
                    ps.setInt(4, r.per());
                    ps.setDate(5, BatchWriter.date(r.sourceDate()));
                    ps.setString(6, r.source());
                });
    }

    /**
     * Store official rates: each replaces the rate of its currency and month (ECB-derived or approximated), in one
     * transaction with the caller's.
     */
    public void replace(List<ExchangeRate> rates, int batchSize) {
        BatchWriter.write(jdbc, "delete from exchange_rate where currency = ? and rate_month = ?", rates, batchSize,
                (ps, r) -> {
                    ps.setString(1, r.currency());
                    ps.setString(2, r.month().toString());
                });
        insert(rates, batchSize);
    }

    public MonthlyExchangeRates load() {
        List<ExchangeRate> rates = db.sql("select currency, rate_month, rate, per, source_date, source from exchange_rate")
                .query((rs, n) -> {
                    Date d = rs.getDate(5);
                    return new ExchangeRate(rs.getString(1), rs.getBigDecimal(3).setScale(4), rs.getInt(4),
                            YearMonth.parse(rs.getString(2)), d == null ? null : d.toLocalDate(), rs.getString(6));
                }).list();
        return new MonthlyExchangeRates(rates);
    }
}
