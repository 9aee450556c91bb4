package org.importwindow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.importwindow.complaint.TestPhotos.AFTER_IHDR;
import static org.importwindow.complaint.TestPhotos.GPS_LATITUDE;
import static org.importwindow.complaint.TestPhotos.GPS_LONGITUDE;
import static org.importwindow.complaint.TestPhotos.OWNER;
import static org.importwindow.complaint.TestPhotos.SERIAL;
import static org.importwindow.complaint.TestPhotos.afterJfif;
import static org.importwindow.complaint.TestPhotos.ascii;
import static org.importwindow.complaint.TestPhotos.chunk;
import static org.importwindow.complaint.TestPhotos.concat;
import static org.importwindow.complaint.TestPhotos.contains;
import static org.importwindow.complaint.TestPhotos.decode;
import static org.importwindow.complaint.TestPhotos.insert;
import static org.importwindow.complaint.TestPhotos.markerAt;
import static org.importwindow.complaint.TestPhotos.pixels;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Photos of complaints lose their metadata before they are stored, and nothing else: the pictures are written by
 * javax.imageio, the metadata is spliced in as a phone or an editor writes it, and what comes out must be the picture
 * as it was, byte for byte and pixel for pixel.
 */
class PhotoMetadataTest {

    private static final byte[] CLEAN_JPEG = TestPhotos.jpeg(false);

    /** The clean JPEG with the sRGB ICC profile a phone adds (to be kept) after its JFIF header. */
    private static final byte[] JPEG_WITH_ICC = insert(CLEAN_JPEG, afterJfif(CLEAN_JPEG), TestPhotos.iccSegment());

    /** As a phone and an editor leave it: EXIF with GPS, XMP, IPTC, a comment and a Ducky segment around the ICC. */
    private static final byte[] JPEG_FROM_A_PHONE = insert(JPEG_WITH_ICC, afterJfif(JPEG_WITH_ICC),
            TestPhotos.exifSegment(), TestPhotos.xmpSegment(), TestPhotos.iptcSegment(), TestPhotos.duckySegment());

    private static byte[] withCommentBeforeTheFrame(byte[] jpeg) {
        return insert(jpeg, markerAt(jpeg, 0xC0), TestPhotos.commentSegment());
    }

    @Test
    void a_photo_taken_at_home_is_stored_without_where_it_was_taken() {
        byte[] sent = withCommentBeforeTheFrame(JPEG_FROM_A_PHONE);
        assertThat(contains(sent, GPS_LATITUDE)).as("the test photo has the GPS position").isTrue();

        PhotoMetadata.Stripped stored = PhotoMetadata.strip(sent);

        assertThat(stored.type()).isEqualTo(PhotoType.JPEG);
        assertThat(contains(stored.bytes(), GPS_LATITUDE)).isFalse();
        assertThat(contains(stored.bytes(), GPS_LONGITUDE)).isFalse();
        assertThat(contains(stored.bytes(), ascii(OWNER))).isFalse();
        assertThat(contains(stored.bytes(), ascii(SERIAL))).isFalse();
        assertThat(contains(stored.bytes(), ascii("Exif\0\0"))).isFalse();
        assertThat(contains(stored.bytes(), ascii("2026:11:27"))).isFalse();
        assertThat(stored.removed().parts())
                .containsExactly("APP1 Exif", "APP1 XMP", "APP13 Photoshop (IPTC)", "APP12 Ducky", "COM");
        assertThat(stored.removed().bytes()).isEqualTo(sent.length - stored.bytes().length);
    }

    @Test
    void a_portrait_photo_keeps_its_orientation_alone_so_it_still_shows_upright() {
        byte[] sent = insert(JPEG_WITH_ICC, afterJfif(JPEG_WITH_ICC), TestPhotos.exifSegment(6));
        assertThat(contains(sent, GPS_LATITUDE)).isTrue();

        PhotoMetadata.Stripped stored = PhotoMetadata.strip(sent);

        assertThat(contains(stored.bytes(), GPS_LATITUDE)).isFalse();
        assertThat(contains(stored.bytes(), ascii(OWNER))).isFalse();
        assertThat(contains(stored.bytes(), ascii(SERIAL))).isFalse();
        // APP1, length 34, Exif, big-endian TIFF, IFD0 with one entry: Orientation (0x0112) SHORT 1 = 6
        byte[] orientationOnly = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0,
                8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        assertThat(contains(stored.bytes(), orientationOnly)).isTrue();
        assertThat(stored.bytes().length).isEqualTo(JPEG_WITH_ICC.length + orientationOnly.length);
        assertThat(stored.removed().bytes()).isEqualTo(sent.length - stored.bytes().length);
        assertThat(pixels(decode(stored.bytes()))).isEqualTo(pixels(decode(JPEG_WITH_ICC)));
        // a little-endian TIFF block (as many Android phones write it), orientation 8
        byte[] littleEndian = TestPhotos.segment(0xE1, concat(ascii("Exif\0\0"), new byte[] {'I', 'I', 42, 0, 8, 0, 0,
                0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0}));
        byte[] rotated = PhotoMetadata.strip(insert(JPEG_WITH_ICC, afterJfif(JPEG_WITH_ICC), littleEndian)).bytes();
        orientationOnly[29] = 8;
        assertThat(contains(rotated, orientationOnly)).isTrue();
        // "as stored" (1) needs no segment at all
        byte[] upright = PhotoMetadata.strip(insert(JPEG_WITH_ICC, afterJfif(JPEG_WITH_ICC),
                TestPhotos.exifSegment(1))).bytes();
        assertThat(upright).isEqualTo(JPEG_WITH_ICC);
    }

