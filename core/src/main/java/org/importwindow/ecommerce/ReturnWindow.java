package org.importwindow.ecommerce;

import java.time.LocalDate;
import java.util.Objects;
import org.importwindow.law.LegalParameters;

/**
 * The return window of cross-border e-commerce retail imports, a pure rule: a return applied for within
 * {@code cbec.return.days} (30) days of the release of the inventory list has its taxes not levied (refunded) and the
 * buyer's annual total adjusted (海关总署公告2020年第45号 第三条; before 2020-03-28 海关总署公告2018年第194号). The goods
 * must then reach the original supervision site within {@code cbec.return.arrival.days} (45) days of release.
 *
 * <p>Days are counted as the law counts periods in days: the day of release is not counted, the period starts the
 * next day (民法典 第二百零一条), so a list released on 2026-03-01 may be returned up to and including 2026-03-31. The
 * extension of a period whose last day is a public holiday (民法典 第二百零三条) is not modelled. The number of days is
 * the one in force on the day of the return (or of the arrival); none is in the data before 2019-01-01, and asking
 * then throws {@link java.util.NoSuchElementException}.
 */
public final class ReturnWindow {
    public static final String DAYS = "cbec.return.days";
    public static final String ARRIVAL_DAYS = "cbec.return.arrival.days";

    private final LegalParameters parameters;

    public ReturnWindow(LegalParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** Whether a return applied for on {@code returnDate} is in time for a list released on {@code releaseDate}. */
    public boolean allows(LocalDate releaseDate, LocalDate returnDate) {
        return within(releaseDate, returnDate, DAYS);
    }

    /** Whether returned goods arriving on {@code arrivalDate} arrive in time. */
    public boolean arrivalAllows(LocalDate releaseDate, LocalDate arrivalDate) {
        return within(releaseDate, arrivalDate, ARRIVAL_DAYS);
    }

    /** The last day a return may be applied for, under the rule in force on the day of release. */
    public LocalDate lastDay(LocalDate releaseDate) {
        return releaseDate.plusDays(days(DAYS, releaseDate));
    }

    private boolean within(LocalDate releaseDate, LocalDate date, String parameter) {
        Objects.requireNonNull(releaseDate, "releaseDate");
        Objects.requireNonNull(date, parameter);
        return !date.isBefore(releaseDate) && !date.isAfter(releaseDate.plusDays(days(parameter, date)));
    }

    private long days(String parameter, LocalDate date) {
        return parameters.value(parameter, date).longValueExact();
    }
}
