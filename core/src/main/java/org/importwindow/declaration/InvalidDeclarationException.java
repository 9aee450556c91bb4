package org.importwindow.declaration;

import java.util.List;
import org.importwindow.assessment.Violation;

/** A declaration that cannot be lodged or amended; carries every error found, not just the first. */
public class InvalidDeclarationException extends RuntimeException {
    private final List<DeclarationError> errors;

    public InvalidDeclarationException(List<DeclarationError> errors) {
        super(errors.isEmpty() ? "invalid declaration"
                : errors.size() + " error(s): " + errors.get(0).code() + " " + errors.get(0).messageEn());
        this.errors = List.copyOf(errors);
    }

    public List<DeclarationError> errors() {
        return errors;
    }

    public List<Violation> violations() {
        return errors.stream().map(DeclarationError::toViolation).toList();
    }
}
