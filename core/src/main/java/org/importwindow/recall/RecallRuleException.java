package org.importwindow.recall;

import java.util.List;

/** A step refused, with every reason; nothing of it is recorded. */
public class RecallRuleException extends RuntimeException {
    private final transient List<RecallViolation> violations;
    private final boolean conflict;

    public RecallRuleException(List<RecallViolation> violations, boolean conflict) {
        super(violations.isEmpty() ? "refused" : violations.get(0).code() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
        this.conflict = conflict;
    }

    /** Bad input: the step's data breaks a rule. */
    public static RecallRuleException invalid(List<RecallViolation> violations) {
        return new RecallRuleException(violations, false);
    }

    /** The step does not fit the case's state (e.g. a notice before a plan). */
    public static RecallRuleException conflict(String code, String message, String messageZh) {
        return new RecallRuleException(List.of(new RecallViolation(code, "", message, messageZh)), true);
    }

    public List<RecallViolation> violations() {
        return violations;
    }

    /** Whether the step conflicts with the case's state (rather than carrying bad data). */
    public boolean conflict() {
        return conflict;
    }
}
