package org.importwindow.server.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.importwindow.server.security.AppUser;

/**
 * Opens an investigation (a recall case in state INVESTIGATING) from a defect signal. The one seam between
 * complaints and recalls, backed by {@link RecallInvestigations}, which calls the recalls' server facade
 * {@code org.importwindow.server.recall.RecallService#openInvestigation}. Opening twice for one signal gives the same
 * case.
 */
public interface InvestigationOpener {

    Investigation open(Request request);

    Optional<Investigation> forSignal(String signalId);

    /** What the recall case starts from: the product, why (the signal's figures), the complaints, who opened it. */
    record Request(String signalId, String productKey, String gtin, String model, String productLabel, String reason,
                   List<String> complaintReferences, AppUser regulator, Instant at) {
    }

    /** The case opened: its id, where to see it, its state when opened. */
    record Investigation(String caseId, String signalId, String state, String link, String openedBy,
                         Instant openedAt) {
    }
}
