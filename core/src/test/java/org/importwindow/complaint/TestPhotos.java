package org.importwindow.complaint;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Small real photos for the metadata tests: pictures written by javax.imageio, and the metadata a phone adds
 * (EXIF with a GPS position, XMP, IPTC, comments, PNG text chunks) spliced into them as the formats define it.
 */
final class TestPhotos {

    /** The home of the consumer in the tests: 39°54'27.12" N, 116°23'28.44" E, as EXIF rationals. */
    static final byte[] GPS_LATITUDE = rationals(39, 1, 54, 1, 2712, 100);
    static final byte[] GPS_LONGITUDE = rationals(116, 1, 23, 1, 2844, 100);
    static final String OWNER = "Zhang Sanfeng";
    static final String SERIAL = "SN-4711-0815-X";

    private TestPhotos() {
    }

    /** A noisy 40 x 24 picture (noise so the entropy-coded data has stuffed FF 00 bytes). */
    static BufferedImage picture() {
        BufferedImage img = new BufferedImage(40, 24, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(5);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        return img;
    }

    /** The picture as ImageIO writes a JPEG: SOI, APP0 JFIF, DQT, SOF0, DHT, SOS, data, EOI. */
    static byte[] jpeg(boolean progressive) {
        return jpeg(progressive, 0);
    }

    /** As {@link #jpeg(boolean)}, with restart markers (FF D0-D7) every {@code restartInterval} MCUs if not 0. */
    static byte[] jpeg(boolean progressive, int restartInterval) {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.9f);
            if (progressive) {
                p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            IIOMetadata meta = null;
            if (restartInterval > 0) {
                meta = w.getDefaultImageMetadata(new ImageTypeSpecifier(picture()), p);
                String format = "javax_imageio_jpeg_image_1.0";
                IIOMetadataNode tree = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", Integer.toString(restartInterval));
                IIOMetadataNode markers = (IIOMetadataNode) tree.getElementsByTagName("markerSequence").item(0);
                markers.insertBefore(dri, markers.getFirstChild());
                meta.setFromTree(format, tree);
            }
            w.write(null, new IIOImage(picture(), null, meta), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }

    static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            if (img == null) {
                throw new AssertionError("ImageIO cannot decode it");
            }
            return img;
        } catch (IOException e) {
            throw new AssertionError("ImageIO cannot decode it", e);
        }
    }

    static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    // --- JPEG segments ---

