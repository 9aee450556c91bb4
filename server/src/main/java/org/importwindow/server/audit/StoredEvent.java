package org.importwindow.server.audit;

import java.time.OffsetDateTime;

/** One row of {@code declaration_event}: an event of a declaration's chain as stored. */
public record StoredEvent(long id, String declarationId, int sequence, String type, String actor,
                         OffsetDateTime occurredAt, String canonicalText, String previousHash, String hash) {
}
