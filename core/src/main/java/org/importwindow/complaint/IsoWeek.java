package org.importwindow.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO-8601 week (Monday to Sunday; week 1 holds the year's first Thursday), e.g. {@code 2026-W48}. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public IsoWeek minus(int weeks) {
        return of(monday().minusWeeks(weeks));
    }

    @Override
    public int compareTo(IsoWeek o) {
        return monday().compareTo(o.monday());
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
