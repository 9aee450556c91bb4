package org.importwindow.tariff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.Section;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.duty.DutyExpression;
import org.junit.jupiter.api.Test;

class MeasureImportTest {
    static final String HEADER = String.join(",", MeasureFileFormat.COLUMNS) + "\n";
    static final String GOOD_MFN = "1,MFN,22042100,MFN,,2026-01-01,,14%,,,CN-TARIFF-2026,\n";
    static final String GOOD_AU = "2,CONVENTIONAL,22042100,PA-AU,AU,2026-01-01,,0%,PROOF_OF_ORIGIN,,CN-TARIFF-2026,\n";
    static final String GOOD_CT = "3,CONSUMPTION_TAX,870322,ERGA_OMNES,,2009-01-01,2025-12-31,3%,"
            + "cylinderCapacityLitres>1.0;cylinderCapacityLitres<=1.5,F1,CT-REG,\n";

    static ImportContext context() {
        return ImportContext.lenient().withParser(DutyExpression::parse)
                .withLegalActs(Set.of("CN-TARIFF-2026", "CT-REG")).withFootnotes(Set.of("F1"));
    }

    static ImportResult read(String csv) {
        return MeasureImport.read(new StringReader(csv), context());
    }

    static String errorCodeOf(String row) {
        ImportResult r = read(HEADER + GOOD_MFN + row);
        assertThat(r.measures()).isEmpty();
        assertThat(r.errors()).isNotEmpty();
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(3));
        return r.errors().get(0).code();
    }

    @Test
    void a_well_formed_file_yields_every_measure_with_its_conditions_and_dates() {
        ImportResult r = read(HEADER + GOOD_MFN + GOOD_AU + GOOD_CT);
        assertThat(r.isValid()).isTrue();
        assertThat(r.rowsRead()).isEqualTo(3);
        Measure au = r.measures().get(1);
        assertThat(au.type()).isEqualTo(MeasureType.CONVENTIONAL);
        assertThat(au.arrangement()).isEqualTo("AU");
        assertThat(au.geographicalArea()).isEqualTo("PA-AU");
        assertThat(au.duty().text()).isEqualTo("0%");
        assertThat(au.validTo()).isNull();
        assertThat(au.requiresProofOfOrigin()).isTrue();
        Measure ct = r.measures().get(2);
        assertThat(ct.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ct.conditions()).containsExactly(
                new MeasureCondition.Attribute("cylinderCapacityLitres", MeasureCondition.Comparator.GT, "1.0"),
                new MeasureCondition.Attribute("cylinderCapacityLitres", MeasureCondition.Comparator.LE, "1.5"));
        assertThat(ct.footnotes()).containsExactly("F1");
    }

    @Test
    void one_bad_row_among_good_ones_imports_nothing_and_names_the_row() {
        String bad = "4,MFN,22042100,MFN,,2026-01-01,,fourteen percent,,,CN-TARIFF-2026,\n";
        ImportResult r = read(HEADER + GOOD_MFN + GOOD_AU + bad + GOOD_CT.replace("3,", "5,"));
        assertThat(r.isValid()).isFalse();
        assertThat(r.measures()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("duty_expression");
            assertThat(e.code()).isEqualTo("MSR-014");
            assertThat(e.message()).containsPattern("DUT-0\\d\\d");
        });
        assertThat(r.rowsRead()).isEqualTo(4);
    }

    @Test
    void every_error_of_every_row_is_reported_not_just_the_first() {
        String bad1 = "x,MFN,2204210,MFN,,2026-13-01,,14%,,,CN-TARIFF-2026,\n";
        String bad2 = "9,VAT,22,ERGA_OMNES,,2026-01-01,,,,,UNKNOWN-ACT,\n";
        ImportResult r = read(HEADER + bad1 + GOOD_MFN + bad2);
        assertThat(r.errors()).extracting(MeasureFileError::row, MeasureFileError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "MSR-003"), org.assertj.core.groups.Tuple.tuple(2L, "MSR-006"),
                org.assertj.core.groups.Tuple.tuple(2L, "MSR-011"), org.assertj.core.groups.Tuple.tuple(4L, "MSR-015"),
                org.assertj.core.groups.Tuple.tuple(4L, "MSR-017"));
    }

    @Test
    void msr_001_a_file_without_the_documented_header_is_rejected() {
        assertThat(read("sid,type\n1,MFN\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("MSR-001"));
        assertThat(read("").errors().get(0).code()).isEqualTo("MSR-001");
    }

    @Test
    void a_utf8_byte_order_mark_before_the_header_is_tolerated() {
        ImportResult r = read("\uFEFF" + HEADER + GOOD_MFN);
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void msr_002_a_row_with_missing_columns_is_rejected() {
        assertThat(errorCodeOf("2,MFN,22042100,MFN\n")).isEqualTo("MSR-002");
    }

    @Test
    void msr_003_sid_must_be_a_positive_whole_number() {
        assertThat(errorCodeOf(GOOD_AU.replace("2,CONV", "-2,CONV"))).isEqualTo("MSR-003");
        assertThat(errorCodeOf(GOOD_AU.replace("2,CONV", "2.5,CONV"))).isEqualTo("MSR-003");
    }

    @Test
    void msr_004_a_sid_used_twice_is_rejected() {
        assertThat(errorCodeOf(GOOD_AU.replace("2,CONV", "1,CONV"))).isEqualTo("MSR-004");
    }

    @Test
    void msr_005_unknown_measure_type() {
        assertThat(errorCodeOf(GOOD_AU.replace("CONVENTIONAL", "CONVENTIONNEL"))).isEqualTo("MSR-005");
    }

    @Test
    void msr_006_commodity_code_must_be_an_even_number_of_digits_from_2_to_10() {
        assertThat(errorCodeOf(GOOD_AU.replace("22042100", "2204210"))).isEqualTo("MSR-006");
        assertThat(errorCodeOf(GOOD_AU.replace("22042100", "2204.21"))).isEqualTo("MSR-006");
        assertThat(errorCodeOf(GOOD_AU.replace("22042100", "220421000000"))).isEqualTo("MSR-006");
    }

    @Test
    void msr_007_commodity_code_must_exist_in_the_nomenclature_when_one_is_given() {
        Nomenclature n = new Nomenclature(List.of(new Section("IV", 4, "Foodstuffs", "食品")),
                List.of(new Commodity("22", null, "IV", "Beverages", "饮料", false, null),
                        new Commodity("2204", "22", "IV", "Wine", "葡萄酒", false, null),
                        new Commodity("22042100", "2204", "IV", "Wine <= 2 l", "装入2升及以下容器的", true, "LTR")));
        ImportResult ok = MeasureImport.read(new StringReader(HEADER + GOOD_MFN), context().withNomenclature(n));
        assertThat(ok.isValid()).isTrue();
        ImportResult bad = MeasureImport.read(new StringReader(HEADER + GOOD_MFN.replace("22042100", "22042900")),
                context().withNomenclature(n));
        assertThat(bad.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("MSR-007"));
    }

    @Test
    void msr_008_geographical_area_must_be_a_country_or_group() {
        assertThat(errorCodeOf(GOOD_AU.replace("PA-AU", ""))).isEqualTo("MSR-008");
        assertThat(errorCodeOf(GOOD_AU.replace("PA-AU", "pa-au"))).isEqualTo("MSR-008");
    }

    @Test
    void msr_009_conventional_measures_need_a_known_arrangement() {
        assertThat(errorCodeOf(GOOD_AU.replace(",AU,", ",,"))).isEqualTo("MSR-009");
        assertThat(errorCodeOf(GOOD_AU.replace(",AU,", ",XX,"))).isEqualTo("MSR-009");
    }

    @Test
    void msr_010_an_mfn_measure_has_no_arrangement() {
        assertThat(errorCodeOf("2,MFN,22042100,MFN,AU,2026-01-01,,14%,,,CN-TARIFF-2026,\n")).isEqualTo("MSR-010");
    }

    @Test
    void msr_011_012_013_dates_are_iso_and_in_order() {
        assertThat(errorCodeOf(GOOD_AU.replace("2026-01-01", "01/01/2026"))).isEqualTo("MSR-011");
        assertThat(errorCodeOf(GOOD_AU.replace("2026-01-01,,", "2026-01-01,2026-02-30,"))).isEqualTo("MSR-012");
        assertThat(errorCodeOf(GOOD_AU.replace("2026-01-01,,", "2026-01-01,2025-12-31,"))).isEqualTo("MSR-013");
    }

    @Test
    void msr_014_a_duty_expression_that_does_not_parse_reports_the_parser_code() {
        assertThat(errorCodeOf(GOOD_AU.replace(",0%,", ",0 percent,"))).isEqualTo("MSR-014");
    }

    @Test
    void msr_015_a_duty_measure_needs_an_expression() {
        assertThat(errorCodeOf(GOOD_AU.replace(",0%,", ",,"))).isEqualTo("MSR-015");
    }

    @Test
    void msr_016_conditions_must_parse() {
        assertThat(errorCodeOf(GOOD_AU.replace("PROOF_OF_ORIGIN", "PROOF_OF_ORIGIN;"))).isEqualTo("MSR-016");
        assertThat(errorCodeOf(GOOD_AU.replace("PROOF_OF_ORIGIN", "cylinder capacity about 2"))).isEqualTo("MSR-016");
        assertThat(errorCodeOf(GOOD_AU.replace("PROOF_OF_ORIGIN", "unitValueCny.FOO>=3"))).isEqualTo("MSR-016");
    }

    @Test
    void msr_017_legal_act_must_be_known() {
        assertThat(errorCodeOf(GOOD_AU.replace("CN-TARIFF-2026", "CN-TARIFF-2099"))).isEqualTo("MSR-017");
    }

    @Test
    void msr_018_footnotes_must_be_known() {
        assertThat(errorCodeOf(GOOD_AU.replace("PROOF_OF_ORIGIN,,", "PROOF_OF_ORIGIN,F2,"))).isEqualTo("MSR-018");
    }

    @Test
    void msr_019_a_file_that_is_not_utf8_is_rejected() {
        byte[] bytes = (HEADER + GOOD_MFN).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        broken[bytes.length + 2] = '\n';
        ImportResult r = MeasureImport.read(new ByteArrayInputStream(broken), context());
        assertThat(r.errors()).extracting(MeasureFileError::code).contains("MSR-019");
        assertThat(r.measures()).isEmpty();
    }

    @Test
    void every_rule_code_is_distinct_and_has_a_test_above() {
        assertThat(MeasureRule.values()).extracting(MeasureRule::code).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("MSR-0\\d\\d"));
    }

    @Test
    void the_same_expression_text_is_parsed_once() {
        List<String> parsed = new ArrayList<>();
        ImportContext counting = context().withParser(t -> {
            parsed.add(t);
            return DutyExpression.parse(t);
        });
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 100; i++) {
            csv.append(i).append(",MFN,22042100,MFN,,2026-01-01,,0%,,,CN-TARIFF-2026,\n");
        }
        assertThat(MeasureImport.read(new StringReader(csv.toString()), counting).measures()).hasSize(100);
        assertThat(parsed).containsExactly("0%");
    }

    @Test
    void progress_is_reported_up_to_the_total() {
        List<long[]> calls = new ArrayList<>();
        ImportResult r = MeasureImport.read(new StringReader(HEADER + GOOD_MFN + GOOD_AU),
                context().withProgress((done, total) -> calls.add(new long[] {done, total}), 2));
        assertThat(r.isValid()).isTrue();
        assertThat(calls).last().satisfies(c -> assertThat(c).containsExactly(2, 2));
    }
}
