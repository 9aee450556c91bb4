package org.importwindow.server.complaint;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.importwindow.server.HttpClientSupport;

/** HTTP calls to the running server as a demo user (HTTP Basic, password demo) or anonymously (null). */
final class ComplaintApi extends HttpClientSupport {

    ComplaintApi(int port) {
        super(port);
    }

    /** A JPEG-looking file of {@code size} bytes: the JFIF signature, then filler (the server reads the signature). */
    static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 0x42);
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(head, 0, b, 0, head.length);
        b[size - 2] = (byte) 0xFF;
        b[size - 1] = (byte) 0xD9;
        return b;
    }

    /** A PNG-looking file of {@code size} bytes. */
    static byte[] png(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
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
