package org.importwindow.tariff.duty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A duty that depends on the customs value per unit, e.g.
 * {@code IF(UNITVALUE <= 5000 USD/PCE, 130%, 6% + 51500 CNY/PCE)}: the unit value (customs value in yuan divided by
 * the quantity in {@code unit}) is compared with {@code threshold} converted into yuan at the customs rate.
 */
public record ValueBand(BigDecimal threshold, String currency, Unit unit, Comparison comparison,
                        DutyExpression ifTrue, DutyExpression ifFalse) implements DutyExpression {

    public ValueBand {
        threshold = Numbers.canonical(threshold);
        currency = currency == null ? Specific.YUAN : currency;
        if (unit == null || comparison == null || ifTrue == null || ifFalse == null) {
            throw new IllegalArgumentException("a value band needs unit, comparison and both branches");
        }
    }

    @Override
    public ResolvedDuty resolve(DutyBase base) {
        BigDecimal quantity = Specific.quantityIn(base, unit, this);
        if (quantity.signum() <= 0) {
            throw new DutyExpressionException("DUT-010", text() + " needs a quantity greater than zero");
        }
        BigDecimal thresholdYuan = threshold;
        if (!Specific.YUAN.equals(currency)) {
            BigDecimal rate = base.yuanPerCurrencyUnit() == null ? null : base.yuanPerCurrencyUnit().apply(currency);
            if (rate == null) {
                throw new DutyExpressionException("DUT-012",
                        "no customs exchange rate for " + currency + " to evaluate " + text());
            }
            thresholdYuan = threshold.multiply(rate);
        }
        BigDecimal unitValue = base.customsValueCny().divide(quantity, MathContext.DECIMAL64);
        boolean holds = comparison.holds(unitValue.compareTo(thresholdYuan));
        DutyExpression chosen = holds ? ifTrue : ifFalse;
        return ResolvedDuty.branch(chosen.resolve(base), chosen);
    }

    @Override
    public String text() {
        return "IF(UNITVALUE " + comparison.symbol() + " " + threshold.toPlainString() + " " + currency + "/"
                + unit.name() + ", " + ifTrue.text() + ", " + ifFalse.text() + ")";
    }

    @Override
    public boolean needsQuantity() {
        return true;
    }

    @Override
    public void collectUnits(List<Unit> into) {
        into.add(unit);
        ifTrue.collectUnits(into);
        ifFalse.collectUnits(into);
    }

    @Override
    public String toString() {
        return text();
    }
}
