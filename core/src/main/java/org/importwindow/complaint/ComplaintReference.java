package org.importwindow.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The public reference a consumer quotes: {@code CMP-<yyyyMMdd of receipt>-<number, at least 6 digits>}. Readable over the
 * phone; it names no person. It is not a secret: who may read a complaint is decided by the caller's identity.
 */
public final class ComplaintReference {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ComplaintReference() {
    }

    public static String of(LocalDate receivedOn, long number) {
        if (number < 1) {
            throw new IllegalArgumentException("reference number out of range: " + number);
        }
        return "CMP-" + receivedOn.format(DAY) + "-" + String.format("%06d", number);
    }

    public static boolean isWellFormed(String reference) {
        return reference != null && reference.matches("CMP-\\d{8}-\\d{6,12}");
    }
}