    /** A marker segment: FF, marker, length (counting itself), payload. */
    static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return b.array();
    }

    /** APP1 "Exif\0\0" with a TIFF block: IFD0 (artist, date, serial), its GPS IFD (latitude, longitude). */
    static byte[] exifSegment() {
        return exifSegment(0);
    }

    /** The same with an Orientation (0x0112) in IFD0 when {@code orientation} is 1 to 8 (0: none). */
    static byte[] exifSegment(int orientation) {
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiffWithGps(orientation)));
    }

    static byte[] xmpSegment() {
        String xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='39,54.452N' "
                + "exif:GPSLongitude='116,23.474E' xmlns:dc='http://purl.org/dc/elements/1.1/' dc:creator='" + OWNER
                + "'/></rdf:RDF></x:xmpmeta>";
        return segment(0xE1, ascii("http://ns.adobe.com/xap/1.0/\0" + xmp));
    }

    /** APP13 Photoshop 3.0 with an 8BIM IPTC block whose by-line (2:80) is the owner. */
    static byte[] iptcSegment() {
        byte[] byline = concat(new byte[] {0x1C, 2, 80, 0, (byte) OWNER.length()}, ascii(OWNER));
        ByteBuffer b = ByteBuffer.allocate(12 + byline.length + (byline.length % 2));
        b.put(ascii("8BIM")).putShort((short) 0x0404).putShort((short) 0).putInt(byline.length).put(byline);
        return segment(0xED, concat(ascii("Photoshop 3.0\0"), b.array()));
    }

    static byte[] commentSegment() {
        return segment(0xFE, ascii("Taken in " + OWNER + "'s flat"));
    }

    /** Photoshop's "Ducky" APP12 (save for web), which carries a copyright line. */
    static byte[] duckySegment() {
        return segment(0xEC, concat(ascii("Ducky"), new byte[] {0, 1, 0, 4, 0, 0, 0, 90}, ascii(OWNER)));
    }

    /** APP2 ICC_PROFILE (one part of one) with the real sRGB profile. */
    static byte[] iccSegment() {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        return segment(0xE2, concat(ascii("ICC_PROFILE\0"), new byte[] {1, 1}, icc));
    }

    /** Where the segment after APP0 JFIF begins in an ImageIO JPEG (2 + 2 + APP0's length). */
    static int afterJfif(byte[] jpeg) {
        if ((jpeg[3] & 0xFF) != 0xE0) {
            throw new AssertionError("ImageIO wrote no APP0 first");
        }
        return 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    }

    /** Where the first marker {@code marker} (FF marker) is in the header of {@code jpeg}. */
    static int markerAt(byte[] jpeg, int marker) {
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            if ((jpeg[pos + 1] & 0xFF) == marker) {
                return pos;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        throw new AssertionError("no marker " + Integer.toHexString(marker));
    }

    static byte[] insert(byte[] into, int at, byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(into, 0, at);
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        out.write(into, at, into.length - at);
        return out.toByteArray();
    }

    // --- PNG chunks ---

    /** A chunk: length, type, data, CRC-32 of type and data. */
    static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(ascii(type)).put(data).putInt((int) crc.getValue());
        return b.array();
    }

    /** Where the chunk after IHDR begins (8-byte signature + 25-byte IHDR). */
    static final int AFTER_IHDR = 33;

    // --- the TIFF block of EXIF ---

    /**
     * A big-endian TIFF block: IFD0 with Artist (0x013B), DateTime (0x0132), BodySerialNumber (0xA431, here in IFD0
     * for brevity) and the GPS IFD pointer (0x8825); the GPS IFD with latitude and longitude and their N/E refs.
     */
    static byte[] tiffWithGps(int orientation) {
        byte[] artist = ascii(OWNER + "\0");
        byte[] date = ascii("2026:11:27 19:45:03\0");
        byte[] serial = ascii(SERIAL + "\0");
        int ifd0 = 8;
        int ifd0Entries = orientation > 0 ? 5 : 4;
        int ifd0Size = 2 + ifd0Entries * 12 + 4;
        int gps = ifd0 + ifd0Size;
        int gpsSize = 2 + 4 * 12 + 4;
        int data = gps + gpsSize;
        ByteBuffer b = ByteBuffer.allocate(data + artist.length + date.length + serial.length + 48);
        b.put(ascii("MM")).putShort((short) 42).putInt(ifd0);
        int artistAt = data;
        int dateAt = artistAt + artist.length;
        int serialAt = dateAt + date.length;
        int latAt = serialAt + serial.length;
        int lonAt = latAt + 24;
        b.putShort((short) ifd0Entries);
        if (orientation > 0) {
            // a SHORT value sits left-justified in the 4-byte field
            b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        }
        entry(b, 0x0132, 2, date.length, dateAt);
        entry(b, 0x013B, 2, artist.length, artistAt);
        entry(b, 0x8825, 4, 1, gps);
        entry(b, 0xA431, 2, serial.length, serialAt);
        b.putInt(0);
        b.putShort((short) 4);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N\0\0\0"));
        entry(b, 2, 5, 3, latAt);
        b.putShort((short) 3).putShort((short) 2).putInt(2).put(ascii("E\0\0\0"));
        entry(b, 4, 5, 3, lonAt);
        b.putInt(0);
        b.put(artist).put(date).put(serial).put(GPS_LATITUDE).put(GPS_LONGITUDE);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static byte[] rationals(int... numbersAndDenominators) {
        ByteBuffer b = ByteBuffer.allocate(4 * numbersAndDenominators.length);
        for (int v : numbersAndDenominators) {
            b.putInt(v);
        }
        return b.array();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Whether {@code needle} occurs in {@code hay}. */
    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
