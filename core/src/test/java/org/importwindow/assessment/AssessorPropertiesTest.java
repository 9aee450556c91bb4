package org.importwindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AssessorPropertiesTest {
    private static final Assessor ASSESSOR = TestTariff.assessor();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);

    @Property(tries = 300)
    void the_auto_rate_is_never_above_the_rate_without_preference(@ForAll("items") ItemRequest item) {
        ItemRequest none = new ItemRequest(item.commodityCode(), item.origin(), item.customsValue(), item.quantity(),
                item.unit(), "NONE", item.proofOfOrigin(), item.quotaCertificate(), item.attributes());
        BigDecimal auto = ASSESSOR.assess(new AssessmentRequest(DAY, null, List.of(item))).items().get(0).duty().amount();
        BigDecimal noPreference = ASSESSOR.assess(new AssessmentRequest(DAY, null, List.of(none))).items().get(0)
                .duty().amount();
        assertThat(auto).isLessThanOrEqualTo(noPreference);
    }

    @Property(tries = 200)
    void totals_are_the_sums_of_the_items_when_nothing_is_waived(@ForAll("consignments") List<ItemRequest> items) {
        Assessment a = ASSESSOR.assess(new AssessmentRequest(DAY, null, items));
        BigDecimal duty = BigDecimal.ZERO;
        BigDecimal ct = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (ItemAssessment i : a.items()) {
            duty = duty.add(i.totalDuty());
            ct = ct.add(i.consumptionTax().amount());
            vat = vat.add(i.vat().amount());
        }
        Totals t = a.totals();
        assertThat(t.waived().contains("duty") ? BigDecimal.ZERO : duty).isEqualByComparingTo(t.duty());
        assertThat(t.waived().contains("consumptionTax") ? BigDecimal.ZERO : ct).isEqualByComparingTo(t.consumptionTax());
        assertThat(t.waived().contains("vat") ? BigDecimal.ZERO : vat).isEqualByComparingTo(t.vat());
        assertThat(t.payable()).isEqualByComparingTo(t.duty().add(t.consumptionTax()).add(t.vat()));
        for (String w : t.waived()) {
            BigDecimal statutory = w.equals("duty") ? duty : w.equals("vat") ? vat : ct;
            assertThat(statutory).isLessThanOrEqualTo(new BigDecimal("50"));
        }
    }

    @Provide
    Arbitrary<List<ItemRequest>> consignments() {
        return items().list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<ItemRequest> items() {
        return Combinators.combine(
                Arbitraries.of("22042100", "02013000", "84715040", "10019900", "24022000", "22030000"),
                Arbitraries.of("FR", "AU", "JP", "KR", "ET", "US", "KP", "ZZ", "CN"),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2),
                Arbitraries.of("AUTO", "AU", "JPR", "KR", "LD"),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as((code, origin, value, pref, proof, quota) -> {
                    BigDecimal qty = code.equals("24022000") ? new BigDecimal("1000")
                            : code.equals("22030000") ? new BigDecimal("500") : null;
                    String unit = code.equals("24022000") ? "STICK" : code.equals("22030000") ? "LTR" : null;
                    return new ItemRequest(code, origin, value, qty, unit, pref, proof, quota, Map.of());
                });
    }
}
