package org.importwindow.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.declaration.World.*;

import java.math.BigDecimal;
import java.util.List;
import org.importwindow.assessment.Assessment;
import org.junit.jupiter.api.Test;

class CifValuationTest {

    private static List<BigDecimal> values(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    @Test
    void fob_with_unknown_insurance_adds_freight_and_three_per_mille_of_goods_plus_freight() {
        CifValuation.CifValues v = CifValuation.convert(CifValuation.Terms.FOB, values("10000.00"),
                new BigDecimal("1000.00"), null, PARAMETERS, DAY);
        assertThat(v.insuranceEstimated()).isTrue();
        assertThat(v.insurance()).isEqualByComparingTo("33.00");
        assertThat(v.itemValues()).containsExactly(new BigDecimal("11033.00"));
    }

    @Test
    void cfr_already_holds_the_freight_so_only_insurance_is_added() {
        CifValuation.CifValues v = CifValuation.convert(CifValuation.Terms.of("C&F"), values("20000.00"),
                new BigDecimal("999"), null, PARAMETERS, DAY);
        assertThat(v.freight()).isEqualByComparingTo("0");
        assertThat(v.total()).isEqualByComparingTo("20060.00");
    }

    @Test
    void cif_values_are_the_customs_values() {
        CifValuation.CifValues v = CifValuation.convert(CifValuation.Terms.CIF, values("100.00", "200.00"),
                new BigDecimal("50"), new BigDecimal("5"), PARAMETERS, DAY);
        assertThat(v.itemValues()).containsExactly(new BigDecimal("100.00"), new BigDecimal("200.00"));
    }

    @Test
    void freight_and_insurance_are_spread_by_value_and_add_up_to_the_fen() {
        CifValuation.CifValues v = CifValuation.convert(CifValuation.Terms.FOB, values("100.00", "100.00", "100.00"),
                new BigDecimal("10.00"), new BigDecimal("0.01"), PARAMETERS, DAY);
        assertThat(v.total()).isEqualByComparingTo("310.01");
        assertThat(v.itemValues().get(0)).isEqualByComparingTo("103.34");
    }

    @Test
    void a_fob_declaration_is_assessed_on_its_cif_value() {
        DeclarationRequest fob = declaration("R-FOB", "FOB", "CNY", List.of(World.wine()));
        DeclarationRequest withFreight = withHeader(fob, null, null, new BigDecimal("5000.00"), null, List.of(),
                null);
        Assessment a = DESK.assess(withFreight);
        // 100000 + 5000 freight + 0.003 x 105000 insurance
        assertThat(a.items().get(0).customsValueCny()).isEqualByComparingTo("105315.00");
    }
}
