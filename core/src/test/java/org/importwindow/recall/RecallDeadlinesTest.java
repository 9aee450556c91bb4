package org.importwindow.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.recall.RecallFixtures.defect;
import static org.importwindow.recall.RecallFixtures.notice;
import static org.importwindow.recall.RecallFixtures.planSubmitted;
import static org.importwindow.recall.RecallFixtures.progress;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.law.DatedParameters;
import org.importwindow.recall.Deadline.Status;
import org.importwindow.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * Each step's deadline just before and just after it, with the bundled day counts of Order No. 19 (2 working days
 * for a serious defect report, 10 for the plan, 3 for the notice, 3 months between progress reports, 15 working
 * days for the summary). 2 September 2024 is a Monday.
 */
class RecallDeadlinesTest {
    private static final DatedParameters LAW = DatedParameters.loadBundled();
    private static final RecallDeadlines WEEKDAYS = new RecallDeadlines(LAW, RecallCalendar.weekendsOnly());
    private static final LocalDate MON = LocalDate.of(2024, 9, 2);

    private static Deadline step(RecallCase c, RecallStep step, LocalDate asOf) {
        List<Deadline> found = WEEKDAYS.of(c, asOf).stream().filter(d -> d.step() == step).toList();
        assertThat(found).as(step.name()).isNotEmpty();
        return found.get(found.size() - 1);
    }

    @Test
    void a_serious_defect_reported_on_the_second_working_day_is_in_time_and_on_the_third_is_late() {
        Deadline inTime = step(RecallCase.open(defect(MON.plusDays(2), MON, true, null)), RecallStep.DEFECT_REPORT,
                MON.plusDays(2));
        assertThat(inTime.dueOn()).isEqualTo(LocalDate.of(2024, 9, 4));
        assertThat(inTime.status()).isEqualTo(Status.MET);
        Deadline late = step(RecallCase.open(defect(MON.plusDays(3), MON, true, null)), RecallStep.DEFECT_REPORT,
                MON.plusDays(3));
        assertThat(late.status()).isEqualTo(Status.LATE);
    }

    @Test
    void a_defect_that_is_not_serious_has_no_report_deadline() {
        assertThat(WEEKDAYS.of(RecallCase.open(defect(MON.plusDays(20), MON, false, null)), MON.plusDays(30)))
                .isEmpty();
    }

    @Test
    void the_plan_is_due_ten_working_days_after_the_defect_was_confirmed() {
        RecallCase reported = RecallCase.open(defect(MON, MON, true, MON));
        Deadline lastDay = step(reported, RecallStep.RECALL_PLAN, LocalDate.of(2024, 9, 16));
        assertThat(lastDay.dueOn()).isEqualTo(LocalDate.of(2024, 9, 16));
        assertThat(lastDay.status()).isEqualTo(Status.PENDING);
        assertThat(step(reported, RecallStep.RECALL_PLAN, LocalDate.of(2024, 9, 17)).status())
                .isEqualTo(Status.OVERDUE);
        assertThat(WEEKDAYS.overdue(reported, LocalDate.of(2024, 9, 17))).extracting(Deadline::step)
                .containsExactly(RecallStep.RECALL_PLAN);
        RecallCase onTime = reported.apply(planSubmitted(LocalDate.of(2024, 9, 16), MON, LocalDate.of(2025, 2, 28)));
        assertThat(step(onTime, RecallStep.RECALL_PLAN, LocalDate.of(2024, 9, 30)).status()).isEqualTo(Status.MET);
        RecallCase late = reported.apply(planSubmitted(LocalDate.of(2024, 9, 17), MON, LocalDate.of(2025, 2, 28)));
        assertThat(step(late, RecallStep.RECALL_PLAN, LocalDate.of(2024, 9, 30)).status()).isEqualTo(Status.LATE);
    }

    @Test
    void an_ordered_recall_counts_the_plan_from_the_order() {
        RecallCase ordered = RecallCase.open(new RecallEvent.InvestigationOpened(MON, "regulator", null, "Hair dryer",
                null, "HD-9", "complaints")).apply(new RecallEvent.RecallOrdered(LocalDate.of(2024, 9, 9),
                "regulator", null, "overheating"));
        Deadline plan = step(ordered, RecallStep.RECALL_PLAN, LocalDate.of(2024, 9, 23));
        assertThat(plan.startsOn()).isEqualTo(LocalDate.of(2024, 9, 9));
        assertThat(plan.dueOn()).isEqualTo(LocalDate.of(2024, 9, 23));
        assertThat(plan.status()).isEqualTo(Status.PENDING);
        assertThat(step(ordered, RecallStep.RECALL_PLAN, LocalDate.of(2024, 9, 24)).status()).isEqualTo(Status.OVERDUE);
    }

    @Test
    void an_investigation_alone_sets_the_importer_no_deadline() {
        RecallCase c = RecallCase.open(new RecallEvent.InvestigationOpened(MON, "regulator", null, "Hair dryer",
                null, "HD-9", "complaints"));
        assertThat(WEEKDAYS.of(c, MON.plusYears(1))).isEmpty();
    }

