package org.importwindow.ecommerce.message;

import java.util.List;

/** A message refused as a message (format, schema, type or size), with every error found. */
public class CebMessageException extends RuntimeException {
    private final List<CebMessageError> errors;

    public CebMessageException(List<CebMessageError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refused message names at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public CebMessageException(CebMessageError error) {
        this(List.of(error));
    }

    /** Every error found, in document order (validation goes on after the first, up to a limit). */
    public List<CebMessageError> errors() {
        return errors;
    }

    /** The code of the first error, e.g. {@code CEB-002}. */
    public String code() {
        return errors.get(0).code();
    }

    private static String summary(List<CebMessageError> errors) {
        if (errors.isEmpty()) {
            return "no error";
        }
        String first = errors.get(0).describe();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more)";
    }
}
