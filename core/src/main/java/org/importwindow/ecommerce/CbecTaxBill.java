package org.importwindow.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.importwindow.allowance.DebitResult;
import org.importwindow.assessment.Explanation;
import org.importwindow.assessment.Language;

/**
 * The taxes of an accepted inventory list, like a CEB816 tax bill: per line and in total, in yuan to the fen
 * (half-up). Totals are the sums of the lines. No 50-yuan waiver applies to cross-border e-commerce.
 *
 * @param fraction    the fraction of the statutory VAT and consumption tax charged (0.7 within the limits, 1 in
 *                    full)
 * @param dutiablePrice goods + freight + insurance: the amount counted against the buyer's limits
 * @param allowance   the ledger's acceptance (the buyer's usage and what remains this year), or null when the bill
 *                    was computed against a given usage without a ledger
 */
public record CbecTaxBill(LocalDate date, CbecTaxMode mode, BigDecimal fraction, BigDecimal goodsValue,
                          BigDecimal freight, BigDecimal insuredFee, BigDecimal dutiablePrice, List<CbecLineTax> lines,
                          BigDecimal customsTax, BigDecimal valueAddedTax, BigDecimal consumptionTax,
                          BigDecimal taxTotal, DebitResult.Accepted allowance, List<String> explanation)
        implements CbecTaxResult {

    public CbecTaxBill {
        lines = List.copyOf(lines);
        explanation = explanation instanceof Explanation ? explanation : List.copyOf(explanation);
    }

    @Override
    public boolean accepted() {
        return true;
    }

    /** The explanation in {@code language} (English as {@link #explanation()}). */
    public List<String> explanation(Language language) {
        return Explanation.in(explanation, language);
    }

    /** The same bill with the ledger's acceptance. */
    CbecTaxBill withAllowance(DebitResult.Accepted accepted) {
        return new CbecTaxBill(date, mode, fraction, goodsValue, freight, insuredFee, dutiablePrice, lines,
                customsTax, valueAddedTax, consumptionTax, taxTotal, accepted, explanation);
    }
}
