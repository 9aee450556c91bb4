package org.importwindow.tariff.load;

import java.util.List;
import java.util.stream.Collectors;

/** A measure file (or a bundled one) that has errors; nothing of it was imported. */
public class MeasureFileException extends RuntimeException {
    private final List<MeasureFileError> errors;

    public MeasureFileException(List<MeasureFileError> errors) {
        super(errors.size() + " error(s): " + errors.stream().limit(20).map(MeasureFileError::toString)
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<MeasureFileError> errors() {
        return errors;
    }
}
