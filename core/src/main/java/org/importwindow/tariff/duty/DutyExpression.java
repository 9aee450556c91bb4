package org.importwindow.tariff.duty;

/**
 * A duty expression parsed once into a small tree and evaluated with BigDecimal: ad valorem ({@code 14%}),
 * specific ({@code 0.6 CNY/KGM}, {@code 250 CNY/988LTR}), compound ({@code 6% + 51500 CNY/PCE}), minimum and
 * maximum forms ({@code MIN(20%, 2000 CNY/TNE)}) and value bands. The syntax is documented in
 * {@code docs/measure-file-format.md}.
 */
public interface DutyExpression {

    /** Resolve into rate and specific amount for one item. Throws {@link DutyExpressionException} when it cannot. */
    ResolvedDuty resolve(DutyBase base);

    /** Canonical text; parsing it yields an equal expression. */
    String text();

    /** Whether evaluation needs a declared quantity. */
    boolean needsQuantity();

    /** Parse an expression, or throw {@link DutyExpressionException} saying what is wrong and where. */
    static DutyExpression parse(String text) {
        return DutyExpressionParser.parse(text);
    }
}
