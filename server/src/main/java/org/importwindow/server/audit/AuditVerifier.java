package org.importwindow.server.audit;

import java.util.ArrayList;
import java.util.List;
import org.importwindow.declaration.audit.ChainedEvent;
import org.importwindow.declaration.audit.Verification;
import org.springframework.stereotype.Service;

/**
 * Walks every declaration's chain with the core's verification and reports the first event that does not hold: its
 * stored hash is not the hash of its previous hash and canonical text, its previous hash is not the hash of the event
 * before it, its sequence has a gap, or its columns (declaration, sequence, type, actor, time) differ from what its
 * canonical text says.
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
    public record Outcome(boolean valid, long checked, BrokenEvent brokenEvent) {
    }

    /** The first event that breaks the chain and why. */
    public record BrokenEvent(long id, String declarationId, long sequence, String type, String reason) {
    }

    public Outcome verify() {
        var walk = new Object() {
            long checked;
            String declaration;
            final List<ChainedEvent> events = new ArrayList<>();
            final List<StoredEvent> rows = new ArrayList<>();
            BrokenEvent broken;

            void flush() {
                if (broken != null || rows.isEmpty()) {
                    rows.clear();
                    events.clear();
                    return;
                }
                Verification v = chain.verify(events);
                if (!v.valid()) {
                    StoredEvent e = rows.stream().filter(r -> String.valueOf(r.id()).equals(v.firstTamperedEventId()))
                            .findFirst().orElseThrow();
                    broken = new BrokenEvent(e.id(), e.declarationId(), e.sequence(), e.type(), v.reason());
                    checked += v.checked();
                } else {
                    checked += v.checked();
                }
                rows.clear();
                events.clear();
            }
        };
        trail.forEach(e -> {
            if (walk.broken != null) {
                return;
            }
            if (!e.declarationId().equals(walk.declaration)) {
                walk.flush();
                walk.declaration = e.declarationId();
            }
            if (walk.broken != null) {
                return;
            }
            String header = AuditChain.header(e.sequence(), e.declarationId(), e.type(), e.actor(),
                    e.occurredAt() == null ? null : e.occurredAt().toInstant());
            if (!e.canonicalText().startsWith(header)) {
                // the chain up to here holds; this row's columns were changed after it was hashed
                walk.flush();
                if (walk.broken == null) {
                    walk.broken = new BrokenEvent(e.id(), e.declarationId(), e.sequence(), e.type(),
                            "the row's declaration, sequence, type, actor or time differ from the hashed event");
                }
                return;
            }
            walk.rows.add(e);
            walk.events.add(new ChainedEvent(e.sequence(), String.valueOf(e.id()), e.canonicalText(),
                    e.previousHash(), e.hash()));
        });
        walk.flush();
        return new Outcome(walk.broken == null, walk.checked, walk.broken);
    }
}
