package org.importwindow.complaint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Takes the metadata out of a complaint photo before it is stored, since a phone photo's metadata is personal data
 * (issue 5: "visible to regulators only and masked elsewhere"): EXIF holds the GPS position where it was taken (often
 * the consumer's home), the time, the camera's serial number and the owner's name; XMP and IPTC repeat them and add
 * more. Nobody needs them to judge a complaint, so they are removed for everyone rather than masked.
 *
 * <p>The file's structure is walked and whole segments (JPEG) or chunks (PNG) are dropped; the image data and
 * everything kept is copied byte for byte. Nothing is decoded or re-encoded: a JPEG re-encoded would lose quality, and
 * the photo is evidence. A file without metadata comes out identical to what was sent.
 *
 * <p>What is kept is a short list of what displaying the picture needs; everything else that the formats reserve for
 * applications is dropped, not only the well-known metadata, because vendors put personal data in places of their
 * own (C2PA content credentials in JPEG APP11 and PNG {@code caBX}, Photoshop's "Ducky" APP12, a second picture or a
 * motion-photo video after the end of the image):
 * <ul>
 * <li>JPEG (ISO/IEC 10918-1): every APP1 (EXIF, XMP), APP13 (Photoshop/IPTC) and COM segment is dropped (an
 * EXIF orientation other than "as stored" is written back alone, in a 36-byte segment, so the picture shows
 * upright), and every other APPn except APP0 JFIF/JFXX, APP2 ICC_PROFILE (colour) and APP14 Adobe (the colour transform of CMYK and YCCK
 * pictures); the APP2 MPF index goes too, since the pictures it points to are dropped with all bytes after EOI.
 * Tables, frame and scan headers, restart markers and the entropy-coded data are kept.
 * <li>PNG (ISO/IEC 15948): tEXt, zTXt, iTXt, eXIf and tIME are dropped, and every other ancillary chunk except those
 * that change how the picture looks (transparency, gamma, chromaticities, sRGB/ICC/CICP colour, significant bits,
 * background, physical pixel size, histogram, suggested palette, HDR mastering and light levels, and the APNG
 * animation chunks); critical chunks are all kept, as a decoder must understand them. Bytes after IEND are dropped.
 * </ul>
 * The EXIF orientation goes with the rest of EXIF, so a phone picture held upright may show on its side: the
 * regulator can still turn it, and a fact about the camera is not worth keeping the whole EXIF block for.
 *
 * <p>A file whose structure cannot be followed (a segment or chunk running past the end, a bad length, a missing or
 * wrong CRC, no image data, no end marker) is refused with {@code CMP-024}: what was not understood cannot be said to
 * be free of metadata.
 *
 * <p>Why not a library: Apache Commons Imaging (still 1.0 alpha) removes EXIF ({@code ExifRewriter}), XMP
 * ({@code JpegXmpRewriter}) and IPTC ({@code JpegIptcRewriter}) from a JPEG in three separate passes, but not COM
 * segments, other APPn or trailing data, and has no lossless chunk filter for PNG; javax.imageio can only re-encode.
 * The two walkers below are plain Java, small, and tested on files written by ImageIO (PhotoMetadataTest).
 */
public final class PhotoMetadata {

    /** The code of a photo whose structure cannot be followed. */
    public static final String MALFORMED = "CMP-024";

    /**
     * What was taken out of a photo: the parts by name in the order found, each once (e.g. {@code APP1 Exif},
     * {@code APP1 XMP}, {@code COM}, {@code tEXt}, {@code data after EOI}), and how many bytes they took.
     */
    public record Removed(List<String> parts, long bytes) {
        public Removed {
            parts = List.copyOf(parts);
        }

        public static final Removed NOTHING = new Removed(List.of(), 0);
    }

    /** A photo as it is to be stored: its type, its bytes without metadata, and what was removed. */
    public record Stripped(PhotoType type, byte[] bytes, Removed removed) {
    }

    private PhotoMetadata() {
    }

    /**
     * {@code photo} without its metadata.
     *
     * @throws IllegalArgumentException if it is neither a JPEG nor a PNG (check {@link PhotoType#of} first)
     * @throws ComplaintRuleException   {@link #MALFORMED} if its structure cannot be followed
     */
    public static Stripped strip(byte[] photo) {
        PhotoType type = PhotoType.of(photo)
                .orElseThrow(() -> new IllegalArgumentException("not a JPEG or PNG photo"));
        return switch (type) {
            case JPEG -> new Jpeg(photo).strip();
            case PNG -> new Png(photo).strip();
        };
    }

    /** The parts removed so far, and their size. */
    private static final class Parts {
        private final Set<String> names = new LinkedHashSet<>();
        private long bytes;

        void add(String name, long size) {
            names.add(name);
            bytes += size;
        }

        Removed done() {
            return bytes == 0 ? Removed.NOTHING : new Removed(new ArrayList<>(names), bytes);
        }
    }

    private static ComplaintRuleException malformed(String format, String what) {
        return new ComplaintRuleException(MALFORMED, "The photo cannot be read: this " + format + " file " + what
                + ". It may be damaged or incomplete; save or export it again and upload the new file.");
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    /** The JPEG marker-segment walker (ISO/IEC 10918-1, annex B). */
    private static final class Jpeg {
        private static final int SOI = 0xD8;
        private static final int EOI = 0xD9;
        private static final int SOS = 0xDA;
        private static final int TEM = 0x01;
        private static final int COM = 0xFE;
        private static final int APP0 = 0xE0;
        private static final int APP15 = 0xEF;
        private static final String XMP = "http://ns.adobe.com/xap/1.0/";
        private static final String XMP_EXTENSION = "http://ns.adobe.com/xmp/extension/";

        private final byte[] b;
        private final ByteArrayOutputStream out;
        private final Parts removed = new Parts();
        /** Whether the orientation was written back already (once per photo). */
        private boolean oriented;

        Jpeg(byte[] b) {
            this.b = b;
            this.out = new ByteArrayOutputStream(b.length);
        }

        Stripped strip() {
            out.write(b, 0, 2); // SOI
            int pos = 2;
            boolean frame = false;
            boolean scan = false;
            while (true) {
                int start = pos;
                if (pos >= b.length) {
                    throw malformed("JPEG", "ends at byte " + pos + " without its end-of-image marker (FF D9)");
                }
                if (u8(b, pos) != 0xFF) {
                    throw malformed("JPEG", "has no marker where one must be, at byte " + pos);
                }
                while (pos < b.length && u8(b, pos) == 0xFF) {
                    pos++; // fill bytes may precede a marker (B.1.1.2); kept with the segment they precede
                }
                if (pos >= b.length) {
                    throw malformed("JPEG", "ends in a marker, at byte " + start);
                }
                int marker = u8(b, pos++);
                if (marker == EOI) {
                    if (!scan) {
                        throw malformed("JPEG", "has no image data (no scan before its end marker)");
                    }
                    out.write(b, start, pos - start);
                    if (pos < b.length) {
                        // a second picture (MPF), a motion-photo video or a vendor trailer: not this image
                        removed.add("data after EOI", b.length - pos);
                    }
                    return new Stripped(PhotoType.JPEG, out.toByteArray(), removed.done());
                }
                if (marker == TEM) {
                    out.write(b, start, pos - start);
                    continue;
                }
                if (marker == 0x00 || marker == SOI || (marker >= 0xD0 && marker <= 0xD7)) {
                    throw malformed("JPEG", "has the marker FF " + hex(marker) + " out of place, at byte " + start);
                }
                if (pos + 2 > b.length) {
                    throw malformed("JPEG", "ends inside the segment FF " + hex(marker) + " at byte " + start);
                }
                int length = (u8(b, pos) << 8) | u8(b, pos + 1);
                if (length < 2) {
                    throw malformed("JPEG", "has a segment FF " + hex(marker) + " of impossible length " + length
                            + ", at byte " + start);
                }
                int end = pos + length;
                if (end > b.length) {
                    throw malformed("JPEG", "has a segment FF " + hex(marker) + " at byte " + start + " that declares "
                            + length + " bytes where only " + (b.length - pos) + " remain");
                }
                String drop = metadata(marker, pos + 2, end);
                if (drop != null) {
                    int kept = 0;
                    int orientation = "APP1 Exif".equals(drop) && !oriented ? orientation(pos + 8, end) : 1;
                    if (orientation != 1) {
                        // the one EXIF field that changes how the picture shows: a phone's portrait photo would
                        // otherwise lie on its side
                        byte[] minimal = orientationOnly(orientation);
                        out.write(minimal, 0, minimal.length);
                        kept = minimal.length;
                        oriented = true;
                    }
                    removed.add(drop, end - start - kept);
                    pos = end;
                    continue;
                }
                out.write(b, start, end - start);
                pos = end;
                if (isFrameHeader(marker)) {
                    frame = true;
                } else if (marker == SOS) {
                    if (!frame) {
                        throw malformed("JPEG", "has a scan before its frame header, at byte " + start);
                    }
                    scan = true;
                    int data = entropyCodedEnd(pos);
                    out.write(b, pos, data - pos);
                    pos = data;
                }
            }
        }

        /**
         * The Orientation (tag 0x0112) of IFD0 in the TIFF block at [tiff, end) of an EXIF segment, 1 (as stored) when
         * it has none or the block cannot be read: the segment goes either way.
         */
        private int orientation(int tiff, int end) {
            if (tiff + 8 > end) {
                return 1;
            }
            boolean little = u8(b, tiff) == 'I' && u8(b, tiff + 1) == 'I';
            if (!little && !(u8(b, tiff) == 'M' && u8(b, tiff + 1) == 'M')) {
                return 1;
            }
            long ifd = tiff + u32(tiff + 4, little);
            if (ifd + 2 > end) {
                return 1;
            }
            int entries = u16((int) ifd, little);
            for (int i = 0; i < entries; i++) {
                int e = (int) ifd + 2 + 12 * i;
                if (e + 12 > end) {
                    return 1;
                }
                if (u16(e, little) == 0x0112 && u16(e + 2, little) == 3) {
                    int v = u16(e + 8, little);
                    return v >= 1 && v <= 8 ? v : 1;
                }
            }
            return 1;
        }

        private int u16(int i, boolean little) {
            return little ? u8(b, i) | u8(b, i + 1) << 8 : u8(b, i) << 8 | u8(b, i + 1);
        }

        private long u32(int i, boolean little) {
            return little ? (long) u16(i + 2, true) << 16 | u16(i, true) : (long) u16(i, false) << 16 | u16(i + 2, false);
        }

        /** An APP1 EXIF segment holding the orientation alone: big-endian TIFF, IFD0 of one SHORT entry. */
        private static byte[] orientationOnly(int orientation) {
            return new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
                    'M', 'M', 0, 42, 0, 0, 0, 8,
                    0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                    0, 0, 0, 0};
        }

        /** The name of the metadata segment {@code marker} with payload [from, end), or null to keep it. */
        private String metadata(int marker, int from, int end) {
            if (marker == COM) {
                return "COM";
            }
            if (marker < APP0 || marker > APP15) {
                return null;
            }
            String id = identifier(from, end);
            String app = "APP" + (marker - APP0);
            switch (marker - APP0) {
                case 0:
                    return id.equals("JFIF") || id.equals("JFXX") ? null : named(app, id);
                case 1:
                    return id.equals("Exif") ? "APP1 Exif" : id.equals(XMP) ? "APP1 XMP"
                            : id.equals(XMP_EXTENSION) ? "APP1 XMP extension" : named(app, id);
                case 2:
                    return id.equals("ICC_PROFILE") ? null : named(app, id);
                case 13:
                    return id.equals("Photoshop 3.0") ? "APP13 Photoshop (IPTC)" : named(app, id);
                case 14:
                    return id.startsWith("Adobe") ? null : named(app, id);
                default:
                    return named(app, id);
            }
        }

        private static String named(String app, String id) {
            return id.isEmpty() ? app : app + " " + id;
        }

        /**
         * The application's identifier at the start of a payload: printable ASCII up to a NUL or anything else,
         * at most 40 characters (an APP segment names its format this way, e.g. "Exif", "ICC_PROFILE").
         */
        private String identifier(int from, int end) {
            StringBuilder s = new StringBuilder();
            for (int i = from; i < end && s.length() < 40; i++) {
                int c = u8(b, i);
                if (c < 0x20 || c > 0x7E) {
                    break;
                }
                s.append((char) c);
            }
            return s.toString();
        }

        /**
         * Where the entropy-coded data that starts at {@code from} ends: at the first marker that is neither a
         * stuffed zero (FF 00) nor a restart marker (FF D0-D7).
         */
        private int entropyCodedEnd(int from) {
            int p = from;
            while (p + 1 < b.length) {
                if (u8(b, p) == 0xFF) {
                    int next = u8(b, p + 1);
                    if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                        p += 2;
                        continue;
                    }
                    return p;
                }
                p++;
            }
            throw malformed("JPEG", "ends inside its image data, without an end-of-image marker (FF D9)");
        }

        /** SOF0-3, 5-7, 9-11, 13-15; C4 (DHT), C8 (JPG) and CC (DAC) share the range but are not frames. */
        private static boolean isFrameHeader(int marker) {
            return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        }

        private static String hex(int marker) {
            return String.format("%02X", marker);
        }
    }

    /** The PNG chunk walker (ISO/IEC 15948, 5.3 and 5.4). */
    private static final class Png {
        /** Ancillary chunks that change how the picture looks, and the APNG animation. */
        private static final Set<String> KEPT_ANCILLARY = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "cICP",
                "sBIT", "bKGD", "pHYs", "hIST", "sPLT", "mDCV", "mDCv", "cLLI", "cLLi", "acTL", "fcTL", "fdAT");

        private final byte[] b;
        private final ByteArrayOutputStream out;
        private final Parts removed = new Parts();

        Png(byte[] b) {
            this.b = b;
            this.out = new ByteArrayOutputStream(b.length);
        }

        Stripped strip() {
            out.write(b, 0, 8); // signature
            int pos = 8;
            boolean first = true;
            while (true) {
                if (pos + 8 > b.length) {
                    throw malformed("PNG", pos >= b.length ? "ends at byte " + pos + " without its IEND chunk"
                            : "ends inside a chunk header, at byte " + pos);
                }
                long length = ((long) u8(b, pos) << 24) | (u8(b, pos + 1) << 16) | (u8(b, pos + 2) << 8)
                        | u8(b, pos + 3);
                String type = chunkType(pos + 4);
                if (length > Integer.MAX_VALUE) {
                    throw malformed("PNG", "has a chunk " + type + " of impossible length " + length + ", at byte "
                            + pos);
                }
                long end = pos + 8L + length + 4;
                if (end > b.length) {
                    throw malformed("PNG", "has a chunk " + type + " at byte " + pos + " that declares " + length
                            + " bytes of data and a CRC where only " + (b.length - pos - 8) + " bytes remain");
                }
                CRC32 crc = new CRC32();
                crc.update(b, pos + 4, 4 + (int) length);
                int at = (int) end - 4;
                long stored = ((long) u8(b, at) << 24) | (u8(b, at + 1) << 16) | (u8(b, at + 2) << 8) | u8(b, at + 3);
                if (crc.getValue() != stored) {
                    throw malformed("PNG", "has a chunk " + type + " at byte " + pos + " whose CRC is wrong");
                }
                if (first && !type.equals("IHDR")) {
                    throw malformed("PNG", "does not begin with its IHDR chunk");
                }
                first = false;
                boolean critical = Character.isUpperCase(type.charAt(0));
                if (critical || KEPT_ANCILLARY.contains(type)) {
                    out.write(b, pos, (int) end - pos);
                } else {
                    removed.add(type, end - pos);
                }
                pos = (int) end;
                if (type.equals("IEND")) {
                    if (pos < b.length) {
                        removed.add("data after IEND", b.length - pos);
                    }
                    return new Stripped(PhotoType.PNG, out.toByteArray(), removed.done());
                }
            }
        }

        /** The 4-letter chunk type at {@code at}; anything but ASCII letters is not a PNG chunk. */
        private String chunkType(int at) {
            for (int i = at; i < at + 4; i++) {
                int c = u8(b, i);
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                    throw malformed("PNG", "has no valid chunk type at byte " + (at - 4));
                }
            }
            return new String(b, at, 4, StandardCharsets.US_ASCII);
        }
    }
}
