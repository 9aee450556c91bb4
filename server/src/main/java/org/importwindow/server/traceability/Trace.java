package org.importwindow.server.traceability;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The trace of a product class, lot or serial: the objects it was or went into (nodes of kind {@code object}), the
 * parties and locations it went to ({@code party}, {@code location}), the imports it came in under
 * ({@code declaration}, {@code inventory}), the edges between them, and the events they were read from.
 *
 * @param kind      {@code serial}, {@code lot} or {@code class}: what the identifier names
 * @param truncated whether the walk stopped at its bounds before reaching every object
 */
public record Trace(String identifier, String canonical, String kind, List<Node> nodes, List<Edge> edges,
                    List<Event> events, List<ImportLink> imports, boolean truncated) {

    public record Node(String id, String kind, String label) {
    }

    /**
     * {@code relation}: contains, transformed_into, shipped_to, received_at, imported_under, at; {@code eventId} the
     * first event that shows it, {@code events} how many events do.
     */
    public record Edge(String from, String to, String relation, String eventId, int events) {
    }

    public record Event(String eventId, String type, OffsetDateTime eventTime, String action, String bizStep,
                        String disposition, String bizLocation, String capturedBy) {
    }

    /** The import an event names: the declaration (with importer and origins) or the inventory list. */
    public record ImportLink(String kind, String key, boolean found, String importer, String importerName,
                             List<String> origins, String status) {
    }
}
