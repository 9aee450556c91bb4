package org.importwindow.complaint;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** Received, acceptance not yet decided (the 7-working-day clock runs). */
    FILED,
    ACCEPTED,
    DECLINED,
    IN_MEDIATION,
    CLOSED;

    public boolean awaitsDecision() {
        return this == FILED;
    }

    public boolean isOpen() {
        return this != DECLINED && this != CLOSED;
    }
}
