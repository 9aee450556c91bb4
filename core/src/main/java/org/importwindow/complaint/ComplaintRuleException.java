package org.importwindow.complaint;

/** A complaint rule broken: bad input (CMP-0xx) or a step not allowed in the complaint's state (CMP-1xx). */
public class ComplaintRuleException extends RuntimeException {

    private final String code;

    public ComplaintRuleException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
