package org.importwindow.tariff.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.Footnote;

/** Reads and writes footnote files: {@code id,text_zh,text_en}. */
public final class FootnoteFile {
    static final List<String> COLUMNS = List.of("id", "text_zh", "text_en");

    private FootnoteFile() {
    }

    public static List<Footnote> read(Reader in) {
        List<Footnote> notes = new ArrayList<>();
        List<MeasureFileError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(in, LegalActFile.headerFormat())) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                throw new MeasureFileException(List.of(new MeasureFileError(1, "", MeasureRule.HEADER,
                        "footnote header must be id,text_zh,text_en; was " + parser.getHeaderNames())));
            }
            for (CSVRecord r : parser) {
                String id = r.get("id").strip();
                if (id.isEmpty() || !ids.add(id)) {
                    errors.add(new MeasureFileError(r.getRecordNumber() + 1, "id", MeasureRule.FOOTNOTE,
                            id.isEmpty() ? "id is missing" : "footnote " + id + " appears twice"));
                    continue;
                }
                notes.add(new Footnote(id, r.get("text_zh").strip(), r.get("text_en").strip()));
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(new MeasureFileError(0, "", MeasureRule.FILE, e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new MeasureFileException(errors);
        }
        return notes;
    }

    public static void write(Iterable<Footnote> notes, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, MeasureFileFormat.CSV);
            printer.printRecord(COLUMNS);
            for (Footnote f : notes) {
                printer.printRecord(f.id(), f.textZh(), f.textEn());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
