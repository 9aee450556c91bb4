package org.importwindow.server.complaint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.importwindow.server.HttpClientSupport;

/** HTTP calls to the running server as a demo user (HTTP Basic, password demo) or anonymously (null). */
final class ComplaintApi extends HttpClientSupport {

    ComplaintApi(int port) {
        super(port);
    }

    /**
     * A JPEG of exactly {@code size} bytes (at least 45) that the server's structure walk follows to its end: SOI, APP0
     * JFIF, a frame and a scan header, filler as image data, EOI. No metadata, so it is stored as sent.
     */
    static byte[] jpeg(int size) {
        byte[] head = {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
                (byte) 0xFF, (byte) 0xC0, 0x00, 0x0B, 8, 0, 1, 0, 1, 1, 1, 0x11, 0,
                (byte) 0xFF, (byte) 0xDA, 0x00, 0x08, 1, 1, 0, 0, 63, 0};
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 0x42);
        System.arraycopy(head, 0, b, 0, head.length);
        b[size - 2] = (byte) 0xFF;
        b[size - 1] = (byte) 0xD9;
        return b;
    }

    /** A PNG of exactly {@code size} bytes (at least 57): signature, IHDR, one IDAT of filler, IEND, CRCs right. */
    static byte[] png(int size) {
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(b, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 2).array());
        byte[] data = new byte[size - 57];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        chunk(b, "IDAT", data);
        chunk(b, "IEND", new byte[0]);
        return b.array();
    }

    private static void chunk(ByteBuffer b, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        b.putInt(data.length).put(t).put(data).putInt((int) crc.getValue());
    }

    /** 39°54'27.12" N as the three EXIF rationals of a GPSLatitude. */
    static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24).putInt(39).putInt(1).putInt(54).putInt(1)
            .putInt(2712).putInt(100).array();

    /** A small picture as javax.imageio writes it as a JPEG (no metadata). */
    static byte[] realJpeg() {
        BufferedImage img = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                img.setRGB(x, y, (x * 8) << 16 | (y * 16) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpeg", out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@code jpeg} as a phone leaves it: after the JFIF header an APP1 EXIF segment whose GPS IFD holds
     * {@link #GPS_LATITUDE}, and a comment with the owner's name.
     */
    static byte[] takenAtHome(byte[] jpeg) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 18 + 18 + 24);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 2).putShort((short) 5).putInt(3).putInt(44).putInt(0);
        tiff.put(GPS_LATITUDE);
        byte[] exif = segment(0xE1, "Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        byte[] comment = segment(0xFE, "Zhang Sanfeng's flat".getBytes(StandardCharsets.US_ASCII));
        int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.writeBytes(exif);
        out.writeBytes(comment);
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[]... payload) {
        int length = Arrays.stream(payload).mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(4 + length).put((byte) 0xFF).put((byte) marker)
                .putShort((short) (length + 2));
        for (byte[] p : payload) {
            b.put(p);
        }
        return b.array();
    }

    /** POST the file as the multipart field {@code photo} with the given name and declared type. */
    Answer upload(String who, String path, String fileName, String declaredType, byte[] bytes) {
        String boundary = "----photo" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(who, path, JSON_OR_PROBLEM).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** POST the bytes as the whole body with the declared content type. */
    Answer uploadRaw(String who, String path, String declaredType, byte[] bytes) {
        return send(request(who, path, JSON_OR_PROBLEM).header("Content-Type", declaredType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    /** GET the bytes as who: status, content type, headers and body. */
    HttpResponse<byte[]> download(String who, String path) {
        try {
            return CLIENT.send(request(who, path, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A complete complaint about a toaster, with contact details to be masked. */
    static String toaster(String whatHappened) {
        return """
                {"productName":"Toaster T-2","gtin":"0012345678905","model":"T-2","lot":"L9","brand":"Crisp",
                 "purchase":{"platform":"JD Worldwide","orderNumber":"JD-1","inventoryNumber":"4600202611270000001"},
                 "whatHappened":"%s","injury":false,"photos":["p1.jpg"],
                 "contact":{"name":"张三丰","phone":"13812345678","email":"zhang@example.com"}}
                """.formatted(whatHappened);
    }
}
