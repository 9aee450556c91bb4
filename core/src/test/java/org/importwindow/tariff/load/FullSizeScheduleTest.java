package org.importwindow.tariff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.Section;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.duty.DutyExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullSizeScheduleTest {

    static Reader hs() throws IOException {
        InputStream in = FullSizeScheduleTest.class.getResourceAsStream("/data/harmonized-system.csv");
        return in != null ? new InputStreamReader(in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of("/work/shared/data/harmonized-system.csv"));
    }

    /** The HS tree plus the generated lines, so the import also checks every code against a nomenclature. */
    static Nomenclature nomenclature(List<String> lines) throws IOException {
        List<Commodity> all = new ArrayList<>();
        try (Reader in = hs(); CSVParser p = CSVParser.parse(in, LegalActFile.headerFormat())) {
            for (CSVRecord r : p) {
                String code = r.get("hscode");
                if (code.matches("\\d{2,6}")) {
                    all.add(new Commodity(code, code.length() == 2 ? null : r.get("parent"), r.get("section"),
                            r.get("description"), "", false, null));
                }
            }
        }
        for (String line : lines) {
            all.add(new Commodity(line, line.substring(0, 6), "I", "synthetic", "合成", true, "KGM"));
        }
        return new Nomenclature(List.of(new Section("I", 1, "", "")), all);
    }

    @Test
    void a_full_size_national_schedule_imports_in_reasonable_time(@TempDir Path dir) throws IOException {
        FullSizeScheduleGenerator generator;
        try (Reader in = hs()) {
            generator = FullSizeScheduleGenerator.fromHarmonizedSystem(in);
        }
        assertThat(generator.lines()).hasSizeBetween(8_500, 9_500);
        assertThat(generator.rows()).hasSizeBetween(235_000, 265_000);

        Path file = dir.resolve("full-size.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            generator.write(w);
        }
        Nomenclature nomenclature = nomenclature(generator.lines());
        AtomicLong lastProgress = new AtomicLong();
        ImportContext context = ImportContext.lenient().withParser(DutyExpression::parse)
                .withNomenclature(nomenclature).withLegalActs(Set.of(FullSizeScheduleGenerator.LEGAL_ACT))
                .withProgress((done, total) -> lastProgress.set(done), -1);
        long start = System.nanoTime();
        ImportResult result = MeasureImport.read(file, context);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("full-size import: %d lines, %d measures, %d bytes, %d ms%n", generator.lines().size(),
                result.measures().size(), Files.size(file), millis);

        assertThat(result.errors()).isEmpty();
        assertThat(result.measures()).hasSize(generator.rows().size());
        assertThat(lastProgress.get()).isEqualTo(generator.rows().size());
        assertThat(millis).as("import time in ms").isLessThan(60_000);

        TariffSchedule schedule = new TariffSchedule(nomenclature, result.measures(),
                List.of(FullSizeScheduleGenerator.legalAct()), List.of());
        String line = generator.lines().get(4_000);
        List<Measure> measures = schedule.measuresFor(line, java.time.LocalDate.of(2026, 3, 1));
        assertThat(measures).extracting(Measure::type).contains(MeasureType.MFN, MeasureType.GENERAL,
                MeasureType.SPECIAL_PREFERENTIAL, MeasureType.VAT);
        assertThat(result.measures().stream().map(Measure::arrangement).filter(a -> a != null).distinct().count())
                .isEqualTo(33);
    }

    @Test
    void the_generator_is_deterministic() throws IOException {
        List<String> someSubheadings = List.of("010121", "220421", "870323", "850760", "020130");
        FullSizeScheduleGenerator a = FullSizeScheduleGenerator.generate(someSubheadings);
        FullSizeScheduleGenerator b = FullSizeScheduleGenerator.generate(List.of("870323", "850760", "020130",
                "010121", "220421"));
        assertThat(a.rows()).isEqualTo(b.rows());
        assertThat(a.measures(DutyExpression::parse)).hasSize(a.rows().size());
    }
}
