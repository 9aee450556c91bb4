package org.importwindow.ecommerce;

import java.time.LocalDate;
import java.util.List;

/**
 * A return (CEB625) of some or all lines of an accepted inventory list.
 *
 * @param returnId          the return's identity: resending it credits nothing more
 * @param listTransactionId the transaction id the list was debited under ({@link CbecTax#assessAndDebit})
 * @param bill              the list's tax bill
 * @param releaseDate       the day the list was released (status 800)
 * @param returnDate        the day the return is applied for
 */
public record CbecReturnRequest(String returnId, String listTransactionId, String buyerIdNumber, CbecTaxBill bill,
                                LocalDate releaseDate, LocalDate returnDate, List<ReturnedLine> lines) {
    public CbecReturnRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
