package org.importwindow.tariff.duty;

/** Parses the duty expression syntax of docs/measure-file-format.md. */
final class DutyExpressionParser {
    private DutyExpressionParser() {
    }

    static DutyExpression parse(String text) {
        throw new DutyExpressionException("DUT-000", "not implemented yet");
    }
}
