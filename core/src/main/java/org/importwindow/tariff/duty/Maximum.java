package org.importwindow.tariff.duty;

import java.util.List;

/** The higher of two duties on the goods' customs value, e.g. {@code MAX(5%, 160 CNY/TNE)}. */
public record Maximum(DutyExpression a, DutyExpression b) implements DutyExpression {

    public Maximum {
        if (a == null || b == null) {
            throw new IllegalArgumentException("MAX needs two expressions");
        }
    }

    @Override
    public ResolvedDuty resolve(DutyBase base) {
        return Choice.resolve(a, b, base, false);
    }

    @Override
    public String text() {
        return "MAX(" + a.text() + ", " + b.text() + ")";
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
