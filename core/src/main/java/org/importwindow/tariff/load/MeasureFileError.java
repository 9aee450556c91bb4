package org.importwindow.tariff.load;

/**
 * What is wrong with one row of a measure file.
 *
 * @param row    record number in the file: 1 is the header, the first measure is row 2 (the line number unless a
 *               quoted cell holds a line break)
 * @param column the column name, or empty when the row as a whole is wrong
 * @param code   stable rule code, {@code MSR-xxx} (see {@link MeasureRule})
 */
public record MeasureFileError(long row, String column, String code, String message) {

    public MeasureFileError(long row, String column, MeasureRule rule, String message) {
        this(row, column, rule.code(), message);
    }

    @Override
    public String toString() {
        return "row " + row + (column.isEmpty() ? "" : ", " + column) + ": " + code + " " + message;
    }
}
