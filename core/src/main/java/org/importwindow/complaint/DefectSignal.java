package org.importwindow.complaint;

import java.util.List;

/**
 * The test of one product in one week, with its figures so a regulator can judge it: the week's count, the baseline
 * counts and their mean, the expected count used (mean, floored), the Poisson tail probability, and whether it is
 * flagged. {@code groups} are the week's complaints grouped by similar description (references, largest first).
 */
public record DefectSignal(String id, String productKey, String productLabel, IsoWeek week, int observed,
                           List<Integer> baselineCounts, double baselineMean, double expected, double pValue,
                           boolean flagged, List<List<ProductComplaint>> groups) {

    public List<String> references() {
        return groups.stream().flatMap(List::stream).map(ProductComplaint::reference).toList();
    }
}