    @Test
    void everything_else_stays_byte_for_byte_so_the_picture_is_not_re_encoded() {
        byte[] sent = withCommentBeforeTheFrame(JPEG_FROM_A_PHONE);

        byte[] stored = PhotoMetadata.strip(sent).bytes();

        // the JFIF header, the ICC profile, tables, frame, scan and the compressed data, untouched
        assertThat(stored).isEqualTo(JPEG_WITH_ICC);
        assertThat(pixels(decode(stored))).isEqualTo(pixels(decode(sent)));
    }

    @Test
    void a_progressive_jpeg_keeps_all_its_scans_and_loses_a_comment_between_them() {
        byte[] progressive = TestPhotos.jpeg(true);
        int secondScan = nthMarker(progressive, 0xDA, 2);
        byte[] sent = insert(progressive, secondScan, TestPhotos.commentSegment(), TestPhotos.exifSegment());

        PhotoMetadata.Stripped stored = PhotoMetadata.strip(sent);

        assertThat(stored.bytes()).isEqualTo(progressive);
        assertThat(stored.removed().parts()).containsExactly("COM", "APP1 Exif");
        assertThat(pixels(decode(stored.bytes()))).isEqualTo(pixels(decode(progressive)));
    }

    @Test
    void a_jpeg_with_restart_markers_in_its_data_is_kept_whole() {
        byte[] restarts = TestPhotos.jpeg(false, 1);
        assertThat(nthMarker(restarts, 0xD3, 1)).as("restart marker 3 in the data").isPositive();
        byte[] sent = insert(restarts, afterJfif(restarts), TestPhotos.exifSegment());

        PhotoMetadata.Stripped stored = PhotoMetadata.strip(sent);

        assertThat(stored.bytes()).isEqualTo(restarts);
        assertThat(pixels(decode(stored.bytes()))).isEqualTo(pixels(decode(sent)));
    }

    @Test
    void a_photo_without_metadata_is_stored_exactly_as_sent() {
        PhotoMetadata.Stripped jpeg = PhotoMetadata.strip(JPEG_WITH_ICC);
        assertThat(jpeg.bytes()).isEqualTo(JPEG_WITH_ICC);
        assertThat(jpeg.removed()).isEqualTo(PhotoMetadata.Removed.NOTHING);
        byte[] png = TestPhotos.png();
        assertThat(PhotoMetadata.strip(png).bytes()).isEqualTo(png);
        assertThat(PhotoMetadata.strip(png).removed().bytes()).isZero();
    }

    @Test
    void a_second_picture_or_video_after_the_end_of_the_image_is_not_kept() {
        // a motion photo appends its video (with its own location) after EOI; MPF pictures live there too
        byte[] sent = concat(JPEG_WITH_ICC, ascii("\0\0\0\u0018ftypmp42 GPS +39.9075+116.3912/"));

        PhotoMetadata.Stripped stored = PhotoMetadata.strip(sent);

        assertThat(stored.bytes()).isEqualTo(JPEG_WITH_ICC);
        assertThat(stored.removed().parts()).containsExactly("data after EOI");
    }

    @Test
    void a_png_loses_its_text_exif_and_time_chunks_and_keeps_its_pixels() {
        byte[] clean = TestPhotos.png();
        byte[] sent = insert(clean, AFTER_IHDR,
                chunk("tEXt", ascii("Author\0" + OWNER)),
                chunk("iTXt", ascii("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>39,54.452N</x:xmpmeta>")),
                chunk("zTXt", ascii("Comment\0\0x")),
                chunk("eXIf", TestPhotos.tiffWithGps(0)),
                chunk("tIME", new byte[] {0x07, (byte) 0xEA, 11, 27, 19, 45, 3}),
                chunk("caBX", ascii("c2pa manifest of " + OWNER)));
        assertThat(contains(sent, GPS_LATITUDE)).isTrue();

        PhotoMetadata.Stripped stored = PhotoMetadata.strip(sent);

        assertThat(stored.type()).isEqualTo(PhotoType.PNG);
        assertThat(stored.bytes()).isEqualTo(clean);
        assertThat(contains(stored.bytes(), GPS_LATITUDE)).isFalse();
        assertThat(contains(stored.bytes(), ascii(OWNER))).isFalse();
        assertThat(stored.removed().parts()).containsExactly("tEXt", "iTXt", "zTXt", "eXIf", "tIME", "caBX");
        assertThat(pixels(decode(stored.bytes()))).isEqualTo(pixels(TestPhotos.picture()));
    }

