package org.importwindow.tariff.duty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A specific duty: an amount of money per quantity of a unit, e.g. {@code 0.6 CNY/KGM} or {@code 250 CNY/988LTR}
 * (250 yuan per 988 litres).
 *
 * @param amount   money per {@code per} units
 * @param currency ISO 4217 code of {@code amount}; Chinese specific duties are in yuan ({@code CNY})
 * @param per      how many units the amount is for (1 unless written, e.g. 988 in {@code 250 CNY/988LTR})
 * @param unit     the unit of quantity
 */
public record Specific(BigDecimal amount, String currency, BigDecimal per, Unit unit) implements DutyExpression {
    public static final String YUAN = "CNY";

    public Specific {
        amount = Numbers.canonical(amount);
        per = per == null ? BigDecimal.ONE : Numbers.canonical(per);
        currency = currency == null ? YUAN : currency;
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (per.signum() <= 0) {
            throw new IllegalArgumentException("per must be positive: " + per);
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
    }

    public static Specific yuanPer(String amount, Unit unit) {
        return new Specific(new BigDecimal(amount), YUAN, BigDecimal.ONE, unit);
    }

    @Override
    public ResolvedDuty resolve(DutyBase base) {
        BigDecimal quantity = quantityIn(base, unit, this);
        BigDecimal yuan = amount;
        if (!YUAN.equals(currency)) {
            BigDecimal rate = base.yuanPerCurrencyUnit() == null ? null : base.yuanPerCurrencyUnit().apply(currency);
            if (rate == null) {
                throw new DutyExpressionException("DUT-012",
                        "no customs exchange rate for " + currency + " to evaluate " + text());
            }
            yuan = amount.multiply(rate);
        }
        BigDecimal specific = quantity.multiply(yuan);
        if (per.compareTo(BigDecimal.ONE) != 0) {
            specific = specific.divide(per, MathContext.DECIMAL64);
        }
        return new ResolvedDuty(BigDecimal.ZERO, specific, null);
    }

    /** The base's quantity in {@code unit}, or a DUT-010 / DUT-011 error naming {@code expression}. */
    static BigDecimal quantityIn(DutyBase base, Unit unit, DutyExpression expression) {
        if (base.quantity() == null) {
            throw new DutyExpressionException("DUT-010",
                    expression.text() + " needs the quantity in " + unit.nameEn() + "s (" + unit.name() + ")");
        }
        if (base.unit() == null) {
            throw new DutyExpressionException("DUT-010",
                    expression.text() + " needs the unit of the quantity (" + unit.name() + " or a unit convertible into it)");
        }
        if (base.unit() == unit) {
            return base.quantity();
        }
        if (base.unit().dimension() != unit.dimension()) {
            throw new DutyExpressionException("DUT-011", expression.text() + " needs a quantity in " + unit.name()
                    + "; " + base.unit().name() + " cannot be converted into it");
        }
        return base.unit().convert(base.quantity(), unit).orElseThrow();
    }

    @Override
    public String text() {
        String perText = per.compareTo(BigDecimal.ONE) == 0 ? "" : per.toPlainString();
        return amount.toPlainString() + " " + currency + "/" + perText + unit.name();
    }

    @Override
    public boolean needsQuantity() {
        return true;
    }

    @Override
    public void collectUnits(List<Unit> into) {
        into.add(unit);
    }

    @Override
    public String toString() {
        return text();
    }
}
