package org.importwindow.declaration;

import java.util.List;
import org.importwindow.assessment.Assessment;
import org.importwindow.declaration.risk.RiskResult;

/**
 * A declaration lodged (or amended): the request, its CIF valuation, the assessment, the risk result, the events the
 * workflow recorded and the state after them. The caller stores all of it.
 */
public record Lodgement(DeclarationRequest request, CifValuation.CifValues valuation, Assessment assessment,
                        RiskResult risk, List<DeclarationEvent> events, DeclarationState state) {
    public Lodgement {
        events = List.copyOf(events);
    }
}
