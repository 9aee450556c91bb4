package org.importwindow.complaint;

import java.util.Optional;

/**
 * The picture formats a complaint photo may have, recognised by the file's first bytes (its signature), never by the
 * name or the type the sender declares: a renamed text file or a GIF called {@code .jpg} is not a JPEG. Only JPEG
 * and PNG are taken, the two formats every phone camera and browser produce and display.
 */
public enum PhotoType {
    /** JPEG/JFIF/Exif: SOI marker FF D8 followed by the next marker's FF (ISO/IEC 10918-1). */
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** PNG: the 8-byte signature 89 'P' 'N' 'G' CR LF SUB LF (ISO/IEC 15948, 5.2). */
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String contentType;
    private final String extension;
    private final byte[] signature;

    PhotoType(String contentType, String extension, byte[] signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The format whose signature {@code bytes} begin with; empty for anything else (GIF, text, an empty file). */
    public static Optional<PhotoType> of(byte[] bytes) {
        for (PhotoType t : values()) {
            if (startsWith(bytes, t.signature)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The format of a stored content type (as {@link #contentType()}). */
    public static Optional<PhotoType> ofContentType(String contentType) {
        for (PhotoType t : values()) {
            if (t.contentType.equals(contentType)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
