package org.importwindow.server.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.importwindow.declaration.audit.ChainedEvent;
import org.importwindow.declaration.audit.EventChain;
import org.importwindow.declaration.audit.Verification;
import org.springframework.stereotype.Component;

/**
 * The core's hash chain ({@link EventChain}: SHA-256 of previous hash + canonical text) as the trail uses it. The
 * canonical text starts with the sequence, declaration id, type, actor and time, so that moving, re-ordering or
 * re-attributing a row breaks the chain as much as changing its content.
 */
@Component
public class AuditChain {
    /** The previous hash of a chain's first event. */
    public static final String GENESIS = EventChain.GENESIS;

    public String hash(String previousHash, String canonicalText) {
        return EventChain.hash(previousHash, canonicalText);
    }

    public Verification verify(List<ChainedEvent> chain) {
        return EventChain.verify(chain);
    }

    /** The first lines of the canonical text of an event with these columns (core's CanonicalText format). */
    public static String header(long sequence, String declarationId, String type, String actor, Instant at) {
        return "sequence=" + sequence + "\ndeclaration=" + declarationId + "\ntype=" + type + "\nactor=" + actor
                + "\nat=" + (at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at)) + "\n";
    }
}
