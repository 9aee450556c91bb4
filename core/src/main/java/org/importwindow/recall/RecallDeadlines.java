package org.importwindow.recall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.importwindow.law.LegalParameters;
import org.importwindow.recall.RecallEvent.DefectReported;
import org.importwindow.recall.RecallEvent.ProgressReported;
import org.importwindow.recall.RecallEvent.RecallClosed;
import org.importwindow.recall.RecallEvent.RecallNoticePublished;
import org.importwindow.recall.RecallEvent.RecallOrdered;
import org.importwindow.recall.RecallEvent.RecallPlanSubmitted;

/**
 * Each step's deadline of a recall case as of a given day, from the dated legal parameters in force on the day the
 * count starts, counted in working days by the {@link RecallCalendar} (or months, for progress reports).
 *
 * <ul>
 *   <li>defect report: within the working days of finding a serious defect (or a recall abroad);</li>
 *   <li>recall plan: from the order to recall, or else from the day the producer considered the product
 *       defective;</li>
 *   <li>public notice: from the (first) recall plan;</li>
 *   <li>progress reports: every interval from the notice, then from each report, until closure;</li>
 *   <li>summary report (the closure): after the plan's completion date.</li>
 * </ul>
 * The regulator's own steps (investigation, order) have no day count in Order No. 19 and get none here.
 */
public final class RecallDeadlines {
    private final LegalParameters law;
    private final RecallCalendar calendar;

    public RecallDeadlines(LegalParameters law, RecallCalendar calendar) {
        this.law = law;
        this.calendar = calendar;
    }

    /** The deadlines known so far, in the order of the steps. */
    public List<Deadline> of(RecallCase c, LocalDate asOf) {
        List<Deadline> out = new ArrayList<>();
        c.firstOf(DefectReported.class).filter(DefectReported::serious).ifPresent(d ->
                out.add(workingDays(RecallStep.DEFECT_REPORT, d.discoveredOn(), d.on(), asOf)));

        Optional<RecallPlanSubmitted> firstPlan = c.firstOf(RecallPlanSubmitted.class);
        LocalDate planDone = firstPlan.map(RecallEvent::on).orElse(null);
        LocalDate planStart = c.firstOf(RecallOrdered.class).map(RecallEvent::on)
                .or(() -> c.firstOf(DefectReported.class).map(DefectReported::defectConfirmedOn))
                .or(() -> firstPlan.map(p -> p.plan().defectConfirmedOn()))
                .orElse(null);
        if (planStart != null) {
            out.add(workingDays(RecallStep.RECALL_PLAN, planStart, planDone, asOf));
        }
        if (planDone != null) {
            LocalDate noticeDone = c.notice().map(RecallEvent::on).orElse(null);
            out.add(workingDays(RecallStep.RECALL_NOTICE, planDone, noticeDone, asOf));
            c.notice().ifPresent(n -> out.addAll(progress(c, n, asOf)));
            c.plan().ifPresent(p -> out.add(workingDays(RecallStep.SUMMARY_REPORT, p.plannedCompletion(),
                    c.closure().map(RecallEvent::on).orElse(null), asOf)));
        }
        return out;
    }

    /** The deadlines not met and past, as of the day. */
    public List<Deadline> overdue(RecallCase c, LocalDate asOf) {
        return of(c, asOf).stream().filter(Deadline::overdue).toList();
    }

    private List<Deadline> progress(RecallCase c, RecallNoticePublished notice, LocalDate asOf) {
        List<Deadline> out = new ArrayList<>();
        LocalDate closedOn = c.closure().map(RecallClosed::on).orElse(null);
        List<ProgressReported> reports = c.all(ProgressReported.class);
        LocalDate anchor = notice.on();
        int next = 0;
        // a guard against an endless walk: one report per interval over a century is plenty
        for (int guard = 0; guard < 400; guard++) {
            int months = count(RecallStep.PROGRESS_REPORT, anchor);
            LocalDate due = anchor.plusMonths(months);
            if (next < reports.size()) {
                LocalDate done = reports.get(next).on();
                out.add(Deadline.of(RecallStep.PROGRESS_REPORT, anchor, due, done, asOf, months, "months"));
                anchor = done;
                next++;
                continue;
            }
            // closing with the summary report in time replaces the stage report then due
            if (closedOn != null && !closedOn.isAfter(due)) {
                break;
            }
            out.add(Deadline.of(RecallStep.PROGRESS_REPORT, anchor, due, null, asOf, months, "months"));
            break;
        }
        return out;
    }

    private Deadline workingDays(RecallStep step, LocalDate start, LocalDate done, LocalDate asOf) {
        int n = count(step, start);
        return Deadline.of(step, start, calendar.plusWorkingDays(start, n), done, asOf, n, "working-days");
    }

    private int count(RecallStep step, LocalDate on) {
        return law.value(step.parameter(), on).intValueExact();
    }
}
