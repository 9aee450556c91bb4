package org.importwindow.server.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.importwindow.complaint.Complaint;
import org.importwindow.complaint.DefectSignal;
import org.importwindow.complaint.DefectSignals;
import org.importwindow.complaint.ProductComplaint;
import org.importwindow.complaint.ProductRef;
import org.importwindow.server.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The regulator's defect signals, computed on request from the complaints of the last weeks (a few thousand rows at
 * most, so no precomputed table to keep in step), and the one-click investigation.
 */
@Service
public class SignalService {

    private final ComplaintService complaints;
    private final DefectSignals signals;
    private final InvestigationOpener investigations;

    public SignalService(ComplaintService complaints, DefectSignals signals, InvestigationOpener investigations) {
        this.complaints = complaints;
        this.signals = signals;
        this.investigations = investigations;
    }

    /** A signal with the complaints behind it and the investigation opened from it, if any. */
    public record SignalView(DefectSignal signal, String gtin, String model,
                             InvestigationOpener.Investigation investigation) {
    }

    /** The tests of the recent weeks as of {@code asOf}: the flagged ones, or all when {@code all}. */
    public List<SignalView> signals(LocalDate asOf, boolean all) {
        int weeks = signals.settings().baselineWeeks() + signals.settings().recentWeeks();
        List<Complaint> recent = complaints.receivedSince(asOf.minusWeeks(weeks + 1L));
        List<ProductComplaint> input = recent.stream().map(ProductComplaint::of).toList();
        return signals.assess(input, asOf).stream().filter(s -> all || s.flagged())
                .map(s -> view(s, recent)).toList();
    }

    public InvestigationOpener.Investigation openInvestigation(AppUser regulator, String signalId, LocalDate asOf) {
        if (!ComplaintService.isRegulator(regulator)) {
            throw ComplaintProblem.forbidden();
        }
        SignalView v = signals(asOf, false).stream().filter(s -> s.signal().id().equals(signalId)).findFirst()
                .orElseThrow(() -> ComplaintProblem.of(HttpStatus.NOT_FOUND, "SIG-404", "id",
                        "No current defect signal " + signalId + "."));
        DefectSignal s = v.signal();
        String reason = String.format(Locale.ROOT,
                "Defect signal %s: %d complaints in %s against a baseline mean of %.2f a week "
                        + "(Poisson P(X>=%d) = %.2g)", s.id(), s.observed(), s.week(), s.baselineMean(), s.observed(),
                s.pValue());
        return investigations.open(new InvestigationOpener.Request(s.id(), s.productKey(), v.gtin(), v.model(),
                s.productLabel(), reason, s.references(), regulator, complaints.now()));
    }

    private SignalView view(DefectSignal s, List<Complaint> recent) {
        ProductRef product = recent.stream().filter(c -> c.details().product().key().equals(s.productKey()))
                .map(c -> c.details().product()).findFirst().orElse(new ProductRef(null, null));
        return new SignalView(s, product.gtin(), product.model(), investigations.forSignal(s.id()).orElse(null));
    }
}
