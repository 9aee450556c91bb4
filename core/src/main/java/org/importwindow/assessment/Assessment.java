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
}
