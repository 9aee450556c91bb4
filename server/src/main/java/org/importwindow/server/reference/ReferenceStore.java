package org.importwindow.server.reference;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.reference.ArrangementCategory;
import org.importwindow.reference.Country;
import org.importwindow.reference.CountryGroup;
import org.importwindow.reference.Currency;
import org.importwindow.reference.GroupKind;
import org.importwindow.reference.GroupMembership;
import org.importwindow.reference.PreferentialArrangement;
import org.importwindow.reference.ReferenceData;
import org.importwindow.server.jdbc.BatchWriter;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Countries, currencies, country groups with their dated memberships and preferential arrangements, in tables
 * {@code country}, {@code currency}, {@code country_group}, {@code group_membership} and
 * {@code preferential_arrangement}.
 */
@Repository
@DependsOnDatabaseInitialization
public class ReferenceStore {
    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    public ReferenceStore(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    public long countryCount() {
        return db.sql("select count(*) from country").query(Long.class).single();
    }

    public void insert(ReferenceData reference, int batchSize) {
        BatchWriter.write(jdbc, "insert into currency (code, name, minor_unit) values (?, ?, ?)",
                List.copyOf(reference.currencies()), batchSize, (ps, c) -> {
                    ps.setString(1, c.code());
                    ps.setString(2, c.name());
                    ps.setInt(3, c.minorUnit());
                });
        BatchWriter.write(jdbc, "insert into country (code, iso3, numeric_code, name_en, name_zh, currency) "
                + "values (?, ?, ?, ?, ?, ?)", List.copyOf(reference.countries()), batchSize, (ps, c) -> {
                    ps.setString(1, c.code());
                    ps.setString(2, c.iso3());
                    ps.setString(3, c.numeric());
                    ps.setString(4, c.nameEn());
                    ps.setString(5, c.nameZh());
                    ps.setString(6, c.currency());
                });
        List<CountryGroup> groups = List.copyOf(reference.groups());
        BatchWriter.write(jdbc, "insert into country_group (id, kind, name_en, name_zh, legal_act) values (?, ?, ?, ?, ?)",
                groups, batchSize, (ps, g) -> {
                    ps.setString(1, g.id());
                    ps.setString(2, g.kind().name());
                    ps.setString(3, g.nameEn());
                    ps.setString(4, g.nameZh());
                    ps.setString(5, g.legalAct());
                });
        record Row(String group, GroupMembership m) {
        }
        List<Row> memberships = new ArrayList<>();
        groups.forEach(g -> g.memberships().forEach(m -> memberships.add(new Row(g.id(), m))));
        BatchWriter.write(jdbc, "insert into group_membership (group_id, country, valid_from, valid_to) "
                + "values (?, ?, ?, ?)", memberships, batchSize, (ps, r) -> {
                    ps.setString(1, r.group());
                    ps.setString(2, r.m().country());
                    ps.setDate(3, BatchWriter.date(r.m().from()));
                    ps.setDate(4, BatchWriter.date(r.m().to()));
                });
        BatchWriter.write(jdbc, "insert into preferential_arrangement (code, category, name_zh, name_en, short_zh, "
                + "group_id, legal_act) values (?, ?, ?, ?, ?, ?, ?)", List.copyOf(reference.arrangements()), batchSize,
                (ps, a) -> {
                    ps.setString(1, a.code());
                    ps.setString(2, a.category().name());
                    ps.setString(3, a.nameZh());
                    ps.setString(4, a.nameEn());
                    ps.setString(5, a.shortZh());
                    ps.setString(6, a.groupId());
                    ps.setString(7, a.legalAct());
                });
    }

    /** Everything as the core's facade. */
    public ReferenceData load() {
        List<Currency> currencies = db.sql("select code, name, minor_unit from currency")
                .query((rs, n) -> new Currency(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
        List<Country> countries = db.sql("select code, iso3, numeric_code, name_en, name_zh, currency from country")
                .query((rs, n) -> new Country(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
        Map<String, List<GroupMembership>> memberships = new HashMap<>();
        db.sql("select group_id, country, valid_from, valid_to from group_membership order by group_id, country, valid_from")
                .query(rs -> {
                    Date to = rs.getDate(4);
                    memberships.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new GroupMembership(rs.getString(2), rs.getDate(3).toLocalDate(),
                                    to == null ? null : to.toLocalDate()));
                });
        List<CountryGroup> groups = db.sql("select id, kind, name_en, name_zh, legal_act from country_group order by id")
                .query((rs, n) -> new CountryGroup(rs.getString(1), GroupKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5),
                        memberships.getOrDefault(rs.getString(1), List.of()))).list();
        List<PreferentialArrangement> arrangements = db.sql("select code, category, name_zh, name_en, short_zh, "
                        + "group_id, legal_act from preferential_arrangement")
                .query((rs, n) -> new PreferentialArrangement(rs.getString(1),
                        ArrangementCategory.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))).list();
        return new ReferenceData(countries, currencies, groups, arrangements);
    }
}
