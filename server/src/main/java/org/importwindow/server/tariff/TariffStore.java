package org.importwindow.server.tariff;

import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.server.jdbc.BatchWriter;
import org.importwindow.tariff.Footnote;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Measures, legal acts and footnotes in tables {@code measure}, {@code legal_act} and {@code footnote}. */
@Repository
@DependsOnDatabaseInitialization
public class TariffStore {
    private static final String INSERT_MEASURE = "insert into measure (sid, measure_type, commodity_code, "
            + "geographical_area, arrangement, valid_from, valid_to, duty_expression, conditions, footnotes, legal_act, "
            + "order_number) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    public TariffStore(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    public long measureCount() {
        return db.sql("select count(*) from measure").query(Long.class).single();
    }

    public long legalActCount() {
        return db.sql("select count(*) from legal_act").query(Long.class).single();
    }

    /** Insert legal acts, replacing those with the same id. */
    public void upsertLegalActs(Collection<LegalAct> acts, int batchSize) {
        List<LegalAct> rows = List.copyOf(acts);
        BatchWriter.write(jdbc, "delete from legal_act where id = ?", rows, batchSize, (ps, a) -> ps.setString(1, a.id()));
        BatchWriter.write(jdbc, "insert into legal_act (id, reference, title_zh, title_en, published, url) "
                + "values (?, ?, ?, ?, ?, ?)", rows, batchSize, (ps, a) -> {
                    ps.setString(1, a.id());
                    ps.setString(2, a.reference());
                    ps.setString(3, a.titleZh());
                    ps.setString(4, a.titleEn());
                    ps.setDate(5, BatchWriter.date(a.published()));
                    ps.setString(6, a.url());
                });
    }

    /** Insert footnotes, replacing those with the same id. */
    public void upsertFootnotes(Collection<Footnote> footnotes, int batchSize) {
        List<Footnote> rows = List.copyOf(footnotes);
        BatchWriter.write(jdbc, "delete from footnote where id = ?", rows, batchSize, (ps, f) -> ps.setString(1, f.id()));
        BatchWriter.write(jdbc, "insert into footnote (id, text_zh, text_en) values (?, ?, ?)", rows, batchSize,
                (ps, f) -> {
                    ps.setString(1, f.id());
                    ps.setString(2, f.textZh());
                    ps.setString(3, f.textEn());
                });
    }

    public int deleteAllMeasures() {
        return db.sql("delete from measure").update();
    }

    /** Delete the measures with the sids of {@code measures} (before inserting their new versions). */
    public void deleteMeasures(List<Measure> measures, int batchSize) {
        BatchWriter.write(jdbc, "delete from measure where sid = ?", measures, batchSize,
                (ps, m) -> ps.setLong(1, m.sid()));
    }

    public void insertMeasures(List<Measure> measures, int batchSize, IntConsumer progress) {
        BatchWriter.write(jdbc, INSERT_MEASURE, measures, batchSize, (ps, m) -> {
            ps.setLong(1, m.sid());
            ps.setString(2, m.type().name());
            ps.setString(3, m.commodityCode());
            ps.setString(4, m.geographicalArea());
            ps.setString(5, m.arrangement());
            ps.setDate(6, BatchWriter.date(m.validFrom()));
            ps.setDate(7, BatchWriter.date(m.validTo()));
            ps.setString(8, m.duty() == null ? null : m.duty().text());
            ps.setString(9, MeasureTexts.conditionsText(m.conditions()));
            ps.setString(10, MeasureTexts.footnotesText(m.footnotes()));
            ps.setString(11, m.legalAct());
            ps.setString(12, m.orderNumber());
        }, progress);
    }

    public void recordImport(String fileName, String mode, int measures, int legalActs, int footnotes) {
        db.sql("insert into measure_import (imported_at, file_name, mode, measures, legal_acts, footnotes) "
                        + "values (current_timestamp, ?, ?, ?, ?, ?)")
                .params(fileName, mode, measures, legalActs, footnotes).update();
    }

    public List<LegalAct> loadLegalActs() {
        return db.sql("select id, reference, title_zh, title_en, published, url from legal_act")
                .query((rs, n) -> {
                    Date d = rs.getDate(5);
                    return new LegalAct(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            d == null ? null : d.toLocalDate(), rs.getString(6));
                }).list();
    }

    public List<Footnote> loadFootnotes() {
        return db.sql("select id, text_zh, text_en from footnote")
                .query((rs, n) -> new Footnote(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<Measure> loadMeasures() {
        MeasureTexts texts = new MeasureTexts();
        return db.sql("select sid, measure_type, commodity_code, geographical_area, arrangement, valid_from, valid_to, "
                        + "duty_expression, conditions, footnotes, legal_act, order_number from measure")
                .query((rs, n) -> {
                    Date to = rs.getDate(7);
                    return new Measure(rs.getLong(1), MeasureType.valueOf(rs.getString(2)),
                            texts.shared(rs.getString(3)), texts.shared(rs.getString(4)), texts.shared(rs.getString(5)), rs.getDate(6).toLocalDate(),
                            to == null ? null : to.toLocalDate(), texts.duty(rs.getString(8)),
                            texts.conditions(rs.getString(9)), MeasureTexts.footnotes(rs.getString(10)),
                            texts.shared(rs.getString(11)), texts.shared(rs.getString(12)));
                }).list();
    }

    /** The schedule of every stored measure over {@code nomenclature}. */
    public TariffSchedule loadSchedule(Nomenclature nomenclature) {
        return new TariffSchedule(nomenclature, loadMeasures(), loadLegalActs(), loadFootnotes());
    }
}
