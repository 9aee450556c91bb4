package org.importwindow.server.traceability;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The value of an event in {@link RocksEpcisStore}, without its JSON-LD (kept under a key of its own, read only when an
 * event is given back): a version byte ({@link #V1}), then the {@link StoredEvent} in binary. Strings are a length
 * (variable-length, 0 for null, else length + 1) and UTF-8 bytes, times epoch seconds and nanoseconds, quantities
 * text; the eventID is left out when it is the hash. A trace decodes ten thousand of these per call, so they are kept
 * small and decoded without streams.
 */
final class StoredEventCodec {
    static final byte V1 = 1;

    private StoredEventCodec() {
    }

    static byte[] encode(StoredEvent e) {
        Out out = new Out(256);
        out.b(V1);
        out.str(e.eventId().equals(e.hash()) ? null : e.eventId());
        out.str(e.hash());
        out.str(e.type());
        out.time(e.eventTime());
        out.time(e.recordTime());
        out.str(e.action());
        out.str(e.bizStep());
        out.str(e.disposition());
        out.str(e.readPoint());
        out.str(e.bizLocation());
        out.str(e.capturedBy());
        out.len(e.identifiers().size());
        for (StoredEvent.Named n : e.identifiers()) {
            out.str(n.role());
            out.str(n.identifier());
        }
        out.len(e.bizTransactions().size());
        for (StoredEvent.Transaction t : e.bizTransactions()) {
            out.str(t.type());
            out.str(t.value());
        }
        out.len(e.parties().size());
        for (StoredEvent.Party p : e.parties()) {
            out.str(p.kind());
            out.str(p.type());
            out.str(p.id());
        }
        out.len(e.quantities().size());
        for (StoredEvent.Quantity q : e.quantities()) {
            out.str(q.role());
            out.str(q.epcClass());
            out.str(q.amount() == null ? null : q.amount().toPlainString());
            out.str(q.uom());
        }
        return out.bytes();
    }

    /** The event; {@code quantities} false skips them (the trace does not read them). */
    static StoredEvent decode(long seq, byte[] value, boolean quantities) {
        In in = new In(value);
        byte v = in.b();
        if (v != V1) {
            throw new IllegalStateException("EPCIS event value of an unknown version " + v);
        }
        String id = in.str();
        String hash = in.str();
        String type = in.str();
        OffsetDateTime eventTime = in.time();
        OffsetDateTime recordTime = in.time();
        String action = in.str();
        String step = in.str();
        String disposition = in.str();
        String readPoint = in.str();
        String location = in.str();
        String capturedBy = in.str();
        int n = in.len();
        List<StoredEvent.Named> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(new StoredEvent.Named(in.str(), in.str()));
        }
        n = in.len();
        List<StoredEvent.Transaction> txs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            txs.add(new StoredEvent.Transaction(in.str(), in.str()));
        }
        n = in.len();
        List<StoredEvent.Party> parties = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parties.add(new StoredEvent.Party(in.str(), in.str(), in.str()));
        }
        List<StoredEvent.Quantity> qs = new ArrayList<>();
        if (quantities) {
            n = in.len();
            for (int i = 0; i < n; i++) {
                String role = in.str();
                String cls = in.str();
                String amount = in.str();
                qs.add(new StoredEvent.Quantity(role, cls, amount == null ? null : new BigDecimal(amount), in.str()));
            }
        }
        return new StoredEvent(seq, id == null ? hash : id, hash, type, eventTime, recordTime, action, step,
                disposition, readPoint, location, capturedBy, ids, txs, parties, qs);
    }

    private static final class Out {
        private byte[] buf;
        private int at;

        Out(int size) {
            buf = new byte[size];
        }

        void b(int v) {
            room(1);
            buf[at++] = (byte) v;
        }

        void len(int n) {
            while ((n & ~0x7f) != 0) {
                b((n & 0x7f) | 0x80);
                n >>>= 7;
            }
            b(n);
        }

        void str(String s) {
            if (s == null) {
                len(0);
                return;
            }
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            len(u.length + 1);
            room(u.length);
            System.arraycopy(u, 0, buf, at, u.length);
            at += u.length;
        }

        void time(OffsetDateTime t) {
            if (t == null) {
                b(0);
                return;
            }
            b(1);
            long s = t.toEpochSecond();
            for (int i = 56; i >= 0; i -= 8) {
                b((int) (s >>> i));
            }
            len(t.getNano());
        }

        private void room(int n) {
            if (at + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, at + n));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, at);
        }
    }

    private static final class In {
        private final byte[] buf;
        private int at;

        In(byte[] buf) {
            this.buf = buf;
        }

        byte b() {
            return buf[at++];
        }

        int len() {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte x = b();
                n |= (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    return n;
                }
            }
        }

        String str() {
            int n = len();
            if (n == 0) {
                return null;
            }
            String s = new String(buf, at, n - 1, StandardCharsets.UTF_8);
            at += n - 1;
            return s;
        }

        OffsetDateTime time() {
            if (b() == 0) {
                return null;
            }
            long s = 0;
            for (int i = 0; i < 8; i++) {
                s = s << 8 | (b() & 0xff);
            }
            return Instant.ofEpochSecond(s, len()).atOffset(ZoneOffset.UTC);
        }
    }
}
