package org.importwindow.server.nomenclature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.Section;
import org.importwindow.server.jdbc.BatchWriter;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The goods nomenclature in tables {@code hs_section} and {@code commodity}. */
@Repository
@DependsOnDatabaseInitialization
public class NomenclatureStore {
    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    public NomenclatureStore(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    public long commodityCount() {
        return db.sql("select count(*) from commodity").query(Long.class).single();
    }

    public void insertSections(List<Section> sections, int batchSize) {
        BatchWriter.write(jdbc, "insert into hs_section (numeral, section_number, name_en, name_zh) values (?, ?, ?, ?)",
                sections, batchSize, (ps, s) -> {
                    ps.setString(1, s.numeral());
                    ps.setInt(2, s.number());
                    ps.setString(3, s.nameEn());
                    ps.setString(4, s.nameZh());
                });
    }

    public void insertCommodities(List<Commodity> commodities, int batchSize) {
        BatchWriter.write(jdbc, "insert into commodity (code, parent_code, section, description_en, description_zh, "
                + "declarable, legal_unit) values (?, ?, ?, ?, ?, ?, ?)", commodities, batchSize, (ps, c) -> {
                    ps.setString(1, c.code());
                    ps.setString(2, c.parentCode());
                    ps.setString(3, c.section());
                    ps.setString(4, c.descriptionEn());
                    ps.setString(5, c.descriptionZh());
                    ps.setBoolean(6, c.declarable());
                    ps.setString(7, c.legalUnit());
                });
    }

    /** The extra search words of every node (they are found by these and so is their subtree). */
    public void insertSearchReferences(Nomenclature nomenclature, int batchSize) {
        record Term(String code, String term) {
        }
        List<Term> terms = new ArrayList<>();
        for (Commodity c : nomenclature.all()) {
            nomenclature.searchReferences(c.code()).stream().distinct().forEach(t -> terms.add(new Term(c.code(), t)));
        }
        BatchWriter.write(jdbc, "insert into commodity_search_reference (code, term) values (?, ?)", terms, batchSize,
                (ps, t) -> {
                    ps.setString(1, t.code());
                    ps.setString(2, t.term());
                });
    }

    /** The whole nomenclature as the core's tree. */
    public Nomenclature load() {
        List<Section> sections = db.sql("select numeral, section_number, name_en, name_zh from hs_section")
                .query((rs, n) -> new Section(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
        List<Commodity> commodities = db.sql("select code, parent_code, section, description_en, description_zh, "
                        + "declarable, legal_unit from commodity")
                .query((rs, n) -> new Commodity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7)))
                .list();
        Map<String, List<String>> terms = new HashMap<>();
        db.sql("select code, term from commodity_search_reference order by code, term").query(rs -> {
            terms.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return new Nomenclature(sections, commodities, terms);
    }
}
