package org.importwindow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.complaint.Complaints.at;
import static org.importwindow.complaint.Complaints.calendar;
import static org.importwindow.complaint.Complaints.filedOn;

import java.time.LocalDate;
import org.importwindow.complaint.ComplaintEvent.ComplaintAccepted;
import org.importwindow.calendar.WorkingDays;
import org.importwindow.law.DatedParameters;
import org.junit.jupiter.api.Test;

class ComplaintDeadlinesTest {

    private static final DatedParameters LAW = DatedParameters.loadBundled();
    private static final LocalDate FRI = LocalDate.of(2026, 11, 27);
    private final ComplaintDeadlines deadlines = new ComplaintDeadlines(LAW, calendar());

    @Test
    void a_complaint_received_on_a_friday_must_be_decided_by_the_seventh_working_day_after() {
        // Mon 30 Nov .. Tue 8 Dec are the 7 working days (the day of receipt not counted).
        Deadline d = deadlines.acceptance(filedOn(FRI), LocalDate.of(2026, 12, 8));
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(d.workingDays()).isEqualTo(7);
        assertThat(d.overdue()).isFalse();
        assertThat(d.citation()).contains("第十四条");
    }

    @Test
    void undecided_the_day_after_the_limit_it_is_overdue() {
        assertThat(deadlines.acceptance(filedOn(FRI), LocalDate.of(2026, 12, 9)).overdue()).isTrue();
    }

    @Test
    void a_holiday_inside_the_period_moves_the_limit() {
        ComplaintDeadlines withHoliday = new ComplaintDeadlines(LAW, calendar(LocalDate.of(2026, 12, 1)));
        assertThat(withHoliday.acceptance(filedOn(FRI), LocalDate.of(2026, 12, 9)).due())
                .isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void a_decision_after_the_limit_is_not_overdue_but_late() {
        Complaint c = filedOn(FRI).then(new ComplaintAccepted(at(LocalDate.of(2026, 12, 10)), "regulator"));
        Deadline d = deadlines.acceptance(c, LocalDate.of(2026, 12, 20));
        assertThat(d.overdue()).isFalse();
        assertThat(d.late()).isTrue();
        assertThat(d.doneOn()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void mediation_runs_45_working_days_from_acceptance() {
        Complaint c = filedOn(FRI).then(new ComplaintAccepted(at(LocalDate.of(2026, 11, 30)), "regulator"));
        Deadline m = deadlines.mediation(c, LocalDate.of(2026, 12, 1)).orElseThrow();
        // 45 working days after Mon 30 Nov 2026 = 9 weeks = Mon 1 Feb 2027 on a weekends-only calendar.
        assertThat(m.due()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(m.workingDays()).isEqualTo(45);
        assertThat(deadlines.mediation(filedOn(FRI), FRI)).isEmpty();
    }

    @Test
    void on_chinas_calendar_the_national_day_holiday_stops_the_clock_and_the_worked_sunday_counts() {
        // Received Monday 29 Sep 2025: 30 Sep is a working day, 1-8 Oct the National Day and Mid-Autumn holiday,
        // Saturday 11 Oct a worked day (国办发明电〔2024〕12号); so 30 Sep, 9, 10, 11, 13, 14, 15 Oct.
        ComplaintDeadlines china = new ComplaintDeadlines(LAW, WorkingDays.bundled()::plusWorkingDays);
        Deadline d = china.acceptance(filedOn(LocalDate.of(2025, 9, 29)), LocalDate.of(2025, 10, 15));
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(d.overdue()).isFalse();
    }
}