    @Test
    void a_png_keeps_the_chunks_that_change_how_it_looks() {
        byte[] clean = TestPhotos.png();
        byte[] gamma = chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F});
        byte[] srgb = chunk("sRGB", new byte[] {0});
        byte[] sent = insert(clean, AFTER_IHDR, gamma, chunk("tEXt", ascii("Author\0" + OWNER)), srgb);

        assertThat(PhotoMetadata.strip(sent).bytes()).isEqualTo(insert(clean, AFTER_IHDR, gamma, srgb));
    }

    @Test
    void a_truncated_or_damaged_jpeg_is_refused() {
        byte[] phone = JPEG_FROM_A_PHONE;
        refused(() -> PhotoMetadata.strip(Arrays.copyOf(phone, phone.length - 10)), "ends inside its image data");
        refused(() -> PhotoMetadata.strip(Arrays.copyOf(phone, phone.length - 2)), "without an end-of-image");
        // the EXIF segment claims more bytes than the file has
        refused(() -> PhotoMetadata.strip(patch(phone, b -> {
            int app1 = afterJfif(b);
            b[app1 + 2] = (byte) 0xFF;
            b[app1 + 3] = (byte) 0xFF;
            return b;
        })), "declares 65535 bytes");
        refused(() -> PhotoMetadata.strip(patch(phone, b -> {
            int app1 = afterJfif(b);
            b[app1 + 2] = 0;
            b[app1 + 3] = 1;
            return b;
        })), "impossible length 1");
        // cut inside the EXIF segment's header
        refused(() -> PhotoMetadata.strip(Arrays.copyOf(phone, afterJfif(phone) + 3)), "ends inside the segment");
        // no scan at all: SOI, JFIF, EOI
        refused(() -> PhotoMetadata.strip(concat(Arrays.copyOf(CLEAN_JPEG, afterJfif(CLEAN_JPEG)),
                new byte[] {(byte) 0xFF, (byte) 0xD9})), "no image data");
        // something that is not a marker where a segment must start
        refused(() -> PhotoMetadata.strip(insert(CLEAN_JPEG, afterJfif(CLEAN_JPEG), ascii("junk"))),
                "no marker where one must be");
    }

    @Test
    void a_png_with_a_bad_length_a_wrong_or_missing_crc_or_no_end_is_refused() {
        byte[] png = TestPhotos.png();
        refused(() -> PhotoMetadata.strip(patch(png, b -> {
            b[AFTER_IHDR] = 0x7F; // the chunk after IHDR claims about 2 GB
            return b;
        })), "declares");
        refused(() -> PhotoMetadata.strip(patch(png, b -> {
            b[AFTER_IHDR] = (byte) 0x80;
            return b;
        })), "impossible length");
        refused(() -> PhotoMetadata.strip(patch(png, b -> {
            b[AFTER_IHDR + 8] ^= 0x01; // one bit of the first data byte after IHDR
            return b;
        })), "CRC is wrong");
        // IEND without its CRC
        refused(() -> PhotoMetadata.strip(Arrays.copyOf(png, png.length - 4)), "and a CRC");
        refused(() -> PhotoMetadata.strip(Arrays.copyOf(png, png.length - 12)), "without its IEND");
        refused(() -> PhotoMetadata.strip(Arrays.copyOf(png, png.length - 8)), "inside a chunk header");
        refused(() -> PhotoMetadata.strip(insert(png, 8, chunk("tEXt", ascii("a\0b")))), "does not begin with");
        refused(() -> PhotoMetadata.strip(patch(png, b -> {
            b[AFTER_IHDR + 4] = '1';
            return b;
        })), "no valid chunk type");
    }

    @Test
    void only_jpeg_and_png_are_walked() {
        assertThatThrownBy(() -> PhotoMetadata.strip(ascii("GIF89a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void refused(ThrowingCallable call, String why) {
        assertThatThrownBy(call).isInstanceOf(ComplaintRuleException.class)
                .hasMessageContaining(why)
                .extracting("code").isEqualTo("CMP-024");
    }

    private static byte[] patch(byte[] bytes, UnaryOperator<byte[]> change) {
        return change.apply(bytes.clone());
    }

    /** Where the n-th (1-based) FF {@code marker} in the file is, scanning every byte. */
    private static int nthMarker(byte[] jpeg, int marker, int n) {
        int seen = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker && ++seen == n) {
                return i;
            }
        }
        throw new AssertionError("fewer than " + n + " markers " + Integer.toHexString(marker));
    }
}
