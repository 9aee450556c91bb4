package org.importwindow.server.traceability;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of an event in {@link RocksEpcisStore}: a version byte ({@link #V1}), the {@link StoredEvent} in binary
 * (strings as a presence byte and modified UTF-8, times as epoch seconds and nanoseconds, quantities as text), then
 * the event's JSON-LD as it is given back. A trace reads the first part only and never parses JSON: a lot's ten
 * thousand events decode in a few milliseconds.
 */
final class StoredEventCodec {
    static final byte V1 = 1;

    private StoredEventCodec() {
    }

    static byte[] encode(StoredEvent e, byte[] json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length + 512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(V1);
            str(out, e.eventId());
            str(out, e.hash());
            str(out, e.type());
            time(out, e.eventTime());
            time(out, e.recordTime());
            str(out, e.action());
            str(out, e.bizStep());
            str(out, e.disposition());
            str(out, e.readPoint());
            str(out, e.bizLocation());
            str(out, e.capturedBy());
            out.writeInt(e.identifiers().size());
            for (StoredEvent.Named n : e.identifiers()) {
                str(out, n.role());
                str(out, n.identifier());
            }
            out.writeInt(e.bizTransactions().size());
            for (StoredEvent.Transaction t : e.bizTransactions()) {
                str(out, t.type());
                str(out, t.value());
            }
            out.writeInt(e.parties().size());
            for (StoredEvent.Party p : e.parties()) {
                str(out, p.kind());
                str(out, p.type());
                str(out, p.id());
            }
            out.writeInt(e.quantities().size());
            for (StoredEvent.Quantity q : e.quantities()) {
                str(out, q.role());
                str(out, q.epcClass());
                str(out, q.amount() == null ? null : q.amount().toPlainString());
                str(out, q.uom());
            }
            out.writeInt(json.length);
            out.write(json);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return bytes.toByteArray();
    }

    /** The event without its JSON; {@code quantities} false skips them (the trace does not read them). */
    static StoredEvent decode(long seq, byte[] value, boolean quantities) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            version(in);
            String id = str(in);
            String hash = str(in);
            String type = str(in);
            OffsetDateTime eventTime = time(in);
            OffsetDateTime recordTime = time(in);
            String action = str(in);
            String step = str(in);
            String disposition = str(in);
            String readPoint = str(in);
            String location = str(in);
            String capturedBy = str(in);
            int n = in.readInt();
            List<StoredEvent.Named> ids = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add(new StoredEvent.Named(str(in), str(in)));
            }
            n = in.readInt();
            List<StoredEvent.Transaction> txs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                txs.add(new StoredEvent.Transaction(str(in), str(in)));
            }
            n = in.readInt();
            List<StoredEvent.Party> parties = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                parties.add(new StoredEvent.Party(str(in), str(in), str(in)));
            }
            List<StoredEvent.Quantity> qs = new ArrayList<>();
            if (quantities) {
                n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String role = str(in);
                    String cls = str(in);
                    String amount = str(in);
                    qs.add(new StoredEvent.Quantity(role, cls, amount == null ? null : new BigDecimal(amount),
                            str(in)));
                }
            }
            return new StoredEvent(seq, id, hash, type, eventTime, recordTime, action, step, disposition, readPoint,
                    location, capturedBy, ids, txs, parties, qs);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** The event's JSON-LD, after the binary part. */
    static byte[] json(byte[] value) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            version(in);
            // eventId, hash, type, the two times, then six strings, as written by encode
            for (int i = 0; i < 11; i++) {
                if (i == 3 || i == 4) {
                    in.skipNBytes(in.readBoolean() ? 12 : 0);
                } else {
                    skipStr(in);
                }
            }
            for (int fields : new int[] {2, 2, 3, 4}) {
                int n = in.readInt();
                for (int i = 0; i < n * fields; i++) {
                    skipStr(in);
                }
            }
            return in.readNBytes(in.readInt());
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static void version(DataInputStream in) throws IOException {
        byte v = in.readByte();
        if (v != V1) {
            throw new IllegalStateException("EPCIS event value of an unknown version " + v);
        }
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String str(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void skipStr(DataInputStream in) throws IOException {
        if (in.readBoolean()) {
            in.skipNBytes(in.readUnsignedShort());
        }
    }

    private static void time(DataOutputStream out, OffsetDateTime t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.toEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static OffsetDateTime time(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()).atOffset(ZoneOffset.UTC) : null;
    }
}
