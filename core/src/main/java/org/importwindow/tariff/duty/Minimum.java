package org.importwindow.tariff.duty;

import java.util.List;

/** The lower of two duties on the goods' customs value, e.g. {@code MIN(10%, 900 CNY/TNE)}. */
public record Minimum(DutyExpression a, DutyExpression b) implements DutyExpression {

    public Minimum {
        if (a == null || b == null) {
            throw new IllegalArgumentException("MIN needs two expressions");
        }
    }

    @Override
    public ResolvedDuty resolve(DutyBase base) {
        return Choice.resolve(a, b, base, true);
    }

    @Override
    public String text() {
        return "MIN(" + a.text() + ", " + b.text() + ")";
    }

    @Override
    public boolean needsQuantity() {
        return a.needsQuantity() || b.needsQuantity();
    }

    @Override
    public void collectUnits(List<Unit> into) {
        a.collectUnits(into);
        b.collectUnits(into);
    }

    @Override
    public String toString() {
        return text();
    }
}
