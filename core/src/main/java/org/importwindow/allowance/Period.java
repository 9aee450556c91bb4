package org.importwindow.allowance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period of an allowance that contains a transaction's date: the key under which a ledger keeps a person's
 * usage. {@link #key()} is the stable text a database stores ({@code 2026} for a calendar year,
 * {@code 2026-03-16} for a day).
 *
 * @param from first day of the period
 * @param to   last day of the period (inclusive)
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The period of {@code kind} containing {@code date}. */
    public static Period containing(PeriodKind kind, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (kind) {
            case CALENDAR_YEAR -> new Period(kind, date.withDayOfYear(1), date.withDayOfYear(date.lengthOfYear()));
            case DAY -> new Period(kind, date, date);
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** {@code 2026} for a calendar year, {@code 2026-03-16} for a day. */
    public String key() {
        return switch (kind) {
            case CALENDAR_YEAR -> Integer.toString(from.getYear());
            case DAY -> from.toString();
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
