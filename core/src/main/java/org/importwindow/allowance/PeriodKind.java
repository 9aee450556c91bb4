package org.importwindow.allowance;

/** The period an allowance is counted over. */
public enum PeriodKind {
    /** 1 January to 31 December: usage starts again each calendar year (自然年). */
    CALENDAR_YEAR,
    /** One day: usage starts again each day. */
    DAY
}
