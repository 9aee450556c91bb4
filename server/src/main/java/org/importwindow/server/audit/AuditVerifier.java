package org.importwindow.server.audit;

import org.springframework.stereotype.Service;

/**
 * Walks every declaration's chain and reports the first event that does not hold: its stored hash is not the hash
 * of its previous hash and canonical text, its previous hash is not the hash of the event before it, its sequence
 * has a gap, or its columns (declaration, sequence, type, actor, time) differ from what its canonical text says.
 */
@Service
public class AuditVerifier {
    private final AuditTrail trail;
    private final AuditChain chain;

    public AuditVerifier(AuditTrail trail, AuditChain chain) {
        this.trail = trail;
        this.chain = chain;
    }

    /** The outcome: valid with the number of events checked, or the first broken event. */
    public record Verification(boolean valid, long checked, BrokenEvent brokenEvent) {
    }

    /** The first event that breaks the chain and why. */
    public record BrokenEvent(long id, String declarationId, int sequence, String type, String reason) {
    }

    public Verification verify() {
        var walk = new Object() {
            long checked;
            String declaration;
            int sequence;
            String previous;
            BrokenEvent broken;
        };
        trail.forEach(e -> {
            if (walk.broken != null) {
                return;
            }
            if (!e.declarationId().equals(walk.declaration)) {
                walk.declaration = e.declarationId();
                walk.sequence = 0;
                walk.previous = AuditChain.GENESIS;
            }
            String reason = check(e, walk.sequence + 1, walk.previous);
            if (reason != null) {
                walk.broken = new BrokenEvent(e.id(), e.declarationId(), e.sequence(), e.type(), reason);
                return;
            }
            walk.checked++;
            walk.sequence = e.sequence();
            walk.previous = e.hash();
        });
        return new Verification(walk.broken == null, walk.checked, walk.broken);
    }

    private String check(StoredEvent e, int expectedSequence, String expectedPrevious) {
        if (e.sequence() != expectedSequence) {
            return "sequence " + e.sequence() + " where " + expectedSequence + " was expected (an event is missing)";
        }
        if (!expectedPrevious.equals(e.previousHash())) {
            return "previous hash is not the hash of the event before it";
        }
        if (!chain.hash(e.previousHash(), e.canonicalText()).equals(e.hash())) {
            return "hash does not match the event's content";
        }
        String header = AuditChain.canonical(e.declarationId(), e.sequence(), e.type(), e.actor(),
                e.occurredAt().withOffsetSameInstant(java.time.ZoneOffset.UTC), "");
        if (!e.canonicalText().startsWith(header)) {
            return "the row's declaration, sequence, type, actor or time differ from the hashed event";
        }
        return null;
    }
}
