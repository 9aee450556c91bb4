package org.importwindow.server.complaint;

import java.time.ZoneOffset;
import java.util.Optional;
import org.importwindow.server.recall.RecallService;
import org.importwindow.server.recall.SuspectProduct;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investigations opened through the recalls' {@link RecallService#openInvestigation}: the recall case is made there
 * (state INVESTIGATING, the regulator's, no enterprise named yet: a complaint names a product, not its importer),
 * and {@code defect_signal_investigation} remembers which signal opened which case, so a second click, or a
 * restart, finds the same case.
 */
@Component
@DependsOnDatabaseInitialization
public class RecallInvestigations implements InvestigationOpener {

    private final RecallService recalls;
    private final JdbcClient db;

    public RecallInvestigations(RecallService recalls, JdbcClient db) {
        this.recalls = recalls;
        this.db = db;
    }

    @Override
    @Transactional
    public Investigation open(Request r) {
        Optional<Investigation> existing = forSignal(r.signalId());
        if (existing.isPresent()) {
            return existing.get();
        }
        String caseId = recalls.openInvestigation(new SuspectProduct(r.gtin(), r.model(), r.productLabel(), null, null),
                r.reason() + "; complaints " + String.join(", ", r.complaintReferences()), r.regulator());
        db.sql("insert into defect_signal_investigation (signal_id, product_key, case_id, opened_by, opened_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(r.signalId(), r.productKey(), caseId, r.regulator().username(), r.at().atOffset(ZoneOffset.UTC))
                .update();
        return forSignal(r.signalId()).orElseThrow();
    }

    @Override
    public Optional<Investigation> forSignal(String signalId) {
        return db.sql("select signal_id, case_id, opened_by, opened_at from defect_signal_investigation "
                        + "where signal_id = ?")
                .param(signalId)
                .query((rs, n) -> new Investigation(rs.getString(2), rs.getString(1), "INVESTIGATING",
                        "/recall-cases/" + rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }
}
