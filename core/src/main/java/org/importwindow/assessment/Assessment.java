package org.importwindow.assessment;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.exchange.ExchangeRate;

/**
 * The assessment of a consignment: the exchange rate used (null for CNY), each item and the totals.
 */
public record Assessment(LocalDate date, String currency, ExchangeRate exchangeRate, List<ItemAssessment> items,
                         Totals totals, List<String> explanation) {
    public Assessment {
        items = List.copyOf(items);
        explanation = explanation instanceof Explanation ? explanation : List.copyOf(explanation);
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
