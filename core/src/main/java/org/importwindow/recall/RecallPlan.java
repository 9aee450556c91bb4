package org.importwindow.recall;

import java.time.LocalDate;
import java.util.List;

/**
 * The producer's (importer's) recall plan as reported to the regulator: the products, the defect, the hazard and
 * its risk level, the remedy, and the date by which the recall is to be completed (the summary report is due
 * after it).
 *
 * @param defectConfirmedOn the day the producer considered the product defective (the plan's deadline runs from it)
 */
public record RecallPlan(List<RecalledProduct> products, String defect, String hazard, RiskLevel riskLevel,
                         Remedy remedy, LocalDate defectConfirmedOn, LocalDate plannedCompletion,
                         String consumerContact) {

    public RecallPlan {
        products = products == null ? List.of() : List.copyOf(products);
    }

    /** Units affected, all products together. */
    public long quantity() {
        return products.stream().mapToLong(RecalledProduct::quantity).sum();
    }
}
