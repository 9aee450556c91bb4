package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * The signature's base64Binary values: what the JDK's validator takes, and nothing more (MSV, which validates the
 * single pass, took {@code 2026-13-45} as a digest; the property test of the single pass found it).
 */
class Base64LexicalTest {

    @Example
    void base64_as_encoders_write_it_with_or_without_line_breaks_is_taken() {
        assertThat(Base64Lexical.valid("")).isTrue();
        assertThat(Base64Lexical.valid("QUJD")).isTrue();
        assertThat(Base64Lexical.valid("QUI=")).isTrue();
        assertThat(Base64Lexical.valid("QQ==")).isTrue();
        assertThat(Base64Lexical.valid(" QUJD\n REVG\r\n")).isTrue();
    }

    @Example
    void anything_else_is_not() {
        assertThat(Base64Lexical.valid("2026-13-45")).isFalse();
        assertThat(Base64Lexical.valid("QUJ")).isFalse();
        assertThat(Base64Lexical.valid("Q===")).isFalse();
        assertThat(Base64Lexical.valid("QR==")).as("bits left over after ==").isFalse();
        assertThat(Base64Lexical.valid("QUJ=")).as("bits left over after =").isFalse();
        assertThat(Base64Lexical.valid("QU=D")).isFalse();
        assertThat(Base64Lexical.valid("中文中文")).isFalse();
    }

    @Property(tries = 500)
    void whatever_an_encoder_writes_is_taken(@ForAll @StringLength(max = 200) String text) {
        assertThat(Base64Lexical.valid(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(Base64Lexical.valid(Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
    }
}
