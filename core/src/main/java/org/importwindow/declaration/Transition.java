package org.importwindow.declaration;

import java.util.List;

/** The outcome of a command: the events it caused and the new state, or the rule it broke. */
public sealed interface Transition {

    record Accepted(List<DeclarationEvent> events, DeclarationState state) implements Transition {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Refused(DeclarationError error) implements Transition {
    }
}
