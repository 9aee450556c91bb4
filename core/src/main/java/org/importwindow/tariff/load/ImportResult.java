package org.importwindow.tariff.load;

import java.util.List;
import org.importwindow.tariff.Measure;

/**
 * The outcome of reading a measure file: either every measure (no errors) or every error found (no measures) —
 * never part of a file.
 *
 * @param rowsRead measure rows read (the header not counted)
 */
public record ImportResult(List<Measure> measures, List<MeasureFileError> errors, long rowsRead) {

    public ImportResult {
        measures = List.copyOf(measures);
        errors = List.copyOf(errors);
        if (!errors.isEmpty() && !measures.isEmpty()) {
            throw new IllegalArgumentException("a failed import carries no measures");
        }
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The measures, or an exception listing the errors. */
    public List<Measure> orThrow() {
        if (!isValid()) {
            throw new MeasureFileException(errors);
        }
        return measures;
    }
}
