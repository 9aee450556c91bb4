package org.importwindow.tariff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledMeasuresTest {
    static BundledMeasures.Bundle bundle;
    static TariffSchedule schedule;
    static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 16);

    @BeforeAll
    static void load() {
        // the real parser, nomenclature and reference data: every code, area and arrangement must be known
        bundle = BundledMeasures.load(NomenclatureLoader.loadBundled(), ReferenceDataLoader.loadBundled());
        schedule = bundle.schedule(null);
    }

    /** The rate of the most specific measure of a tax type whose conditions are all met by the given texts. */
    static List<String> taxes(String code, LocalDate date, MeasureType type) {
        List<Measure> ms = schedule.measuresFor(code, date, type);
        if (ms.isEmpty()) {
            return List.of();
        }
        int longest = ms.get(0).commodityCode().length();
        return ms.stream().filter(m -> m.commodityCode().length() == longest).map(m -> m.duty().text()
                + (m.conditions().isEmpty() ? "" : " if " + String.join(";",
                m.conditions().stream().map(c -> c.text()).toList()))).toList();
    }

    @Test
    void every_bundled_file_passes_the_importer_and_every_legal_act_has_a_reference() {
        assertThat(bundle.measures()).hasSizeGreaterThan(5000);
        assertThat(bundle.legalActs()).allSatisfy(a -> assertThat(a.reference()).isNotBlank());
        assertThat(bundle.measures()).extracting(Measure::sid).doesNotHaveDuplicates();
    }

    @Test
    void french_wine_pays_consumption_tax_10_percent_and_vat_13_percent_in_2026() {
        assertThat(taxes("22042100", MARCH_2026, MeasureType.CONSUMPTION_TAX)).containsExactly("10%");
        assertThat(taxes("22042100", MARCH_2026, MeasureType.VAT)).containsExactly("13%");
        assertThat(taxes("22042100", MARCH_2026, MeasureType.MFN)).containsExactly("14%");
    }

    @Test
    void beef_pays_the_reduced_vat_rate_which_was_10_percent_in_2018_and_13_percent_in_2016() {
        assertThat(taxes("02013000", MARCH_2026, MeasureType.VAT)).containsExactly("9%");
        assertThat(taxes("02013000", LocalDate.of(2019, 3, 31), MeasureType.VAT)).containsExactly("10%");
        assertThat(taxes("02013000", LocalDate.of(2016, 6, 1), MeasureType.VAT)).containsExactly("13%");
        assertThat(taxes("02013000", LocalDate.of(2018, 1, 1), MeasureType.VAT)).containsExactly("11%");
    }

    @Test
    void milk_powder_pays_the_standard_vat_rate_though_chapter_4_is_reduced() {
        assertThat(taxes("04022100", MARCH_2026, MeasureType.VAT)).containsExactly("13%");
        assertThat(taxes("04090000", MARCH_2026, MeasureType.VAT)).containsExactly("9%");
        assertThat(taxes("27111100", MARCH_2026, MeasureType.VAT)).containsExactly("9%");
    }

    @Test
    void yellow_wine_pays_per_tonne_and_beer_by_its_class() {
        assertThat(taxes("22060010", MARCH_2026, MeasureType.CONSUMPTION_TAX)).containsExactly("240 CNY/962LTR");
        assertThat(taxes("22030000", MARCH_2026, MeasureType.CONSUMPTION_TAX)).containsExactlyInAnyOrder(
                "250 CNY/988LTR if unitValueCny.988LTR>=3000", "220 CNY/988LTR if unitValueCny.988LTR<3000");
        assertThat(taxes("22089020", MARCH_2026, MeasureType.CONSUMPTION_TAX)).containsExactly("20% + 0.5 CNY/500MLT");
    }

    @Test
    void e_cigarettes_are_taxed_only_from_november_2022() {
        assertThat(taxes("24041200", LocalDate.of(2022, 10, 31), MeasureType.CONSUMPTION_TAX)).isEmpty();
        assertThat(taxes("24041200", LocalDate.of(2022, 11, 1), MeasureType.CONSUMPTION_TAX)).containsExactly("36%");
    }

    @Test
    void high_end_cosmetics_15_percent_from_october_2016_and_30_percent_before() {
        assertThat(taxes("33030000", LocalDate.of(2016, 9, 30), MeasureType.CONSUMPTION_TAX)).containsExactly("30%");
        assertThat(taxes("33030000", LocalDate.of(2016, 10, 1), MeasureType.CONSUMPTION_TAX)).hasSize(3)
                .allSatisfy(t -> assertThat(t).startsWith("15% if unitValueCny."));
    }

    @Test
    void cars_are_taxed_by_cylinder_band_and_battery_electric_cars_not_at_all() {
        assertThat(taxes("87032300", MARCH_2026, MeasureType.CONSUMPTION_TAX)).hasSize(7)
                .contains("5% if cylinderCapacityLitres>1.5;cylinderCapacityLitres<=2.0");
        assertThat(taxes("87038000", MARCH_2026, MeasureType.CONSUMPTION_TAX)).isEmpty();
        assertThat(taxes("85076000", MARCH_2026, MeasureType.CONSUMPTION_TAX)).isEmpty();
    }

    @Test
    void gasoline_pays_1_52_yuan_per_litre_since_january_2015() {
        assertThat(taxes("27101210", MARCH_2026, MeasureType.CONSUMPTION_TAX)).containsExactly("1.52 CNY/LTR");
        assertThat(taxes("27101210", LocalDate.of(2014, 12, 1), MeasureType.CONSUMPTION_TAX))
                .containsExactly("1.12 CNY/LTR");
    }

    @Test
    void every_chapter_but_77_has_vat_in_every_period() {
        for (LocalDate d : List.of(LocalDate.of(2009, 1, 1), LocalDate.of(2017, 7, 1), LocalDate.of(2018, 5, 1),
                LocalDate.of(2019, 4, 1), LocalDate.of(2026, 1, 1))) {
            for (int ch = 1; ch <= 97; ch++) {
                String code = String.format("%02d", ch);
                if (!code.equals("77")) {
                    assertThat(schedule.measuresFor(code, d, MeasureType.VAT)).as(code + " on " + d).hasSize(1);
                }
            }
        }
    }
}
