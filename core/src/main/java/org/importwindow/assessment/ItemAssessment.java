package org.importwindow.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The assessment of one goods item.
 *
 * @param customsValueCny the customs value in yuan, rounded to the fen
 * @param explanation     plain sentences saying which measures applied and why
 * @param alternatives    every duty measure considered, with why it was or was not taken
 */
public record ItemAssessment(int index, String commodityCode, String origin, BigDecimal customsValueCny,
                             AppliedDuty duty, List<AppliedDuty> additionalDuties, AppliedTax consumptionTax,
                             AppliedTax vat, List<String> explanation, List<Alternative> alternatives) {
    public ItemAssessment {
        additionalDuties = List.copyOf(additionalDuties);
        explanation = explanation instanceof Explanation ? explanation : List.copyOf(explanation);
        alternatives = List.copyOf(alternatives);
    }

    /** Customs duty plus additional duties. */
    public BigDecimal totalDuty() {
        BigDecimal d = duty.amount();
        for (AppliedDuty a : additionalDuties) {
            d = d.add(a.amount());
        }
        return d;
    }

    /** The explanation in {@code language} (English as {@link #explanation()}). */
    public List<String> explanation(Language language) {
        return Explanation.in(explanation, language);
    }

    /** The explanation in the language of a tag such as {@code zh} or {@code en}. */
    public List<String> explanation(String language) {
        return explanation(Language.of(language));
    }
}
