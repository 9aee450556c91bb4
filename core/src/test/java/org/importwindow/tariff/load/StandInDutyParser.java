package org.importwindow.tariff.load;

import java.util.regex.Pattern;
import org.importwindow.tariff.duty.DutyBase;
import org.importwindow.tariff.duty.DutyExpression;
import org.importwindow.tariff.duty.DutyExpressionException;
import org.importwindow.tariff.duty.ResolvedDuty;

/**
 * Stands in for DutyExpression.parse (built on another branch): accepts the shapes of the CONTEXT syntax and keeps
 * the text, so the importer can be tested on its own.
 */
final class StandInDutyParser {
    private static final String NUM = "\\d+(\\.\\d+)?";
    private static final String UNITS = "(KGM|GRM|TNE|LTR|MLT|MTQ|MTK|MTR|PCE|PR|HEAD|STICK|KSTICK|CARTON)";
    private static final String TERM = "(" + NUM + "%|" + NUM + " (CNY|USD)/(" + NUM + ")?" + UNITS + ")";
    private static final String SUM = TERM + "( \\+ " + TERM + ")*";
    private static final Pattern SHAPE = Pattern.compile(SUM + "|(MIN|MAX)\\(" + SUM + ", " + SUM + "\\)"
            + "|IF\\(UNITVALUE (<=|<|>=|>) " + NUM + " (CNY|USD)/" + UNITS + ", " + SUM + ", " + SUM + "\\)");

    private StandInDutyParser() {
    }

    static DutyExpression parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            throw new DutyExpressionException("DUT-001", "not a duty expression: " + text);
        }
        return new Text(text);
    }

    record Text(String text) implements DutyExpression {
        @Override
        public ResolvedDuty resolve(DutyBase base) {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public boolean needsQuantity() {
            return text.contains("/");
        }
    }
}
