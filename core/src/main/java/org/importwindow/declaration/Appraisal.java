package org.importwindow.declaration;

import java.math.BigDecimal;
import org.importwindow.assessment.Assessment;
import org.importwindow.declaration.risk.RiskResult;

/**
 * What lodging or amending found: the totals of the assessment (yuan) and the risk result. The workflow records it
 * in events; the full assessment is stored by the caller.
 */
public record Appraisal(BigDecimal duty, BigDecimal consumptionTax, BigDecimal vat, BigDecimal payable,
                        RiskResult risk) {

    public static Appraisal of(Assessment assessment, RiskResult risk) {
        return new Appraisal(assessment.totals().duty(), assessment.totals().consumptionTax(),
                assessment.totals().vat(), assessment.totals().payable(), risk);
    }
}
