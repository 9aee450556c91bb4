package org.importwindow.server.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Opens an investigation (a recall case in state INVESTIGATING) from a defect signal. The one seam between
 * complaints and recalls: backed by {@link InMemoryInvestigations} until the recalls' server facade
 * {@code org.importwindow.server.recall.RecallService#openInvestigation(product..., reason, regulator)} is on main,
 * then by an adapter calling it. Opening twice for one signal gives the same case.
 */
public interface InvestigationOpener {

    Investigation open(Request request);

    Optional<Investigation> forSignal(String signalId);

    /** What the recall case starts from: the product, why (the signal's figures), the complaints, who opened it. */
    record Request(String signalId, String productKey, String gtin, String model, String productLabel, String reason,
                   List<String> complaintReferences, String regulator, Instant at) {
    }

    /** The case opened: its id, where to see it (null while recalls has no page for it), its state. */
    record Investigation(String caseId, String signalId, String state, String link, String openedBy,
                         Instant openedAt) {
    }
}
