package org.importwindow.assessment;

import java.util.List;

/** A request that cannot be assessed; carries every violation found, not just the first. */
public class InvalidRequestException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid request"
                : violations.size() + " error(s): " + violations.get(0).code() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
