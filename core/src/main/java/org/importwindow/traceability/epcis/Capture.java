package org.importwindow.traceability.epcis;

import java.util.List;

/**
 * A capture document or event as read: its events and every error found. All or nothing: a capture with any error
 * stores none of its events.
 */
public record Capture(List<EpcisEvent> events, List<EpcisError> errors) {

    public Capture {
        events = List.copyOf(events);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    static Capture failed(String code, String path, String message) {
        return new Capture(List.of(), List.of(new EpcisError(code, -1, path, message)));
    }
}
