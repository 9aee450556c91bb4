package org.importwindow.recall;

/** A step of the recall with a legal deadline, and the legal parameter that gives its day count. */
public enum RecallStep {
    DEFECT_REPORT("recall.defect.report.working-days"),
    RECALL_PLAN("recall.plan.report.working-days"),
    RECALL_NOTICE("recall.notice.publish.working-days"),
    PROGRESS_REPORT("recall.progress.report.interval.months"),
    SUMMARY_REPORT("recall.summary.report.working-days");

    private final String parameter;

    RecallStep(String parameter) {
        this.parameter = parameter;
    }

    /** The id of the legal parameter with this step's day (or month) count. */
    public String parameter() {
        return parameter;
    }
}
