package org.importwindow.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The hash chain of the events: {@code hash = SHA-256(previousHash + "\n" + canonicalText)} in lower-case hex. The
 * canonical text starts with the declaration id, sequence, type, actor and time, so that moving, re-ordering or
 * re-attributing a row breaks the chain as much as changing its content.
 */
@Component
public class AuditChain {
    /** The previous hash of a chain's first event. */
    public static final String GENESIS = "0".repeat(64);

    public String hash(String previousHash, String canonicalText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonicalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text hashed for an event: the row's own columns first, then the event's content. */
    public static String canonical(String declarationId, int sequence, String type, String actor, OffsetDateTime at,
                                   String content) {
        return "declaration=" + declarationId + "\nsequence=" + sequence + "\ntype=" + type + "\nactor=" + actor
                + "\noccurredAt=" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at) + "\n" + content;
    }
}
