package org.importwindow.server.traceability;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.importwindow.traceability.epcis.EpcisError;
import org.importwindow.traceability.epcis.EpcisEvent;
import org.importwindow.traceability.epcis.EpcisQuery;

/**
 * Where EPCIS events are kept: {@link RocksEpcisStore} (the default, {@code importwindow.epcis.store=rocksdb}) or
 * {@link SqlEpcisStore} (the database's V7 tables, {@code sql}). Both keep the same promises: a capture is stored
 * whole or not at all and durably before it is answered; an event already stored (same CBV 2.0 event hash, whatever
 * syntax it came in) is not stored again; an eventID names one event. The trace and a recall's affected scope read
 * through the second half of this interface, so they give the same answers on either store.
 */
public interface EpcisStore {

    /** What a capture stored: the event ids, in order, and how many were already there. */
    record Stored(List<String> eventIds, int duplicates) {
    }

    /** Events whose eventID another event already has: nothing of the capture is stored. */
    final class EventIdTaken extends RuntimeException {
        private final List<EpcisError> errors;

        EventIdTaken(List<EpcisError> errors) {
            super("eventID taken");
            this.errors = List.copyOf(errors);
        }

        public List<EpcisError> errors() {
            return errors;
        }
    }

    /** One page of the events answering a query, in capture order, and the token of the next page if any. */
    record Page(List<String> eventJson, String nextPageToken) {
    }

    /** An identifier of a product class or lot as an event names it: {@code lotClass} null when it has no lot. */
    record IdentifierRow(long seq, String role, String identifier, String lotClass) {
    }

    /** Stores the events of one capture, all or none; {@code capturedBy} is the enterprise (USCC) or user. */
    Stored store(List<EpcisEvent> events, String capturedBy, String captureId, OffsetDateTime recordTime);

    /** The stored JSON-LD of the event with this eventID (an event sent without one is named by its hash). */
    Optional<String> eventJson(String eventId);

    /** One page of the events answering the query. */
    Page query(EpcisQuery q);

    long count();

    /**
     * A number that changes whenever an event is stored (events are never changed or removed), so what was read from
     * the store can be reused while it stays the same.
     */
    long version();

    // --- what the trace and the recall's affected scope read ---

    /** The identifiers of a GTIN class (when {@code gtinClass} is given) or of these lot classes, per event. */
    List<IdentifierRow> identifierRows(String gtinClass, Collection<String> lotClasses);

    /** The events naming any of these canonical identifiers, in any role. */
    Set<Long> eventsNaming(Collection<String> identifiers);

    /** These events as the trace reads them; their quantities only when asked (the SQL store reads them from JSON). */
    Map<Long, StoredEvent> events(Collection<Long> seqs, boolean withQuantities);

    /** Those of the locations at which an event of this business step was captured. */
    Set<String> locationsWithStep(Collection<String> locations, String bizStep);
}
