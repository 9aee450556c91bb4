package org.importwindow.tariff.duty;

/** A duty expression that cannot be parsed, or cannot be evaluated for the goods (e.g. no quantity in the needed unit). */
public class DutyExpressionException extends RuntimeException {
    private final String code;

    public DutyExpressionException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable rule code, e.g. {@code DUT-001}. */
    public String code() {
        return code;
    }
}
