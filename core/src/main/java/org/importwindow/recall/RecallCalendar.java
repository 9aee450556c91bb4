package org.importwindow.recall;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How working days are counted (工作日). In the application this is
 * {@code org.importwindow.calendar.WorkingDays.bundled()::plusWorkingDays}, which knows the State Council's public
 * holidays and adjusted working weekends; {@link #weekendsOnly()} is for tests that only need weekends. (An interface of its own so the recall law can be
 * counted on another calendar, e.g. a test's.)
 */
@FunctionalInterface
public interface RecallCalendar {

    /** The n-th working day after {@code start} (start itself not counted). */
    LocalDate plusWorkingDays(LocalDate start, int n);

    /** Monday to Friday are working days, nothing else is known. */
    static RecallCalendar weekendsOnly() {
        return (start, n) -> {
            LocalDate d = start;
            int left = n;
            while (left > 0) {
                d = d.plusDays(1);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return d;
        };
    }
}
