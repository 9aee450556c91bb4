package org.importwindow.server.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enterprises in table {@code enterprise}; roles as a comma-separated list. */
@Repository
@DependsOnDatabaseInitialization
public class EnterpriseStore {
    private static final String COLUMNS = "uscc, customs_code, name_zh, name_en, credit_level, country, roles";

    private final JdbcClient db;

    public EnterpriseStore(JdbcClient db) {
        this.db = db;
    }

    public long count() {
        return db.sql("select count(*) from enterprise").query(Long.class).single();
    }

    public void insert(StoredEnterprise e) {
        db.sql("insert into enterprise (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .params(e.uscc(), e.customsCode(), e.nameZh(), e.nameEn(), e.creditLevel(), e.country(),
                        String.join(",", new TreeSet<>(e.roles())))
                .update();
    }

    public Optional<StoredEnterprise> find(String uscc) {
        return db.sql("select " + COLUMNS + " from enterprise where uscc = ?").param(uscc)
                .query(EnterpriseStore::row).optional();
    }

    /** The enterprises a user is authorised for, by USCC. */
    public List<StoredEnterprise> forUser(String username) {
        return db.sql("select e.uscc, e.customs_code, e.name_zh, e.name_en, e.credit_level, e.country, e.roles "
                        + "from enterprise e join app_user_enterprise a on a.uscc = e.uscc where a.username = ? "
                        + "order by e.uscc")
                .param(username).query(EnterpriseStore::row).list();
    }

    private static StoredEnterprise row(ResultSet rs, int n) throws SQLException {
        String roles = rs.getString(7);
        return new StoredEnterprise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6),
                roles == null || roles.isBlank() ? new HashSet<>() : new HashSet<>(Arrays.asList(roles.split(","))));
    }

}
