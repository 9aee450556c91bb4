package org.importwindow.traceability.epcis;

/**
 * One thing wrong in a capture document: the rule code ({@link EpcisRules}), the event's index in the event list
 * ({@code -1} for the document itself), the field path within the event and a message.
 */
public record EpcisError(String code, int eventIndex, String path, String message) {

    /** The path as {@code eventList[3].epcList[0]}, or the field alone for the document. */
    public String fullPath() {
        if (eventIndex < 0) {
            return path;
        }
        return "epcisBody.eventList[" + eventIndex + "]" + (path == null || path.isEmpty() ? "" : "." + path);
    }
}
