package org.importwindow.server.traceability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.traceability.epcis.EpcisError;
import org.importwindow.traceability.epcis.EpcisEvent;
import org.importwindow.traceability.epcis.EpcisRules;

/**
 * The eventIDs a capture gives, for the rule that an eventID names one event: two events (two hashes) of the capture
 * giving one eventID are refused here; each store then looks up who holds the given ids already and reports
 * {@link #heldBy}. Errors name the event where the id is first given.
 */
final class GivenEventIds {
    private final Map<String, String> hashOfId = new LinkedHashMap<>();
    private final Map<String, Integer> firstAt = new LinkedHashMap<>();
    private final List<EpcisError> errors = new ArrayList<>();

    GivenEventIds(List<EpcisEvent> events, List<String> eventHashes) {
        for (int i = 0; i < events.size(); i++) {
            String id = events.get(i).eventID();
            if (id == null) {
                continue;
            }
            firstAt.putIfAbsent(id, i);
            String before = hashOfId.putIfAbsent(id, eventHashes.get(i));
            if (before != null && !before.equals(eventHashes.get(i))) {
                errors.add(new EpcisError(EpcisRules.EVENT_ID_TAKEN, i, "eventID", "eventID " + id
                        + " is given to another event earlier in this document"));
            }
        }
    }

    /** The distinct eventIDs given, in order. */
    List<String> ids() {
        return List.copyOf(hashOfId.keySet());
    }

    /** A stored event with this hash holds the id: an error unless it is the same event. */
    void heldBy(String id, String storedHash) {
        if (!storedHash.equals(hashOfId.get(id))) {
            errors.add(new EpcisError(EpcisRules.EVENT_ID_TAKEN, firstAt.get(id), "eventID", "eventID " + id
                    + " is already another event's"));
        }
    }

    /** Nothing of the capture is stored when an id is taken. */
    void refuseIfTaken() {
        if (!errors.isEmpty()) {
            throw new EpcisStore.EventIdTaken(errors);
        }
    }
}
