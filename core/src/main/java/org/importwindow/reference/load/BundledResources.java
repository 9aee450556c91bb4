package org.importwindow.reference.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV files bundled under {@code data/} on the class path. Shared by the reference, nomenclature and
 * exchange-rate loaders so they all treat encodings and byte-order marks the same way.
 */
public final class BundledResources {
    /** Where the bundled reference files live on the class path. */
    public static final String DATA_DIR = "data/";

    private BundledResources() {
    }

    /** Opens {@code data/<name>} from the class path as UTF-8; fails with REF-001 when it is missing. */
    public static Reader open(String name) {
        InputStream in = BundledResources.class.getClassLoader().getResourceAsStream(DATA_DIR + name);
        if (in == null) {
            throw new ReferenceDataException("REF-001", "bundled file data/" + name + " is missing from the class path");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** A source of named files: the bundled class-path files by default, or anything a caller supplies. */
    public static Function<String, Reader> bundled() {
        return BundledResources::open;
    }

    /**
     * Parses a CSV with a header line into records. A UTF-8 byte-order mark (sections.csv and country-codes.csv
     * start with one) is skipped so the first column keeps its plain name.
     */
    public static List<CSVRecord> read(Reader reader, String name) {
        try (Reader r = skipBom(reader);
             CSVParser parser = CSVFormat.DEFAULT.builder()
                     .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(false)
                     .get().parse(r)) {
            return new ArrayList<>(parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ReferenceDataException("REF-002", name + ": malformed CSV: " + e.getMessage());
        }
    }

    /** Reads a named file from a source. */
    public static List<CSVRecord> read(Function<String, Reader> source, String name) {
        return read(source.apply(name), name);
    }

    /** The value of a column, trimmed; empty when the column is absent or blank. */
    public static String get(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return "";
        }
        String v = record.get(column);
        return v == null ? "" : v.strip();
    }

    private static Reader skipBom(Reader reader) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        r.mark(1);
        int first = r.read();
        if (first != '\uFEFF' && first != -1) {
            r.reset();
        }
        return r;
    }
}
