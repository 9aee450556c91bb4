package org.importwindow.complaint;

import java.time.LocalDate;

/**
 * The one thing the complaint deadlines need from a calendar: the n-th working day after a day (the day itself not
 * counted: 期间开始之日不计算在内). {@code org.importwindow.calendar.WorkingDays#plusWorkingDays} has exactly this
 * shape, so {@code WorkingDays.bundled()::plusWorkingDays} is one.
 */
@FunctionalInterface
public interface WorkingDayCalendar {

    LocalDate plusWorkingDays(LocalDate start, int n);
}
