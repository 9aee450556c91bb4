package org.importwindow.server.traceability;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored EPCIS event as the trace and the recall's affected scope read it: the query fields, every identifier with
 * its role, business transactions, sources and destinations, all in canonical form (see
 * {@link org.importwindow.traceability.epcis.Identifiers#canonical}); not its JSON.
 *
 * @param eventId    the eventID it was sent with, else its event hash
 * @param quantities the quantity lists' entries; empty when not asked for
 */
public record StoredEvent(long seq, String eventId, String hash, String type, OffsetDateTime eventTime,
                          OffsetDateTime recordTime, String action, String bizStep, String disposition,
                          String readPoint, String bizLocation, String capturedBy, List<Named> identifiers,
                          List<Transaction> bizTransactions, List<Party> parties, List<Quantity> quantities) {

    /** An identifier with its role ({@link org.importwindow.traceability.epcis.EpcisEvent.Role} name). */
    public record Named(String role, String identifier) {
    }

    public record Transaction(String type, String value) {
    }

    /** A source ({@code kind} "S") or destination ("D") of a transfer. */
    public record Party(String kind, String type, String id) {
    }

    /** An entry of a quantity list: role QUANTITY, CHILD_QUANTITY, INPUT_QUANTITY or OUTPUT_QUANTITY. */
    public record Quantity(String role, String epcClass, BigDecimal amount, String uom) {
    }
}
