package org.importwindow.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.server.tariff.TariffStore;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.load.MeasureFileError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The measures import: all or nothing, each error with its row, and the catalogue swapped after success. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:import-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class MeasureImportServiceTest {
    static final String HEADER = "sid,type,commodity_code,geographical_area,arrangement,valid_from,valid_to,"
            + "duty_expression,conditions,footnotes,legal_act,order_number\n";
    static final String ANTI_DUMPING = "990000001,ANTI_DUMPING,22042100,AU,,2026-03-01,,218.4%,,,TEST-AD-1,\n";

    @Autowired
    MeasureImportService service;

    @Autowired
    TariffStore store;

    @Autowired
    TariffCatalogue catalogue;

    @TempDir
    Path dir;

    final List<Long> progress = new ArrayList<>();
    final MeasureImportService.Progress recorder = new MeasureImportService.Progress() {
        @Override
        public void checked(long rows, long total) {
            progress.add(rows);
        }

        @Override
        public void stored(int rows, int total) {
        }
    };

    @Test
    void an_anti_dumping_duty_on_australian_wine_is_imported_and_served_at_once() throws Exception {
        Path measures = Files.writeString(dir.resolve("ad.csv"), HEADER + ANTI_DUMPING);
        Path acts = Files.writeString(dir.resolve("acts.csv"), "id,reference,title_zh,title_en,published,url\n"
                + "TEST-AD-1,商务部公告2026年第1号,对原产于澳大利亚的进口相关葡萄酒的反倾销措施,Anti-dumping on wine,2026-02-20,\n");
        long before = store.measureCount();

        MeasureImportService.Outcome outcome = service.importFiles(measures, acts, null,
                MeasureImportService.Mode.MERGE, recorder);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.measures()).isEqualTo(1);
        assertThat(store.measureCount()).isEqualTo(before + 1);
        List<Measure> wine = catalogue.schedule().measuresFor("22042100", LocalDate.of(2026, 3, 16),
                MeasureType.ANTI_DUMPING);
        assertThat(wine).extracting(Measure::sid).containsExactly(990000001L);
        assertThat(catalogue.schedule().legalAct("TEST-AD-1")).isPresent();
        assertThat(progress).isNotEmpty();
    }

    @Test
    void a_file_with_bad_rows_imports_nothing_and_names_each_row() throws Exception {
        Path measures = Files.writeString(dir.resolve("bad.csv"), HEADER
                + "990000002,MFN,22042100,MFN,,2026-01-01,,5%,,,CN-TARIFF-2026,\n"
                + "990000003,MFN,99999999,MFN,,2026-01-01,,5%,,,CN-TARIFF-2026,\n"
                + "990000004,MFN,22042100,MFN,,2026-01-01,,five percent,,,CN-TARIFF-2026,\n");
        long before = store.measureCount();
        int inCatalogue = catalogue.schedule().measureCount();

        MeasureImportService.Outcome outcome = service.importFiles(measures, null, null,
                MeasureImportService.Mode.MERGE, recorder);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errors()).extracting(MeasureFileError::row).contains(3L, 4L);
        assertThat(store.measureCount()).isEqualTo(before);
        assertThat(catalogue.schedule().measureCount()).isEqualTo(inCatalogue);
    }
}
