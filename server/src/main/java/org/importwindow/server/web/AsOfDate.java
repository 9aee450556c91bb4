package org.importwindow.server.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The date a page shows the tariff as of: the {@code date} query parameter, or today in the customs time zone
 * ({@code importwindow.zone}, Asia/Shanghai by default), since a declaration's date is China's calendar date
 * whatever the server's own time zone. A {@link Clock} bean, when there is one, lets tests fix "today".
 */
@Component
public class AsOfDate {

    private final Clock clock;

    public AsOfDate(@Value("${importwindow.zone:Asia/Shanghai}") ZoneId zone, ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC).withZone(zone);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
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
