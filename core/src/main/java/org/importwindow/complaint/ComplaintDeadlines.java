package org.importwindow.complaint;

import java.time.LocalDate;
import java.util.Optional;
import org.importwindow.law.DatedParameters;
import org.importwindow.law.DatedValue;

/**
 * The time limits of Order No. 20 on one complaint, as of a given day: acceptance decided within
 * {@code complaint.acceptance.workingDays} of receipt (第十四条) and mediation over within
 * {@code complaint.mediation.workingDays} of acceptance (第二十一条). The count in force on the day the clock
 * started applies, so a later change of the rule does not move a running deadline.
 */
public final class ComplaintDeadlines {

    public static final String ACCEPTANCE = "complaint.acceptance.workingDays";
    public static final String MEDIATION = "complaint.mediation.workingDays";

    private final DatedParameters law;
    private final WorkingDayCalendar calendar;

    public ComplaintDeadlines(DatedParameters law, WorkingDayCalendar calendar) {
        this.law = law;
        this.calendar = calendar;
    }

    public Deadline acceptance(Complaint complaint, LocalDate asOf) {
        return deadline("acceptance", ACCEPTANCE, complaint.receivedOn(), complaint.decidedOn().orElse(null), asOf);
    }

    /** The mediation limit once the complaint was accepted; empty before, or when it was declined. */
    public Optional<Deadline> mediation(Complaint complaint, LocalDate asOf) {
        return complaint.acceptedOn().map(accepted ->
                deadline("mediation", MEDIATION, accepted, complaint.closedOn().orElse(null), asOf));
    }

    private Deadline deadline(String kind, String id, LocalDate start, LocalDate doneOn, LocalDate asOf) {
        DatedValue v = law.valueOn(id, start)
                .orElseThrow(() -> new IllegalStateException("no " + id + " in force on " + start));
        int days = v.value().intValueExact();
        LocalDate due = calendar.plusWorkingDays(start, days);
        boolean overdue = doneOn == null && asOf.isAfter(due);
        boolean late = doneOn != null && doneOn.isAfter(due);
        return new Deadline(kind, due, doneOn, overdue, late, id, days, v.citation());
    }
}
