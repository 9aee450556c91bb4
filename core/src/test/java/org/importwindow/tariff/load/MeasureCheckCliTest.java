package org.importwindow.tariff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.importwindow.tariff.duty.DutyExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureCheckCliTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return MeasureCheckCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DutyExpression::parse, null, null);
    }

    @Test
    void a_valid_file_exits_0_and_shows_progress_to_100_percent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ok.csv");
        Files.writeString(file, MeasureImportTest.HEADER + MeasureImportTest.GOOD_MFN + MeasureImportTest.GOOD_AU);
        assertThat(run(file.toString())).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 measures, all valid");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("100% 2/2 rows");
    }

    @Test
    void a_file_with_a_bad_row_exits_1_and_prints_the_row_and_code(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, MeasureImportTest.HEADER + MeasureImportTest.GOOD_MFN
                + MeasureImportTest.GOOD_AU.replace("CN-TARIFF-2026", "NO-SUCH-ACT"));
        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("row 3, legal_act: MSR-017")
                .contains("nothing would be imported");
    }

    @Test
    void an_extra_legal_acts_file_makes_its_ids_known(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, MeasureImportTest.HEADER + MeasureImportTest.GOOD_AU.replace("CN-TARIFF-2026", "MY-ACT"));
        Path acts = dir.resolve("acts.csv");
        Files.writeString(acts, "id,reference,title_zh,title_en,published,url\nMY-ACT,ref,标题,title,2026-01-01,\n");
        assertThat(run(file.toString(), "--legal-acts", acts.toString())).isEqualTo(0);
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("/no/such/file.csv")).isEqualTo(2);
    }
}
