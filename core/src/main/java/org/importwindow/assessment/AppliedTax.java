package org.importwindow.assessment;

import java.math.BigDecimal;
import org.importwindow.tariff.LegalAct;

/**
 * Consumption tax or VAT on an item: the expression (VAT: the rate, e.g. {@code 13%}), the rate as a fraction for
 * VAT (null otherwise), the amount in yuan rounded to the fen, and the legal act; measureSid 0 when no tax applies.
 */
public record AppliedTax(long measureSid, String expression, BigDecimal rate, BigDecimal amount, LegalAct legalAct) {
}
