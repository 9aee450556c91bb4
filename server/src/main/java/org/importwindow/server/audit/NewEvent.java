package org.importwindow.server.audit;

import java.time.Instant;

/**
 * An event to append to a declaration's chain: its type (e.g. {@code DeclarationLodged}), who and when, and how to
 * write its canonical text once the trail has given it its sequence in the declaration's chain.
 */
public record NewEvent(String type, String actor, Instant at, CanonicalWriter text) {

    /** The canonical text of the event at {@code sequence} of declaration {@code declarationId}'s chain. */
    @FunctionalInterface
    public interface CanonicalWriter {
        String write(long sequence, String declarationId);
    }
}
