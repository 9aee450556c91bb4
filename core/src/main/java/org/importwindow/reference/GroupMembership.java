package org.importwindow.reference;

import java.time.LocalDate;

/**
 * A country's membership of a group for a period: {@code from} inclusive, {@code to} inclusive or null when open.
 */
public record GroupMembership(String country, LocalDate from, LocalDate to) {
    public boolean coversDate(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
