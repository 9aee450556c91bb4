package org.importwindow.server.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date a page shows the tariff as of: the {@code date} query parameter, or today in China (Asia/Shanghai),
 * since a declaration's date is China's calendar date whatever the server's time zone.
 */
final class AsOfDate {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private AsOfDate() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The parsed ISO date, or empty when the text is blank or not a date. */
    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
