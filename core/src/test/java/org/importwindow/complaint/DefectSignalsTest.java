package org.importwindow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefectSignalsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27); // Friday of 2026-W48
    private final DefectSignals signals = new DefectSignals(SignalSettings.defaults());
    private final List<ProductComplaint> complaints = new ArrayList<>();
    private int n;

    private void add(String product, LocalDate day, int count, String text) {
        for (int i = 0; i < count; i++) {
            complaints.add(new ProductComplaint("CMP-" + (++n), product, product, day, text));
        }
    }

    /** One complaint a week for the eight weeks before the as-of week. */
    private void stableBaseline(String product) {
        for (int w = 1; w <= 8; w++) {
            add(product, AS_OF.minusWeeks(w), 1, "minor scratch on the lid");
        }
    }

    @Test
    void a_product_with_one_complaint_a_week_and_then_six_in_a_week_is_flagged() {
        stableBaseline("gtin:04006381333931");
        add("gtin:04006381333931", AS_OF, 6, "the base sparked");

        List<DefectSignal> flagged = signals.flagged(complaints, AS_OF);
        assertThat(flagged).hasSize(1);
        DefectSignal s = flagged.get(0);
        assertThat(s.week()).isEqualTo(new IsoWeek(2026, 48));
        assertThat(s.observed()).isEqualTo(6);
        assertThat(s.baselineMean()).isEqualTo(1.0);
        assertThat(s.pValue()).isLessThan(0.01).isGreaterThan(0.0);
    }

    @Test
    void the_same_product_with_two_complaints_in_the_week_is_not_flagged() {
        stableBaseline("gtin:04006381333931");
        add("gtin:04006381333931", AS_OF, 2, "the base sparked");

        assertThat(signals.flagged(complaints, AS_OF)).isEmpty();
        assertThat(signals.assess(complaints, AS_OF)).isNotEmpty();
    }

    @Test
    void a_busy_product_at_its_usual_level_is_not_flagged() {
        for (int w = 1; w <= 8; w++) {
            add("model:X1", AS_OF.minusWeeks(w), 5, "late delivery");
        }
        add("model:X1", AS_OF, 7, "late delivery");
        assertThat(signals.flagged(complaints, AS_OF)).isEmpty();
    }

    @Test
    void a_new_product_with_a_few_first_complaints_is_not_flagged_by_noise() {
        add("gtin:00000096385074", AS_OF, 2, "does not switch on");
        add("model:NEW-1", AS_OF, 3, "does not switch on");
        assertThat(signals.flagged(complaints, AS_OF)).isEmpty();
    }

    @Test
    void a_spike_late_last_week_is_still_reported_on_the_monday_after() {
        stableBaseline("gtin:04006381333931");
        add("gtin:04006381333931", AS_OF, 6, "the base sparked");
        assertThat(signals.flagged(complaints, LocalDate.of(2026, 11, 30)))
                .extracting(DefectSignal::week).containsExactly(new IsoWeek(2026, 48));
    }

    @Test
    void the_poisson_tail_matches_known_values() {
        assertThat(Poisson.upperTail(3, 0.5)).isCloseTo(0.01439, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(Poisson.upperTail(6, 1.0)).isCloseTo(0.000594, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Poisson.upperTail(0, 3.0)).isEqualTo(1.0);
    }

    @Test
    void the_flagged_week_groups_its_descriptions_by_story() {
        stableBaseline("gtin:04006381333931");
        add("gtin:04006381333931", AS_OF, 1, "充电器充电时冒烟并烧焦");
        add("gtin:04006381333931", AS_OF, 1, "充电的时候充电器冒烟，有烧焦味");
        add("gtin:04006381333931", AS_OF, 1, "Charger overheated and started smoking while charging");
        add("gtin:04006381333931", AS_OF, 1, "The charger started smoking and overheated during charging");
        add("gtin:04006381333931", AS_OF, 1, "Charger overheats, smoke came out");
        add("gtin:04006381333931", AS_OF, 1, "屏幕有划痕");

        DefectSignal s = signals.flagged(complaints, AS_OF).get(0);
        assertThat(s.groups()).hasSize(3);
        assertThat(s.groups().get(0)).extracting(ProductComplaint::description).containsExactly(
                "Charger overheated and started smoking while charging",
                "The charger started smoking and overheated during charging",
                "Charger overheats, smoke came out");
    }
}
