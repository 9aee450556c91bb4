package org.importwindow.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.importwindow.recall.RecallFixtures.defect;
import static org.importwindow.recall.RecallFixtures.notice;
import static org.importwindow.recall.RecallFixtures.planSubmitted;
import static org.importwindow.recall.RecallFixtures.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The steps of a recall under Order No. 19, in order and out of order, and the checks of each step's data. */
class RecallStepsTest {
    private static final LocalDate D = LocalDate.of(2024, 9, 2);

    @Test
    void an_importer_reports_a_defect_then_plans_publishes_reports_progress_and_closes() {
        RecallCase c = RecallCase.open(defect(D, D, true, D));
        assertThat(c.state()).isEqualTo(RecallState.DEFECT_REPORTED);
        c = c.apply(planSubmitted(D.plusDays(7), D, D.plusMonths(6)));
        assertThat(c.state()).isEqualTo(RecallState.PLAN_SUBMITTED);
        c = c.apply(notice(D.plusDays(8)));
        assertThat(c.state()).isEqualTo(RecallState.NOTICE_PUBLISHED);
        c = c.apply(progress(D.plusMonths(3), 100));
        assertThat(c.state()).isEqualTo(RecallState.NOTICE_PUBLISHED);
        c = c.apply(new RecallEvent.RecallClosed(D.plusMonths(6), "declarant-a", "1,150 of 1,200 seats replaced",
                List.of()));
        assertThat(c.state()).isEqualTo(RecallState.CLOSED);
        assertThat(c.enterprise()).contains(RecallFixtures.IMPORTER);
        assertThat(c.events()).extracting(RecallEvent::type).containsExactly("DefectReported",
                "RecallPlanSubmitted", "RecallNoticePublished", "ProgressReported", "RecallClosed");
    }

    @Test
    void the_regulator_investigates_orders_a_recall_and_the_importer_answers_with_a_plan() {
        RecallCase c = RecallCase.open(new RecallEvent.InvestigationOpened(D, "regulator", null, "Hair dryer",
                null, "HD-9", "Seven complaints of overheating in a week"));
        assertThat(c.state()).isEqualTo(RecallState.INVESTIGATING);
        assertThat(c.enterprise()).isEmpty();
        c = c.apply(new RecallEvent.RecallOrdered(D.plusDays(20), "regulator", null, "Overheating confirmed by tests"));
        assertThat(c.state()).isEqualTo(RecallState.ORDERED);
        c = c.apply(planSubmitted(D.plusDays(25), D.plusDays(20), D.plusMonths(4)));
        assertThat(c.state()).isEqualTo(RecallState.PLAN_SUBMITTED);
        assertThat(c.enterprise()).contains(RecallFixtures.IMPORTER);
    }

    @Test
    void a_notice_before_the_plan_is_refused_as_out_of_order() {
        RecallCase c = RecallCase.open(defect(D, D, false, null));
        assertThatThrownBy(() -> c.apply(notice(D.plusDays(1))))
                .isInstanceOfSatisfying(RecallRuleException.class, e -> {
                    assertThat(e.conflict()).isTrue();
                    assertThat(e.violations()).extracting(RecallViolation::code).containsExactly("REC-201");
                });
    }

    @Test
    void nothing_follows_the_closure_and_no_order_follows_a_plan() {
        RecallCase planned = RecallCase.open(planSubmitted(D, D, D.plusMonths(2)));
        assertThatThrownBy(() -> planned.apply(new RecallEvent.RecallOrdered(D, "regulator", null, "late order")))
                .isInstanceOf(RecallRuleException.class);
        RecallCase closed = planned.apply(notice(D)).apply(new RecallEvent.RecallClosed(D.plusMonths(2),
                "declarant-a", "done", List.of()));
        assertThatThrownBy(() -> closed.apply(progress(D.plusMonths(3), 1))).isInstanceOf(RecallRuleException.class);
    }

