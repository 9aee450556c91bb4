package org.importwindow.tariff.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;

/** Writes measure rows as a measure file, header first. */
public final class MeasureFileWriter {
    private MeasureFileWriter() {
    }

    public static void write(Iterable<MeasureRow> rows, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, MeasureFileFormat.CSV);
            printer.printRecord(MeasureFileFormat.COLUMNS);
            for (MeasureRow row : rows) {
                printer.printRecord(row.cells());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a string (for small files and tests). */
    public static String toCsv(Iterable<MeasureRow> rows) {
        java.io.StringWriter w = new java.io.StringWriter();
        write(rows, w);
        return w.toString();
    }
}
