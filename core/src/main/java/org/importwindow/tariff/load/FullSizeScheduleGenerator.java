package org.importwindow.tariff.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.duty.DutyExpression;

/**
 * A deterministic synthetic national schedule of full size — about 9,000 8-digit lines under the real HS 2022
 * subheadings and about 250,000 measures (MFN, general, provisional on about a tenth of lines, conventional rates
 * for every arrangement on most lines, special preferential, a few anti-dumping and additional duties, consumption
 * tax and VAT by chapter) — to prove the importer, the schedule and the engine at national scale. The rates are
 * invented: every measure cites {@link #LEGAL_ACT}, never a real act. The same subheadings give the same schedule.
 */
public final class FullSizeScheduleGenerator {
    public static final String LEGAL_ACT = "SYNTHETIC-SCHEDULE";
    public static final long SID_BASE = 100_000_000L;
    static final String FROM = "2026-01-01";
    static final List<String> CONVENTIONAL = List.of("AP", "AS", "CL", "PK", "NZ", "SG", "PE", "CR", "CH", "IS", "KR",
            "AU", "GE", "MU", "ASR", "AUR", "JPR", "KRR", "NZR", "KH", "NI", "EC", "RS", "HN", "MV", "HK", "MO", "TW");
    static final List<String> SPECIAL = List.of("AP-S", "KH-S", "LA-S", "MM-S");
    private static final String[] MFN_RATES = {"0", "3", "5", "6", "8", "10", "12", "14", "15", "20", "25", "30", "65"};
    private static final String[] CUTS = {"0", "0", "0", "0.5", "0.8"};

    private final List<String> lines;
    private final List<MeasureRow> rows;

    private FullSizeScheduleGenerator(List<String> lines, List<MeasureRow> rows) {
        this.lines = lines;
        this.rows = rows;
    }

    /** Generates from the 6-digit subheadings given (any order; other codes are ignored). */
    public static FullSizeScheduleGenerator generate(Iterable<String> subheadings) {
        TreeSet<String> sixes = new TreeSet<>();
        subheadings.forEach(c -> {
            if (c.matches("\\d{6}")) {
                sixes.add(c);
            }
        });
        List<String> lines = new ArrayList<>();
        for (String six : sixes) {
            int n = switch (Math.floorMod(six.hashCode() * 31 + 7, 5)) {
                case 3 -> 2;
                case 4 -> 3;
                default -> 1;
            };
            for (int i = 1; i <= n; i++) {
                lines.add(six + (n == 1 ? "00" : "0" + i));
            }
        }
        List<MeasureRow> rows = new ArrayList<>(260_000);
        long[] sid = {SID_BASE};
        TreeSet<String> chapters = new TreeSet<>();
        for (String line : lines) {
            chapters.add(line.substring(0, 2));
            lineMeasures(line, rows, sid);
        }
        for (String chapter : chapters) {
            add(rows, sid, "VAT", chapter, "ERGA_OMNES", "", chapter.compareTo("15") < 0 ? "9%" : "13%", List.of());
        }
        return new FullSizeScheduleGenerator(List.copyOf(lines), rows);
    }

    /** Generates from an HS file with columns {@code hscode,level} (data/harmonized-system.csv). */
    public static FullSizeScheduleGenerator fromHarmonizedSystem(Reader hsCsv) {
        List<String> codes = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(hsCsv, LegalActFile.headerFormat())) {
            for (CSVRecord r : parser) {
                codes.add(r.get("hscode"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return generate(codes);
    }

    private static void lineMeasures(String line, List<MeasureRow> rows, long[] sid) {
        SplittableRandom rnd = new SplittableRandom(line.hashCode() * 0x9E3779B97F4A7C15L);
        String mfn = MFN_RATES[rnd.nextInt(MFN_RATES.length)];
        double mfnValue = Double.parseDouble(mfn);
        add(rows, sid, "MFN", line, "MFN", "", mfn + "%", List.of());
        add(rows, sid, "GENERAL", line, "ERGA_OMNES", "", Math.max(30, Math.round(mfnValue * 4)) + "%", List.of());
        if (rnd.nextInt(10) == 0) {
            add(rows, sid, "PROVISIONAL", line, "ERGA_OMNES", "", Math.round(mfnValue / 2) + "%", List.of());
        }
        if (rnd.nextInt(100) < 86) {
            for (String code : CONVENTIONAL) {
                String cut = CUTS[rnd.nextInt(CUTS.length)];
                String rate = ChineseDutyText.num(String.valueOf(Math.round(mfnValue * Double.parseDouble(cut)
                        * 10) / 10.0));
                add(rows, sid, "CONVENTIONAL", line, "PA-" + code, code, rate + "%", List.of("PROOF_OF_ORIGIN"));
            }
        }
        add(rows, sid, "SPECIAL_PREFERENTIAL", line, "PA-LD", "LD", "0%", List.of("PROOF_OF_ORIGIN"));
        for (String code : SPECIAL) {
            if (rnd.nextInt(5) == 0) {
                add(rows, sid, "SPECIAL_PREFERENTIAL", line, "PA-" + code, code, "0%", List.of("PROOF_OF_ORIGIN"));
            }
        }
        if (rnd.nextInt(200) == 0) {
            add(rows, sid, "ANTI_DUMPING", line, "US", "", (20 + rnd.nextInt(100)) / 2.0 + "%", List.of());
        }
        if (rnd.nextInt(100) == 0) {
            add(rows, sid, "ADDITIONAL", line, "US", "", "10%", List.of());
        }
        if (rnd.nextInt(50) == 0) {
            add(rows, sid, "CONSUMPTION_TAX", line, "ERGA_OMNES", "", "10%", List.of());
        }
    }

    private static void add(List<MeasureRow> rows, long[] sid, String type, String code, String area,
                            String arrangement, String duty, List<String> conditions) {
        rows.add(new MeasureRow(++sid[0], type, code, area, arrangement, FROM, "", duty, conditions, List.of(),
                LEGAL_ACT, ""));
    }

    /** The generated 8-digit lines, in code order. */
    public List<String> lines() {
        return lines;
    }

    public List<MeasureRow> rows() {
        return rows;
    }

    /** The measures in memory, parsed with {@code parser} (each distinct expression text once). */
    public List<Measure> measures(Function<String, DutyExpression> parser) {
        // one code path for files and memory: the rows go through the importer's checks too
        java.io.StringWriter w = new java.io.StringWriter(rows.size() * 80);
        write(w);
        return MeasureImport.read(new java.io.StringReader(w.toString()),
                ImportContext.lenient().withParser(parser).withLegalActs(java.util.Set.of(LEGAL_ACT))).orThrow();
    }

    /** Writes the schedule as a measure file. */
    public void write(Writer out) {
        MeasureFileWriter.write(rows, out);
    }

    /** The legal act the synthetic measures cite. */
    public static LegalAct legalAct() {
        return new LegalAct(LEGAL_ACT, "synthetic", "合成的全尺寸税则（测试与基准用，非法律）",
                "Synthetic full-size schedule (for tests and benchmarks; not law)", null, null);
    }
}
