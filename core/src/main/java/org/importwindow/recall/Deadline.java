package org.importwindow.recall;

import java.time.LocalDate;

/**
 * A step's deadline: counted from {@code startsOn} by the legal parameter's {@code count} (in its unit), due on
 * {@code dueOn} (the last day allowed), done on {@code doneOn} or not yet.
 */
public record Deadline(RecallStep step, LocalDate startsOn, LocalDate dueOn, LocalDate doneOn, Status status,
                       int count, String unit) {

    /** PENDING: not done, not yet late; MET: done by the due day; LATE: done after it; OVERDUE: not done, past it. */
    public enum Status {
        PENDING, MET, LATE, OVERDUE
    }

    static Deadline of(RecallStep step, LocalDate startsOn, LocalDate dueOn, LocalDate doneOn, LocalDate asOf,
                       int count, String unit) {
        Status status;
        if (doneOn != null) {
            status = doneOn.isAfter(dueOn) ? Status.LATE : Status.MET;
        } else {
            status = asOf.isAfter(dueOn) ? Status.OVERDUE : Status.PENDING;
        }
        return new Deadline(step, startsOn, dueOn, doneOn, status, count, unit);
    }

    public boolean overdue() {
        return status == Status.OVERDUE;
    }
}
