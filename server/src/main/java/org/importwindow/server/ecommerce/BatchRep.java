package org.importwindow.server.ecommerce;

import java.util.Arrays;

/**
 * A RocksDB write batch written out in RocksDB's own format (its {@code WriteBatch} "rep", the same bytes it writes to
 * its log), to be handed over in one call with {@code new WriteBatch(byte[])}: a 12-byte header (the sequence number,
 * 8 bytes, set by RocksDB when it writes; the count of records, 4 bytes; both little-endian), then each record as its
 * type (1 put, 0 delete, 2 merge), the key and for puts and merges the value, each as a varint32 length and its bytes.
 * The format is the one of RocksDB's {@code db/write_batch.cc}; {@code BatchRepTest} checks it against batches RocksJava
 * builds itself.
 */
final class BatchRep {
    static final int HEADER = 12;
    private static final byte DELETION = 0x0;
    private static final byte VALUE = 0x1;
    private static final byte MERGE = 0x2;

    private byte[] buf;
    private int size = HEADER;
    private int count;

    BatchRep(int capacity) {
        buf = new byte[Math.max(HEADER + 16, capacity)];
    }

    void put(byte[] key, byte[] value) {
        record(VALUE, key, value);
    }

    void delete(byte[] key) {
        record(DELETION, key, null);
    }

    void merge(byte[] key, byte[] value) {
        record(MERGE, key, value);
    }

    private void record(byte type, byte[] key, byte[] value) {
        // exactly what the record takes, so that a batch made at its exact size never grows
        ensure(recordSize(key, value));
        buf[size++] = type;
        bytes(key);
        if (value != null) {
            bytes(value);
        }
        count++;
    }

    /** The bytes a record of this key and value (null for a delete) takes in the batch. */
    static int recordSize(byte[] key, byte[] value) {
        return 1 + varintSize(key.length) + key.length + (value == null ? 0 : varintSize(value.length) + value.length);
    }

    private static int varintSize(int n) {
        int size = 1;
        while ((n & ~0x7F) != 0) {
            size++;
            n >>>= 7;
        }
        return size;
    }

    private void bytes(byte[] b) {
        int n = b.length;
        while ((n & ~0x7F) != 0) {
            buf[size++] = (byte) ((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        buf[size++] = (byte) n;
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    int count() {
        return count;
    }

    /**
     * The batch's bytes: the header (sequence 0, the count) and the records; without a copy when the batch was made
     * at its exact size.
     */
    byte[] toByteArray() {
        byte[] out = size == buf.length ? buf : Arrays.copyOf(buf, size);
        for (int i = 0; i < 4; i++) {
            out[8 + i] = (byte) (count >>> (8 * i));
        }
        return out;
    }
}
