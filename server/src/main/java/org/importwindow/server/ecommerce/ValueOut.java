package org.importwindow.server.ecommerce;

import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The bytes of one stored value, written as {@link java.io.DataOutputStream} writes them (big-endian numbers, strings
 * in modified UTF-8 after their length in two bytes), so that values written before it are read as they always were.
 * It writes straight into one growing array: the encoder thread writes every group's values, and a profile of the
 * embedded benchmark (2026-11-27) had {@code DataOutputStream.writeUTF}, its per-byte stream calls and the
 * {@code ByteArrayOutputStream} copies take about a third of that thread's time.
 */
final class ValueOut {
    private byte[] buf;
    private int size;

    ValueOut(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    void writeByte(int v) {
        ensure(1);
        buf[size++] = (byte) v;
    }

    void writeBoolean(boolean v) {
        writeByte(v ? 1 : 0);
    }

    void writeShort(int v) {
        ensure(2);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    void writeInt(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    void write(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    /** As {@link java.io.DataOutputStream#writeUTF}: modified UTF-8 (U+0000 in two bytes) after its length. */
    void writeUTF(String s) {
        int chars = s.length();
        ensure(2 + chars);
        int start = size;
        size += 2;
        int i = 0;
        // the common case: ASCII (codes, numbers, guids), one byte each
        for (; i < chars; i++) {
            char c = s.charAt(i);
            if (c == 0 || c >= 0x80) {
                break;
            }
            buf[size++] = (byte) c;
        }
        for (; i < chars; i++) {
            char c = s.charAt(i);
            if (c != 0 && c < 0x80) {
                ensure(1);
                buf[size++] = (byte) c;
            } else if (c < 0x800) {
                ensure(2);
                buf[size++] = (byte) (0xC0 | (c >> 6));
                buf[size++] = (byte) (0x80 | (c & 0x3F));
            } else {
                ensure(3);
                buf[size++] = (byte) (0xE0 | (c >> 12));
                buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        int length = size - start - 2;
        if (length > 65535) {
            throw new UncheckedIOException(new UTFDataFormatException(
                    "a string of " + length + " bytes is longer than a stored value's string may be"));
        }
        buf[start] = (byte) (length >>> 8);
        buf[start + 1] = (byte) length;
    }

    byte[] toByteArray() {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }
}
