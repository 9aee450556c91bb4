package org.importwindow.recall;

/** Where a recall case stands. */
public enum RecallState {
    /** The producer reported a possible defect (Order No. 19, defect report). */
    DEFECT_REPORTED,
    /** The regulator investigates a suspected defect (e.g. from a complaints signal). */
    INVESTIGATING,
    /** The regulator ordered the producer to recall. */
    ORDERED,
    /** The producer reported its recall plan. */
    PLAN_SUBMITTED,
    /** The recall is public and running; progress reports follow. */
    NOTICE_PUBLISHED,
    /** Closed with the summary report. */
    CLOSED
}
