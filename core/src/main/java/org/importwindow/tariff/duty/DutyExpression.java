package org.importwindow.tariff.duty;

import java.util.ArrayList;
import java.util.List;

/**
 * A duty expression parsed once into a small tree and evaluated with BigDecimal: ad valorem ({@code 14%}),
 * specific ({@code 0.6 CNY/KGM}, {@code 250 CNY/988LTR}), compound ({@code 6% + 51500 CNY/PCE}), minimum and
 * maximum forms ({@code MIN(20%, 2000 CNY/TNE)}) and value bands
 * ({@code IF(UNITVALUE <= 5000 USD/PCE, 130%, 6% + 51500 CNY/PCE)}). The syntax is documented in
 * {@code docs/measure-file-format.md}.
 */
public sealed interface DutyExpression
        permits AdValorem, Specific, Compound, Minimum, Maximum, ValueBand {

    /** Resolve into rate and specific amount for one item. Throws {@link DutyExpressionException} when it cannot. */
    ResolvedDuty resolve(DutyBase base);

    /** Canonical text; parsing it yields an equal expression. */
    String text();

    /** Whether evaluation needs a declared quantity. */
    boolean needsQuantity();

    /** The units whose quantity evaluation may need (empty for purely ad valorem expressions). */
    default List<Unit> units() {
        List<Unit> units = new ArrayList<>(2);
        collectUnits(units);
        return units;
    }

    /** Adds the units this expression may need to {@code into}. */
    void collectUnits(List<Unit> into);

    /** Parse an expression, or throw {@link DutyExpressionException} saying what is wrong and where. */
    static DutyExpression parse(String text) {
        return DutyExpressionParser.parse(text);
    }
}
