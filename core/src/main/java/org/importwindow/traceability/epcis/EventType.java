package org.importwindow.traceability.epcis;

import java.util.Optional;

/** The five EPCIS 2.0 event types. */
public enum EventType {
    ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent;

    public static Optional<EventType> of(String name) {
        for (EventType t : values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