    @Test
    void the_notice_is_due_three_working_days_after_the_plan() {
        RecallCase planned = RecallCase.open(planSubmitted(LocalDate.of(2024, 9, 16), MON, LocalDate.of(2025, 2, 28)));
        Deadline onThursday = step(planned, RecallStep.RECALL_NOTICE, LocalDate.of(2024, 9, 19));
        assertThat(onThursday.dueOn()).isEqualTo(LocalDate.of(2024, 9, 19));
        assertThat(onThursday.status()).isEqualTo(Status.PENDING);
        assertThat(step(planned, RecallStep.RECALL_NOTICE, LocalDate.of(2024, 9, 20)).status())
                .isEqualTo(Status.OVERDUE);
        assertThat(step(planned.apply(notice(LocalDate.of(2024, 9, 19))), RecallStep.RECALL_NOTICE,
                LocalDate.of(2024, 9, 20)).status()).isEqualTo(Status.MET);
    }

    @Test
    void a_progress_report_is_due_three_months_after_the_notice_then_after_each_report() {
        RecallCase running = RecallCase.open(planSubmitted(LocalDate.of(2024, 9, 16), MON, LocalDate.of(2025, 6, 30)))
                .apply(notice(LocalDate.of(2024, 9, 19)));
        Deadline first = step(running, RecallStep.PROGRESS_REPORT, LocalDate.of(2024, 12, 19));
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2024, 12, 19));
        assertThat(first.status()).isEqualTo(Status.PENDING);
        assertThat(step(running, RecallStep.PROGRESS_REPORT, LocalDate.of(2024, 12, 20)).status())
                .isEqualTo(Status.OVERDUE);
        RecallCase reported = running.apply(progress(LocalDate.of(2024, 12, 10), 100));
        List<Deadline> progress = WEEKDAYS.of(reported, LocalDate.of(2024, 12, 20)).stream()
                .filter(d -> d.step() == RecallStep.PROGRESS_REPORT).toList();
        assertThat(progress).extracting(Deadline::status).containsExactly(Status.MET, Status.PENDING);
        assertThat(progress.get(1).dueOn()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void the_summary_is_due_fifteen_working_days_after_the_planned_completion() {
        RecallCase running = RecallCase.open(planSubmitted(LocalDate.of(2024, 9, 16), MON, LocalDate.of(2025, 2, 28)))
                .apply(notice(LocalDate.of(2024, 9, 19))).apply(progress(LocalDate.of(2024, 12, 10), 100));
        Deadline summary = step(running, RecallStep.SUMMARY_REPORT, LocalDate.of(2025, 3, 21));
        assertThat(summary.dueOn()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(summary.status()).isEqualTo(Status.PENDING);
        assertThat(step(running, RecallStep.SUMMARY_REPORT, LocalDate.of(2025, 3, 24)).status())
                .isEqualTo(Status.OVERDUE);
        RecallCase closed = running.apply(new RecallEvent.RecallClosed(LocalDate.of(2025, 3, 21), "declarant-a",
                "done", List.of()));
        assertThat(step(closed, RecallStep.SUMMARY_REPORT, LocalDate.of(2025, 4, 1)).status()).isEqualTo(Status.MET);
        // the summary came in time, but the stage report due on 10 March (3 months after the last) never came
        assertThat(WEEKDAYS.overdue(closed, LocalDate.of(2025, 4, 1))).extracting(Deadline::step)
                .containsExactly(RecallStep.PROGRESS_REPORT);
    }

    @Test
    void the_national_day_holiday_pushes_the_plan_deadline_and_an_adjusted_saturday_counts() {
        // the 2024 National Day arrangement: 1-7 October off, Sunday 29 September and Saturday 12 October worked
        RecallCalendar china = WorkingDays.bundled()::plusWorkingDays;
        RecallDeadlines deadlines = new RecallDeadlines(LAW, china);
        RecallCase c = RecallCase.open(defect(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 9, 27), false,
                LocalDate.of(2024, 9, 27)));
        Deadline plan = deadlines.of(c, LocalDate.of(2024, 10, 16)).get(0);
        assertThat(plan.dueOn()).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(plan.status()).isEqualTo(Status.PENDING);
        assertThat(deadlines.of(c, LocalDate.of(2024, 10, 17)).get(0).status()).isEqualTo(Status.OVERDUE);
        assertThat(WEEKDAYS.of(c, LocalDate.of(2024, 10, 12)).get(0).status())
                .as("counting weekdays only would wrongly flag it on 12 October").isEqualTo(Status.OVERDUE);
    }

    @Test
    void every_recall_parameter_has_a_value_and_a_citation_from_the_day_order_19_took_effect() {
        for (RecallStep step : RecallStep.values()) {
            assertThat(LAW.valueOn(step.parameter(), LocalDate.of(2020, 1, 1))).as(step.parameter()).isPresent()
                    .get().satisfies(v -> assertThat(v.citation()).contains("消费品召回管理暂行规定"));
            assertThat(LAW.valueOn(step.parameter(), LocalDate.of(2019, 12, 31))).isEmpty();
        }
    }
}
