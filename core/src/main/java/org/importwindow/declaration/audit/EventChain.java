package org.importwindow.declaration.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.importwindow.declaration.DeclarationEvent;

/** Hashing and verification of the event chain. */
public final class EventChain {
    /** The previous hash of the first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private EventChain() {
    }

    /** SHA-256, lower-case hex, of the UTF-8 bytes of {@code previousHash + canonicalText}. */
    public static String hash(String previousHash, String canonicalText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha.update(canonicalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Chains {@code event} after {@code previous} (null for the first event of the chain). */
    public static ChainedEvent append(ChainedEvent previous, String eventId, String declarationId,
                                      DeclarationEvent event) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String prev = previous == null ? GENESIS : previous.hash();
        String text = CanonicalText.of(sequence, declarationId, event);
        return new ChainedEvent(sequence, eventId, text, prev, hash(prev, text));
    }

    /** Chains several events of one declaration; event ids are made by the caller's order ("seq-" + sequence). */
    public static List<ChainedEvent> appendAll(ChainedEvent previous, String declarationId,
                                               List<DeclarationEvent> events) {
        List<ChainedEvent> out = new ArrayList<>(events.size());
        ChainedEvent last = previous;
        for (DeclarationEvent e : events) {
            long seq = last == null ? 1 : last.sequence() + 1;
            last = append(last, declarationId + "-" + seq, declarationId, e);
            out.add(last);
        }
        return out;
    }

    /**
     * Verifies a chain given in sequence order: each event's previous hash must be the hash of the one before
     * ({@link #GENESIS} for the first), its hash must be that of previous hash + canonical text, and sequences must
     * follow one another. Stops at the first broken event.
     */
    public static Verification verify(List<ChainedEvent> chain) {
        String expectedPrevious = GENESIS;
        Long expectedSequence = null;
        int checked = 0;
        for (ChainedEvent e : chain) {
            if (expectedSequence != null && e.sequence() != expectedSequence) {
                return broken(checked, e, "sequence " + e.sequence() + " follows " + (expectedSequence - 1)
                        + ": an event was removed or inserted");
            }
            if (!expectedPrevious.equals(e.previousHash())) {
                return broken(checked, e, "its previous hash does not match the hash of the event before it");
            }
            if (!hash(e.previousHash(), e.canonicalText()).equals(e.hash())) {
                return broken(checked, e, "its content does not match its hash");
            }
            expectedPrevious = e.hash();
            expectedSequence = e.sequence() + 1;
            checked++;
        }
        return Verification.ok(checked);
    }

    private static Verification broken(int checked, ChainedEvent e, String reason) {
        return new Verification(false, checked, e.sequence(), e.eventId(), "event " + e.sequence() + " (" + e.eventId()
                + "): " + reason);
    }
}
