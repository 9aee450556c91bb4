package org.importwindow.ecommerce.message;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The specification's time texts. Messages keep times as the text sent; these helpers read and write them.
 * Formats: {@code YYYYMMDDhhmmss} (14, e.g. appTime, payTime), {@code YYYYMMDD} (8, declTime, ieDate) and the
 * receipts' {@code YYYYMMDDhhmmssSSS} (17, returnTime). China time, no zone in the text. Parsing is strict: a
 * 31 February or hour 24 does not read.
 */
public final class CebTimes {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter RETURN_TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS").withResolverStyle(ResolverStyle.STRICT);

    private CebTimes() {
    }

    /** {@code 20160315153555} → 2016-03-15T15:35:55; empty when null or not such a time. */
    public static Optional<LocalDateTime> dateTime(String text) {
        return parse(text, 14, DATE_TIME).map(LocalDateTime::from);
    }

    /** {@code 20160308} → 2016-03-08; empty when null or not such a date. */
    public static Optional<LocalDate> date(String text) {
        return parse(text, 8, DATE).map(LocalDate::from);
    }

    /** {@code 20160512102646001} → 2016-05-12T10:26:46.001; empty when null or not such a time. */
    public static Optional<LocalDateTime> returnTime(String text) {
        return parse(text, 17, RETURN_TIME).map(LocalDateTime::from);
    }

    /** The date of a 14-digit time or of an 8-digit date, whichever the text is. */
    public static Optional<LocalDate> dayOf(String text) {
        if (text != null && text.length() == 14) {
            return dateTime(text).map(LocalDateTime::toLocalDate);
        }
        return date(text);
    }

    public static String formatDateTime(LocalDateTime time) {
        return DATE_TIME.format(time);
    }

    public static String formatDate(LocalDate date) {
        return DATE.format(date);
    }

    /** The receipts' 17-digit form, milliseconds included. */
    public static String formatReturnTime(LocalDateTime time) {
        return RETURN_TIME.format(time);
    }

    private static Optional<java.time.temporal.TemporalAccessor> parse(String text, int length,
            DateTimeFormatter format) {
        if (text == null || text.length() != length) {
            return Optional.empty();
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(format.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