    @Test
    void a_plan_missing_everything_is_refused_with_every_error() {
        RecallPlan empty = new RecallPlan(List.of(new RecalledProduct(" ", null, null, "12345678", List.of(), null,
                null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 1), 0, "94012", "Germany")), null, null, null,
                null, null, D, null);
        assertThatThrownBy(() -> RecallCase.open(new RecallEvent.RecallPlanSubmitted(D, "declarant-a",
                RecallFixtures.IMPORTER, empty))).isInstanceOfSatisfying(RecallRuleException.class, e -> {
                    assertThat(e.conflict()).isFalse();
                    assertThat(e.violations()).extracting(RecallViolation::code).contains("REC-102", "REC-103",
                            "REC-104", "REC-105", "REC-106", "REC-107", "REC-108", "REC-109", "REC-110", "REC-111",
                            "REC-112", "REC-113", "REC-114", "REC-115");
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.messageZh()).isNotBlank());
                });
    }

    @Test
    void progress_without_units_sold_at_a_level_leaves_them_to_the_traced_scope() {
        RecallCase c = RecallCase.open(planSubmitted(D, D, D.plusMonths(2))).apply(notice(D))
                .apply(new RecallEvent.ProgressReported(D.plusDays(10), "declarant-a",
                        List.of(new LevelProgress(ChainLevel.CONSUMER, 0, 30)), null));
        List<LevelProgress> levels = CompletionRate.byLevel(c, java.util.Map.of(ChainLevel.CONSUMER, 120L));
        assertThat(levels).containsExactly(new LevelProgress(ChainLevel.CONSUMER, 120, 30));
        assertThat(levels.get(0).rate()).contains(new BigDecimal("0.2500"));
    }

    @Test
    void a_step_dated_before_the_last_one_is_refused() {
        RecallCase c = RecallCase.open(planSubmitted(D, D, D.plusMonths(2)));
        assertThatThrownBy(() -> c.apply(notice(D.minusDays(1))))
                .isInstanceOfSatisfying(RecallRuleException.class, e ->
                        assertThat(e.violations()).extracting(RecallViolation::code).containsExactly("REC-010"));
    }

    @Test
    void progress_with_more_units_corrected_than_sold_is_refused() {
        RecallCase c = RecallCase.open(planSubmitted(D, D, D.plusMonths(2))).apply(notice(D));
        assertThatThrownBy(() -> c.apply(progress(D.plusDays(10), 701)))
                .isInstanceOfSatisfying(RecallRuleException.class, e ->
                        assertThat(e.violations()).extracting(RecallViolation::code).containsExactly("REC-133"));
    }

    @Test
    void gtin_check_digits_are_checked() {
        assertThat(RecallRules.validGtin("04006381333931")).isTrue();
        assertThat(RecallRules.validGtin("4006381333931")).isTrue();
        assertThat(RecallRules.validGtin("4006381333932")).isFalse();
        assertThat(RecallRules.validGtin("96385074")).isTrue();
    }

    @Test
    void the_completion_rate_is_measured_at_each_level_as_cpsc_does() {
        RecallCase c = RecallCase.open(planSubmitted(D, D, D.plusMonths(2))).apply(notice(D))
                .apply(progress(D.plusDays(30), 350));
        List<LevelProgress> levels = CompletionRate.byLevel(c, Map.of(ChainLevel.DISTRIBUTOR, 400L));
        assertThat(levels).extracting(LevelProgress::level).containsExactly(ChainLevel.IMPORTER,
                ChainLevel.DISTRIBUTOR, ChainLevel.RETAILER, ChainLevel.CONSUMER);
        assertThat(levels.get(0).rate()).contains(new BigDecimal("0.2500"));
        assertThat(levels.get(1).rate()).as("nothing reported: scope only").contains(new BigDecimal("0.0000"));
        assertThat(levels.get(2).rate()).contains(new BigDecimal("0.4000"));
        assertThat(levels.get(3).rate()).contains(new BigDecimal("0.5000"));
        assertThat(CompletionRate.overall(levels)).contains(new BigDecimal("0.7083"));
    }

    @Test
    void the_affected_scope_counts_units_per_level_and_names_the_parties_to_tell() {
        AffectedScope scope = AffectedScope.of(List.of(
                new Consignment(RecallFixtures.GTIN, "L2403", "importer", "Huadong Distribution", ChainLevel.DISTRIBUTOR, 600),
                new Consignment(RecallFixtures.GTIN, "L2403", "Huadong Distribution", "Baby Store Pudong",
                        ChainLevel.RETAILER, 250),
                new Consignment(RecallFixtures.GTIN, "L2999", "importer", "Other lot shop", ChainLevel.RETAILER, 90),
                new Consignment(RecallFixtures.GTIN, "L2404", "Baby Store Pudong", "consumer", ChainLevel.CONSUMER, 40)));
        RecallPlan plan = RecallFixtures.plan(D, D.plusMonths(2));
        assertThat(AffectedScope.unitsByLevel(scope, plan)).containsEntry(ChainLevel.IMPORTER, 1200L)
                .containsEntry(ChainLevel.DISTRIBUTOR, 600L).containsEntry(ChainLevel.RETAILER, 250L)
                .containsEntry(ChainLevel.CONSUMER, 40L);
        assertThat(AffectedScope.partiesToNotify(scope, plan))
                .containsExactly("Huadong Distribution", "Baby Store Pudong");
        assertThat(AffectedScope.partiesWithUnits(scope, plan)).containsExactly(
                new PartyToNotify("Huadong Distribution", ChainLevel.DISTRIBUTOR, 600),
                new PartyToNotify("Baby Store Pudong", ChainLevel.RETAILER, 250));
    }

    @Test
    void a_traced_import_receipt_does_not_count_the_importers_units_twice() {
        AffectedScope scope = AffectedScope.of(List.of(
                new Consignment(RecallFixtures.GTIN, "L2403", "exporter", "importer", ChainLevel.IMPORTER, 1200),
                new Consignment(RecallFixtures.GTIN, "L2403", "importer", "Huadong Distribution",
                        ChainLevel.DISTRIBUTOR, 600)));
        RecallPlan plan = RecallFixtures.plan(D, D.plusMonths(2));
        assertThat(AffectedScope.unitsByLevel(scope, plan)).containsEntry(ChainLevel.IMPORTER, 1200L)
                .containsEntry(ChainLevel.DISTRIBUTOR, 600L);
    }
}
