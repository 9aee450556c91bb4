package org.importwindow.server.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The released two-step summary declarations: the only ones whose full declaration can be overdue. Read-only, beside
 * {@link DeclarationStore}; whether one is overdue is the core's call on its state.
 */
@Repository
@DependsOnDatabaseInitialization
public class TwoStepSummaryStore {
    private final JdbcClient db;

    public TwoStepSummaryStore(JdbcClient db) {
        this.db = db;
    }

    /** A released summary: its identity and the core's state (JSON). */
    public record ReleasedSummary(String id, String importer, String reference, LocalDate declarationDate,
                                  String stateJson) {
    }

    /** Released summaries of the importers (null = all), oldest declaration date first. */
    public List<ReleasedSummary> released(Collection<String> importers) {
        StringBuilder sql = new StringBuilder("select id, importer, reference, declaration_date, state_json from "
                + "declaration where declaration_kind = 'TWO_STEP_SUMMARY' and status = 'RELEASED'");
        List<Object> params = new ArrayList<>();
        if (importers != null) {
            if (importers.isEmpty()) {
                return List.of();
            }
            sql.append(" and importer in (").append(String.join(", ", Collections.nCopies(importers.size(), "?")))
                    .append(')');
            params.addAll(importers);
        }
        sql.append(" order by declaration_date, reference, id");
        return db.sql(sql.toString()).params(params).query((rs, n) -> new ReleasedSummary(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5))).list();
    }
}
