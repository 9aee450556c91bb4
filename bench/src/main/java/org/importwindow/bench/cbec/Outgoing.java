package org.importwindow.bench.cbec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch's four messages as they wait to be sent: outside the Java heap, in one direct buffer, and read into a
 * fresh byte array when sent, as a server reads a request's body from its socket. A benchmark in the single window's
 * own JVM holds a whole run's traffic (about 300 MB for 60,000 purchases); kept on the heap with the generated
 * purchases behind it, it made the garbage collector mark and scan it during every run, a cost that over HTTP falls
 * in the client's process, not the server's.
 */
public final class Outgoing {
    private final ByteBuffer bytes;
    private final int[] offsets;

    private Outgoing(CebBatches.Batch batch) {
        CebXml.Kind[] kinds = CebXml.Kind.values();
        offsets = new int[kinds.length + 1];
        for (CebXml.Kind k : kinds) {
            offsets[k.ordinal() + 1] = offsets[k.ordinal()] + batch.message(k).length;
        }
        bytes = ByteBuffer.allocateDirect(offsets[kinds.length]);
        for (CebXml.Kind k : kinds) {
            bytes.put(offsets[k.ordinal()], batch.message(k));
        }
    }

    /** The batches' messages, without their purchases. */
    static List<Outgoing> of(List<CebBatches.Batch> batches) {
        List<Outgoing> out = new ArrayList<>(batches.size());
        for (CebBatches.Batch b : batches) {
            out.add(new Outgoing(b));
        }
        return out;
    }

    /** The message of {@code kind}, in a byte array of its own. */
    byte[] message(CebXml.Kind kind) {
        int from = offsets[kind.ordinal()];
        byte[] message = new byte[offsets[kind.ordinal() + 1] - from];
        bytes.get(from, message);
        return message;
    }
}
