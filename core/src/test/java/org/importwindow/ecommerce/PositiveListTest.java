package org.importwindow.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.ecommerce.CbecWorld.MARCH_2026;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.load.BundledMeasures;
import org.importwindow.tariff.load.MeasureFileWriter;
import org.junit.jupiter.api.Test;

class PositiveListTest {
    final PositiveList list = new PositiveList(CbecWorld.SCHEDULE);

    static Reader sample() {
        InputStream in = PositiveListTest.class.getResourceAsStream("/data/cn-cbec-positive-list-sample.csv");
        return new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8);
    }

    static String resource(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(PositiveListTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_committed_measure_file_is_exactly_what_the_converter_makes_of_the_sample() throws IOException {
        try (Reader in = sample()) {
            assertThat(resource(CbecMeasures.POSITIVE_LIST)).isEqualTo(
                    MeasureFileWriter.toCsv(PositiveListConverter.convert(in)));
        }
    }

    @Test
    void every_line_of_the_sample_is_on_the_list_in_2026_and_cites_the_2019_edition() throws IOException {
        List<CSVRecord> rows;
        try (Reader in = sample()) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(rows).hasSize(21);
        for (CSVRecord r : rows) {
            assertThat(list.covers(r.get("hs8"), MARCH_2026)).as(r.get("hs8")).isTrue();
            Measure m = list.measure(r.get("hs8"), MARCH_2026).orElseThrow();
            assertThat(m.type()).isEqualTo(MeasureType.CBEC_POSITIVE_LIST);
            assertThat(CbecWorld.SCHEDULE.legalAct(m.legalAct()).orElseThrow().reference())
                    .isEqualTo("财政部等13部门公告2019年第96号");
        }
    }

    @Test
    void crude_oil_cars_and_medicines_are_not_on_the_list() {
        assertThat(list.covers("27090000", MARCH_2026)).isFalse();
        assertThat(list.covers("87032342", MARCH_2026)).isFalse();
        assertThat(list.covers("30049090", MARCH_2026)).isFalse();
        assertThat(list.covers(null, MARCH_2026)).isFalse();
    }

    @Test
    void the_list_is_dated_wine_is_on_it_from_2020_01_01_in_the_bundled_data() {
        assertThat(list.covers("22042100", LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(list.covers("22042100", LocalDate.of(2020, 1, 1))).isTrue();
    }

    @Test
    void the_positive_list_is_added_to_a_bundle_once_however_often_it_is_asked_for() {
        BundledMeasures.Bundle twice = CbecMeasures.withPositiveList(CbecWorld.BUNDLE, null, null);
        assertThat(twice.measures()).hasSameSizeAs(CbecWorld.BUNDLE.measures());
        assertThat(BundledMeasures.ofType(CbecWorld.BUNDLE, MeasureType.CBEC_POSITIVE_LIST)).hasSize(21);
    }
}
