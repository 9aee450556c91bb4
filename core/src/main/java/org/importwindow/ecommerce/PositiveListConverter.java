package org.importwindow.ecommerce;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.load.MeasureFileWriter;
import org.importwindow.tariff.load.MeasureRow;

/**
 * Turns the positive-list sample ({@code data/cn-cbec-positive-list-sample.csv}: {@code hs8,description_zh,note})
 * into the measure file {@code law/measures/cbec-positive-list.csv}: one {@code CBEC_POSITIVE_LIST} measure per line,
 * area {@code ERGA_OMNES}, in force from 2020-01-01 (the 2019 edition of the list, {@code CBEC-LIST-2019}, as adjusted
 * from 2022-03-01), sids {@value #FIRST_SID} upward in the sample's order. A test keeps the committed file equal to
 * this output. A fuller list (the official attachment) is loaded the same way from its own measure file.
 *
 * <p>Re-run from the repository root:
 * {@code java -cp ... org.importwindow.ecommerce.PositiveListConverter [sample.csv] [measures.csv]}
 */
public final class PositiveListConverter {
    public static final long FIRST_SID = 5_000_001L;
    public static final String VALID_FROM = "2020-01-01";
    public static final String LEGAL_ACT = "CBEC-LIST-2019";

    private PositiveListConverter() {
    }

    /** The measure rows for the sample's lines. */
    public static List<MeasureRow> convert(Reader sample) {
        List<MeasureRow> rows = new ArrayList<>();
        try {
            long sid = FIRST_SID;
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(sample)) {
                String code = r.get("hs8").trim();
                if (!code.matches("\\d{8}")) {
                    throw new IllegalArgumentException("row " + r.getRecordNumber() + ": hs8 must be 8 digits: " + code);
                }
                rows.add(new MeasureRow(sid++, MeasureType.CBEC_POSITIVE_LIST.name(), code, "ERGA_OMNES", null,
                        VALID_FROM, null, null, List.of(), List.of(), LEGAL_ACT, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args.length > 0 ? args[0] : "core/src/main/resources/data/cn-cbec-positive-list-sample.csv");
        Path out = Path.of(args.length > 1 ? args[1] : "core/src/main/resources/law/measures/cbec-positive-list.csv");
        List<MeasureRow> rows;
        try (Reader in = Files.newBufferedReader(sample, StandardCharsets.UTF_8)) {
            rows = convert(in);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            MeasureFileWriter.write(rows, w);
        }
        System.out.println(rows.size() + " positive-list measures written to " + out);
    }
}
