package org.importwindow.declaration.risk;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.enterprise.Enterprise;

/**
 * A declaration as the risk rules see it.
 *
 * @param previousDeclarations how many declarations the importer lodged before this one (0 = first-time importer)
 */
public record RiskInput(String reference, LocalDate date, Enterprise importer, int previousDeclarations,
                        List<RiskItem> items) {
    public RiskInput {
        items = List.copyOf(items);
    }
}
