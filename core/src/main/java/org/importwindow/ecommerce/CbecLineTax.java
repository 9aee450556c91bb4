package org.importwindow.ecommerce;

import java.math.BigDecimal;
import org.importwindow.assessment.AppliedDuty;
import org.importwindow.assessment.AppliedTax;
import org.importwindow.assessment.ItemAssessment;

/**
 * The taxes of one line, in yuan to the fen.
 *
 * @param quantity                the quantity the rates used ({@link CbecLine#quantity()})
 * @param declaredQuantity        what a return of this line is counted in: the declared item count
 *                                ({@link CbecLine#ITEM_COUNT}) when given, else {@code quantity}
 * @param freight                 the line's share of the list's freight (in proportion to its price)
 * @param insurance               the line's share of the insurance
 * @param dutiablePrice           price + freight share + insurance share: the line's dutiable price
 * @param customsTax              duty charged (0.00 within the limits)
 * @param valueAddedTax           import VAT charged (70% of the statutory amount within the limits)
 * @param consumptionTax          consumption tax charged (likewise)
 * @param statutoryValueAddedTax  the statutory VAT the engine computed (with duty 0 within the limits)
 * @param statutoryConsumptionTax the statutory consumption tax the engine computed
 * @param duty                    the duty measure applied (within the limits: the 0% of the CBEC policy)
 * @param consumptionTaxMeasure   the consumption-tax measure (measureSid 0 when none applies)
 * @param vatMeasure              the VAT measure
 * @param positiveListSid         the positive-list measure that admits the line
 * @param assessment              the engine's assessment of the line, with its explanation
 */
public record CbecLineTax(int gnum, String commodityCode, BigDecimal quantity, BigDecimal declaredQuantity,
                          BigDecimal price, BigDecimal freight,
                          BigDecimal insurance, BigDecimal dutiablePrice, BigDecimal customsTax,
                          BigDecimal valueAddedTax, BigDecimal consumptionTax, BigDecimal taxTotal,
                          BigDecimal statutoryValueAddedTax, BigDecimal statutoryConsumptionTax, AppliedDuty duty,
                          AppliedTax consumptionTaxMeasure, AppliedTax vatMeasure, long positiveListSid,
                          ItemAssessment assessment) {
}
