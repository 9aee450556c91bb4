package org.importwindow.tariff.duty;

import java.math.BigDecimal;
import java.util.List;

/** A compound duty: the sum of its terms, e.g. {@code 6% + 51500 CNY/PCE}. */
public record Compound(List<DutyExpression> terms) implements DutyExpression {

    public Compound {
        terms = List.copyOf(terms);
        if (terms.size() < 2) {
            throw new IllegalArgumentException("a compound duty has at least two terms");
        }
        for (DutyExpression t : terms) {
            if (t instanceof Compound) {
                throw new IllegalArgumentException("compound terms are flattened; nest with MIN/MAX/IF only");
            }
        }
    }

    public static Compound of(DutyExpression... terms) {
        return new Compound(List.of(terms));
    }

    @Override
    public ResolvedDuty resolve(DutyBase base) {
        BigDecimal rate = BigDecimal.ZERO;
        BigDecimal specific = BigDecimal.ZERO;
        String branch = null;
        for (int i = 0; i < terms.size(); i++) {
            ResolvedDuty r = terms.get(i).resolve(base);
            rate = rate.add(r.adValoremRate());
            specific = specific.add(r.specificAmount());
            if (r.branch() != null) {
                branch = branch == null ? r.branch() : branch + " + " + r.branch();
            }
        }
        return new ResolvedDuty(rate, specific, branch);
    }

    @Override
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                sb.append(" + ");
            }
            sb.append(terms.get(i).text());
        }
        return sb.toString();
    }

    @Override
    public boolean needsQuantity() {
        for (DutyExpression t : terms) {
            if (t.needsQuantity()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void collectUnits(List<Unit> into) {
        for (DutyExpression t : terms) {
            t.collectUnits(into);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
