package org.importwindow.tariff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.duty.DutyExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TariffSampleConverterTest {
    static TariffSampleConverter.Output output;
    static List<Measure> measures;

    static Reader sample() throws IOException {
        InputStream in = TariffSampleConverterTest.class.getResourceAsStream("/data/cn-tariff-2026-sample.csv");
        if (in == null) {
            return Files.newBufferedReader(Path.of("/work/shared/data/cn-tariff-2026-sample.csv"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static String resource(String path) throws IOException {
        try (InputStream in = Objects.requireNonNull(TariffSampleConverterTest.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void convert() throws IOException {
        try (Reader in = sample()) {
            output = TariffSampleConverter.convert(in);
        }
        ImportResult result = MeasureImport.read(new StringReader(MeasureFileWriter.toCsv(output.rows())),
                ImportContext.lenient().withParser(DutyExpression::parse));
        assertThat(result.errors()).isEmpty();
        measures = result.measures();
    }

    static List<String> rates(String code, MeasureType type, String arrangement) {
        return measures.stream().filter(m -> m.commodityCode().equals(code) && m.type() == type)
                .filter(m -> arrangement == null || arrangement.equals(m.arrangement()))
                .map(m -> m.duty().text()).toList();
    }

    @Test
    void the_committed_measure_file_is_exactly_what_the_converter_produces() throws IOException {
        assertThat(resource("/law/measures/cn-tariff-2026.csv")).isEqualTo(MeasureFileWriter.toCsv(output.rows()));
        StringWriter notes = new StringWriter();
        FootnoteFile.write(output.footnotes(), notes);
        assertThat(resource("/law/measures/footnotes/cn-tariff-2026.csv")).isEqualTo(notes.toString());
    }

    @Test
    void french_wine_pays_mfn_14_and_australian_wine_has_a_chafta_zero_and_japan_the_rcep_rate() {
        assertThat(rates("22042100", MeasureType.MFN, null)).containsExactly("14%");
        assertThat(rates("22042100", MeasureType.CONVENTIONAL, "AU")).containsExactly("0%");
        assertThat(rates("22042100", MeasureType.CONVENTIONAL, "JPR")).containsExactly("7.6%");
        assertThat(rates("22042100", MeasureType.SPECIAL_PREFERENTIAL, "LD")).containsExactly("0%");
        assertThat(rates("22042100", MeasureType.GENERAL, null)).containsExactly("180%");
        assertThat(measures).filteredOn(m -> m.commodityCode().equals("22042100") && "AU".equals(m.arrangement()))
                .singleElement().satisfies(m -> {
                    assertThat(m.geographicalArea()).isEqualTo("PA-AU");
                    assertThat(m.requiresProofOfOrigin()).isTrue();
                    assertThat(m.legalAct()).isEqualTo("CN-TARIFF-2026");
                    assertThat(m.validFrom()).hasToString("2026-01-01");
                    assertThat(m.validTo()).isNull();
                });
    }

    @Test
    void boneless_beef_mfn_is_12_percent() {
        assertThat(rates("02013000", MeasureType.MFN, null)).containsExactly("12%");
    }

    @Test
    void natural_rubber_latex_provisional_rate_is_the_lower_of_10_percent_or_900_yuan_per_tonne() {
        assertThat(rates("40011000", MeasureType.PROVISIONAL, null)).containsExactly("MIN(10%, 900 CNY/TNE)");
    }

    @Test
    void tv_cameras_general_rate_is_value_banded_per_unit() {
        assertThat(rates("85258912", MeasureType.GENERAL, null))
                .containsExactly("IF(UNITVALUE <= 5000 USD/PCE, 130%, 6% + 51500 CNY/PCE)");
        assertThat(rates("85258919", MeasureType.CONVENTIONAL, "KR"))
                .containsExactly("IF(UNITVALUE <= 5000 USD/PCE, 14%, 1.2% + 5184 CNY/PCE)");
    }

    @Test
    void frozen_chicken_cuts_pay_a_specific_mfn_duty_and_korea_a_footnoted_specific_rate() {
        assertThat(rates("02071411", MeasureType.MFN, null)).containsExactly("0.6 CNY/KGM");
        assertThat(rates("02071411", MeasureType.GENERAL, null)).containsExactly("4.2 CNY/KGM");
        assertThat(rates("02071200", MeasureType.CONVENTIONAL, "KR")).containsExactly("0.2 CNY/KGM");
        assertThat(rates("22030000", MeasureType.GENERAL, null)).containsExactly("7.5 CNY/LTR");
        assertThat(rates("27090000", MeasureType.GENERAL, null)).containsExactly("85 CNY/TNE");
        assertThat(rates("37024390", MeasureType.MFN, null)).containsExactly("17 CNY/MTK");
    }

    @Test
    void wheat_in_quota_pays_1_percent_with_a_quota_certificate_and_ldc_zero_only_in_quota() {
        assertThat(rates("10011900", MeasureType.IN_QUOTA, null)).containsExactly("1%");
        assertThat(rates("10011900", MeasureType.MFN, null)).containsExactly("65%");
        assertThat(measures).filteredOn(m -> m.commodityCode().equals("10011900")
                && m.type() == MeasureType.SPECIAL_PREFERENTIAL).singleElement().satisfies(m -> {
                    assertThat(m.requiresQuotaCertificate()).isTrue();
                    assertThat(m.requiresProofOfOrigin()).isTrue();
                    assertThat(m.footnotes()).contains("CN26-LD-TRQ");
                });
        assertThat(rates("31021000", MeasureType.IN_QUOTA_PROVISIONAL, null)).containsExactly("1%");
        assertThat(rates("31021000", MeasureType.PROVISIONAL, null)).isEmpty();
    }

    @Test
    void rcep_codes_line_break_spaces_and_exchange_of_letters_codes_are_read() {
        // "澳 RAUR" and "澳门 MO" are split by a line break in the book's text
        assertThat(rates("02071411", MeasureType.CONVENTIONAL, "AUR")).containsExactly("0%");
        assertThat(rates("02071411", MeasureType.CONVENTIONAL, "MO")).containsExactly("0%");
        assertThat(rates("12060090", MeasureType.CONVENTIONAL, "SG")).containsExactly("0%");
        assertThat(rates("02011000", MeasureType.SPECIAL_PREFERENTIAL, "KH-S")).containsExactly("0%");
        assertThat(rates("02011000", MeasureType.SPECIAL_PREFERENTIAL, "LA-S")).containsExactly("0%");
        assertThat(measures).filteredOn(m -> "AP-S".equals(m.arrangement())).isNotEmpty()
                .allSatisfy(m -> assertThat(m.geographicalArea()).isEqualTo("PA-AP-S"));
    }

    @Test
    void what_cannot_be_a_measure_becomes_a_footnote_not_a_silent_gap() {
        assertThat(rates("19011010", MeasureType.PROVISIONAL, null)).isEmpty();
        assertThat(measures).filteredOn(m -> m.commodityCode().equals("19011010") && m.type() == MeasureType.MFN)
                .singleElement().satisfies(m -> assertThat(m.footnotes()).contains("CN26-19011010-EX"));
        assertThat(rates("52010000", MeasureType.PROVISIONAL, null)).isEmpty();
        assertThat(rates("52010000", MeasureType.IN_QUOTA, null)).containsExactly("1%");
        assertThat(output.footnotes()).extracting(f -> f.id()).contains("CN26-SLIDING-COTTON")
                .filteredOn(id -> id.endsWith("-DQ")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void conventional_rates_above_mfn_are_kept_for_the_engine_to_compare() {
        assertThat(rates("21042000", MeasureType.CONVENTIONAL, "ASR")).containsExactly("24%");
        assertThat(rates("21042000", MeasureType.MFN, null)).containsExactly("12%");
    }

    @Test
    void sids_are_unique_and_every_line_has_mfn_general_and_ld() {
        assertThat(output.rows()).extracting(MeasureRow::sid).doesNotHaveDuplicates();
        assertThat(measures.stream().filter(m -> m.type() == MeasureType.MFN).count()).isEqualTo(200);
        assertThat(measures.stream().filter(m -> m.type() == MeasureType.GENERAL).count()).isEqualTo(200);
        assertThat(measures.stream().filter(m -> "LD".equals(m.arrangement())).count()).isEqualTo(200);
        assertThat(measures.stream().filter(m -> m.type() == MeasureType.PROVISIONAL).count()).isEqualTo(36);
    }
}
