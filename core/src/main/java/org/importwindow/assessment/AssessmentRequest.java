package org.importwindow.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A consignment to assess: the declaration date (the rates in force that day apply), the currency of the declared
 * values (CNY when null) and its goods items.
 */
public record AssessmentRequest(LocalDate date, String currency, List<ItemRequest> items) {
    public AssessmentRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
