package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Values stored before {@link ValueOut} were written by {@link DataOutputStream}: the same values must come out as the
 * same bytes, or a store written yesterday would read wrong today.
 */
class ValueOutTest {

    @Test
    void numbers_and_strings_are_the_bytes_a_data_output_stream_writes() throws IOException {
        Random random = new Random(20261127);
        for (int round = 0; round < 2_000; round++) {
            ByteArrayOutputStream expectedBytes = new ByteArrayOutputStream();
            DataOutputStream expected = new DataOutputStream(expectedBytes);
            ValueOut actual = new ValueOut(1 + random.nextInt(8)); // small, so that it grows
            for (int field = 0; field < 12; field++) {
                switch (random.nextInt(6)) {
                    case 0 -> {
                        int b = random.nextInt();
                        expected.writeByte(b);
                        actual.writeByte(b);
                    }
                    case 1 -> {
                        int s = random.nextInt();
                        expected.writeShort(s);
                        actual.writeShort(s);
                    }
                    case 2 -> {
                        int i = random.nextInt();
                        expected.writeInt(i);
                        actual.writeInt(i);
                    }
                    case 3 -> {
                        long l = random.nextLong();
                        expected.writeLong(l);
                        actual.writeLong(l);
                    }
                    case 4 -> {
                        boolean b = random.nextBoolean();
                        expected.writeBoolean(b);
                        actual.writeBoolean(b);
                    }
                    default -> {
                        String s = text(random);
                        expected.writeUTF(s);
                        actual.writeUTF(s);
                    }
                }
            }
            assertThat(actual.toByteArray()).isEqualTo(expectedBytes.toByteArray());
        }
    }

    @Test
    void a_string_too_long_for_its_two_byte_length_is_refused_as_before() {
        String chinese = "海".repeat(21_846); // 65,538 bytes in UTF-8
        assertThatThrownBy(() -> new ValueOut(16).writeUTF(chinese)).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> new DataOutputStream(new ByteArrayOutputStream()).writeUTF(chinese))
                .isInstanceOf(IOException.class);
        String longestAscii = "x".repeat(65_535);
        ValueOut longest = new ValueOut(16);
        longest.writeUTF(longestAscii);
        assertThat(longest.toByteArray()).hasSize(65_537);
    }

    @Test
    void an_amount_is_stored_as_its_scale_and_unscaled_value_whatever_its_size() {
        for (String amount : new String[] {"0", "0.00", "-12.345", "999999999999999999", "1E+3", "123456789.012345678",
                "9999999999999999999", "-9223372036854775808", "0.000000000000000000001"}) {
            BigDecimal d = new BigDecimal(amount);
            ValueOut out = new ValueOut(4);
            RocksCodec.dec(out, d);
            byte[] v = out.toByteArray();
            try (var in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(v))) {
                assertThat(RocksCodec.dec(in)).isEqualTo(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Text of every kind: ASCII, U+0000, Latin, Chinese, surrogate pairs (emoji), lone surrogates. */
    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> s.append((char) (0x20 + random.nextInt(0x5F)));
                case 2 -> s.append('\u0000');
                case 3 -> s.append((char) (0x80 + random.nextInt(0x780)));
                case 4 -> s.append((char) (0x4E00 + random.nextInt(0x5000)));
                default -> s.appendCodePoint(random.nextBoolean() ? 0x1F600 + random.nextInt(64) : 0xD800);
            }
        }
        return s.toString();
    }
}
