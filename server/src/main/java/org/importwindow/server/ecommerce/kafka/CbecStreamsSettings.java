package org.importwindow.server.ecommerce.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * How the topology behaves, apart from Kafka's own settings.
 *
 * @param topics          the topic names
 * @param pendingTimeout  how long a list waits for its order, payment and waybill before it is refused (the embedded
 *                        runtime's {@code importwindow.cbec.pending-timeout})
 * @param sweepInterval   how often (wall-clock) each partition looks for lists that waited too long
 * @param duplicateWindow how long a message guid is remembered to drop a resent message
 * @param maxMessageBytes the largest message read
 * @param partitions      partitions of the two repartition topics (by order number, by buyer); 0 = as many as the
 *                        input topics have
 */
public record CbecStreamsSettings(CbecTopics topics, Duration pendingTimeout, Duration sweepInterval,
                                  Duration duplicateWindow, int maxMessageBytes, int partitions) {

    public CbecStreamsSettings {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(pendingTimeout, "pendingTimeout");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
    }

    /** Defaults: topics {@code cbec.*}, a day's wait, a sweep a minute, guids remembered a week, 16 MB. */
    public static CbecStreamsSettings defaults(CbecTopics topics) {
        return new CbecStreamsSettings(topics, Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofDays(7),
                16 * 1024 * 1024, 0);
    }

    public CbecStreamsSettings withPendingTimeout(Duration timeout, Duration sweep) {
        return new CbecStreamsSettings(topics, timeout, sweep, duplicateWindow, maxMessageBytes, partitions);
    }
}
