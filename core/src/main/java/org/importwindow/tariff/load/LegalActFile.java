package org.importwindow.tariff.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.LegalAct;

/**
 * Reads the legal acts file: {@code id,reference,title_zh,title_en,published,url,notes} ({@code notes} optional;
 * it says e.g. what could not be verified). Throws {@link MeasureFileException} listing every bad row.
 */
public final class LegalActFile {
    static final List<String> REQUIRED = List.of("id", "reference", "title_zh", "title_en", "published", "url");

    private LegalActFile() {
    }

    public static List<LegalAct> read(Reader in) {
        List<LegalAct> acts = new ArrayList<>();
        List<MeasureFileError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(in, headerFormat())) {
            if (!parser.getHeaderNames().containsAll(REQUIRED)) {
                throw new MeasureFileException(List.of(new MeasureFileError(1, "", MeasureRule.HEADER,
                        "legal acts header must have " + String.join(",", REQUIRED) + "; was "
                                + parser.getHeaderNames())));
            }
            for (CSVRecord r : parser) {
                long row = r.getRecordNumber() + 1;
                String id = r.get("id").strip();
                if (id.isEmpty() || !ids.add(id)) {
                    errors.add(new MeasureFileError(row, "id", MeasureRule.LEGAL_ACT,
                            id.isEmpty() ? "id is missing" : "id " + id + " appears twice"));
                    continue;
                }
                LocalDate published = null;
                String p = r.get("published").strip();
                if (!p.isEmpty()) {
                    try {
                        published = LocalDate.parse(p);
                    } catch (DateTimeParseException e) {
                        errors.add(new MeasureFileError(row, "published", MeasureRule.VALID_FROM,
                                "'" + p + "' is not a date of the form YYYY-MM-DD"));
                        continue;
                    }
                }
                String url = r.get("url").strip();
                acts.add(new LegalAct(id, r.get("reference").strip(), r.get("title_zh").strip(),
                        r.get("title_en").strip(), published, url.isEmpty() ? null : url));
            }
        } catch (IOException | UncheckedIOException e) {
            errors.add(new MeasureFileError(0, "", MeasureRule.FILE, e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new MeasureFileException(errors);
        }
        return acts;
    }

    static CSVFormat headerFormat() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    }
}
