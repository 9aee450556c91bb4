package org.importwindow.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One step of a complaint, kept for ever (the store appends, never updates). {@code at} is when it happened,
 * {@code by} the user who did it; the legal day of a step is its date in China Standard Time, since the day
 * counts of Order No. 20 run on China's working days.
 */
public sealed interface ComplaintEvent {

    ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    Instant at();

    String by();

    default LocalDate day() {
        return at().atZone(CHINA).toLocalDate();
    }

    /** The type name as stored and shown, e.g. {@code ComplaintFiled}. */
    default String type() {
        return getClass().getSimpleName();
    }

    record ComplaintFiled(String reference, ComplaintDetails details, Instant at, String by)
            implements ComplaintEvent {
    }

    record ComplaintAccepted(Instant at, String by) implements ComplaintEvent {
    }

    /** Declined (不予受理) with the reason the complainant is told. */
    record ComplaintDeclined(String reason, Instant at, String by) implements ComplaintEvent {
    }

    record MediationStarted(Instant at, String by) implements ComplaintEvent {
    }

    /** Closed with its outcome; {@code note} says what was agreed or why mediation ended. */
    record ComplaintClosed(Outcome outcome, String note, Instant at, String by) implements ComplaintEvent {
    }

    /**
     * The complainant added photo {@code number} (1, 2, ... in the order added) after filing. The event records
     * what was stored (type, size, SHA-256 of the bytes) so the timeline proves which picture the regulator saw; the
     * bytes themselves live beside the events, never in them. What was stored is the photo without its metadata
     * ({@link PhotoMetadata}); {@code metadataRemoved} says which parts went and how many bytes they took (no parts
     * when the photo had none; null in events written before photos were stripped).
     */
    record PhotoAdded(int number, String contentType, long size, String sha256,
                      PhotoMetadata.Removed metadataRemoved, Instant at, String by) implements ComplaintEvent {
    }

    /** How a complaint ends (第二十一条: mediation agreement reached, or mediation ended without one). */
    enum Outcome {
        /** 调解达成协议. */
        MEDIATION_AGREEMENT,
        /** 终止调解: no agreement within the time limit, or a party refused or withdrew. */
        MEDIATION_ENDED,
        /** The complainant withdrew the complaint. */
        WITHDRAWN,
        /** Settled between the parties without mediation. */
        RESOLVED
    }
}
