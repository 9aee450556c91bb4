package org.importwindow.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.ecommerce.CbecWorld.list;
import static org.importwindow.ecommerce.CbecWorld.wine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.junit.jupiter.api.Test;

/**
 * The CBEC tax on both sides of 2019-01-01 (single limit 2,000 -> 5,000) and 2019-04-01 (VAT 16% -> 13%). The
 * bundled positive list starts in 2020, so this test adds wine to the list from 2016-04-08 (TEST DATA: the 2016 and
 * 2018 editions are not bundled) and relies on the dated consumption-tax and VAT measures.
 */
class CbecTaxEffectiveDatesTest {
    static final CbecTax TAX;

    static {
        List<Measure> measures = new ArrayList<>(CbecWorld.BUNDLE.measures());
        measures.add(new Measure(99_000_001L, MeasureType.CBEC_POSITIVE_LIST, "22042100", "ERGA_OMNES", null,
                LocalDate.of(2016, 4, 8), LocalDate.of(2019, 12, 31), null, List.of(), List.of(), "CBEC-TAX-2016",
                null));
        TariffSchedule schedule = new TariffSchedule(CbecWorld.NOMENCLATURE, measures,
                CbecWorld.BUNDLE.legalActs(), CbecWorld.BUNDLE.footnotes());
        TAX = new CbecTax(schedule, CbecWorld.REFERENCE, LayeredCustomsExchangeRates.bundled(), CbecWorld.LAW);
    }

    @Test
    void a_3000_yuan_order_of_two_bottles_is_refused_on_2018_12_31_and_taxed_at_70_percent_on_2019_01_01() {
        CbecRefused before = (CbecRefused) TAX.assess(list(LocalDate.of(2018, 12, 31), "0", wine(1, "1500.00"),
                wine(2, "1500.00")), BigDecimal.ZERO);
        assertThat(before.returnInfo()).startsWith("-621005 ").contains("单笔限额[2000]");
        CbecTaxBill after = (CbecTaxBill) TAX.assess(list(LocalDate.of(2019, 1, 1), "0", wine(1, "1500.00"),
                wine(2, "1500.00")), BigDecimal.ZERO);
        // VAT 16% until 2019-03-31: CT per bottle 166.67 -> 116.67; VAT (1500 + 166.67) x 16% = 266.67 -> 186.67
        assertThat(after.consumptionTax()).isEqualByComparingTo("233.34");
        assertThat(after.valueAddedTax()).isEqualByComparingTo("373.34");
        assertThat(after.lines().get(0).vatMeasure().expression()).isEqualTo("16%");
    }

    @Test
    void the_same_wine_pays_13_percent_vat_from_2019_04_01() {
        CbecTaxBill march = (CbecTaxBill) TAX.assess(list(LocalDate.of(2019, 3, 31), "0", wine(1, "1000.00")),
                BigDecimal.ZERO);
        CbecTaxBill april = (CbecTaxBill) TAX.assess(list(LocalDate.of(2019, 4, 1), "0", wine(1, "1000.00")),
                BigDecimal.ZERO);
        // statutory VAT (1000 + 111.11) x 16% = 177.78 -> 124.45; x 13% = 144.44 -> 101.11
        assertThat(march.valueAddedTax()).isEqualByComparingTo("124.45");
        assertThat(april.valueAddedTax()).isEqualByComparingTo("101.11");
    }

    @Test
    void a_buyer_with_19000_used_in_2018_is_refused_1500_on_2018_12_31_but_not_on_2019_01_01() {
        assertThat(TAX.assess(list(LocalDate.of(2018, 12, 31), "0", wine(1, "1500.00")), new BigDecimal("19000"))
                .accepted()).isFalse();
        // a new year and a new limit: the caller passes the usage of 2019, which starts at 0
        assertThat(TAX.assess(list(LocalDate.of(2019, 1, 1), "0", wine(1, "1500.00")), BigDecimal.ZERO)
                .accepted()).isTrue();
    }

    @Test
    void before_the_cbec_tax_policy_began_on_2016_04_08_a_list_is_refused() {
        CbecTaxResult r = TAX.assess(list(LocalDate.of(2016, 4, 7), "0", wine(1, "100.00")), BigDecimal.ZERO);
        assertThat(((CbecRefused) r).returnInfo()).startsWith("-621001").contains("2016-04-07");
    }
}
