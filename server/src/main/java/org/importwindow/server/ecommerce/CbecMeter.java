package org.importwindow.server.ecommerce;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Throughput now: the inventory lists this node decided and received in each of the last 60 seconds, as the writer
 * commits them. In memory: after a restart it starts from zero, which is what "now" means.
 */
@Component
public class CbecMeter {
    private static final int SECONDS = 60;

    private final Clock clock;
    private final long[] second = new long[SECONDS];
    private final long[] decided = new long[SECONDS];
    private final long[] received = new long[SECONDS];

    public CbecMeter() {
        this(Clock.systemUTC());
    }

    CbecMeter(Clock clock) {
        this.clock = clock;
    }

    public synchronized void record(int decidedLists, int receivedLists) {
        long now = clock.millis() / 1000;
        int i = (int) (now % SECONDS);
        if (second[i] != now) {
            second[i] = now;
            decided[i] = 0;
            received[i] = 0;
        }
        decided[i] += decidedLists;
        received[i] += receivedLists;
    }

    /** Lists decided and received in the last 60 seconds: {@code [decided, received]}. */
    public synchronized long[] lastMinute() {
        long now = clock.millis() / 1000;
        long d = 0;
        long r = 0;
        for (int i = 0; i < SECONDS; i++) {
            if (now - second[i] < SECONDS) {
                d += decided[i];
                r += received[i];
            }
        }
        return new long[]{d, r};
    }
}
