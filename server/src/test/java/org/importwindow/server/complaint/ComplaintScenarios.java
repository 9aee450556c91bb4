package org.importwindow.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.importwindow.server.security.Role;
import org.importwindow.server.security.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The complaint and defect-signal API over real HTTP (on H2 and on PostgreSQL): each step of Order No. 20, the 7-working-day flag, who
 * may see and do what, masking, refusals that store nothing, and the demo signal's one-click investigation.
 */
abstract class ComplaintScenarios {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ComplaintService service;

    ComplaintApi api;

    @BeforeEach
    void setUp() {
        api = new ComplaintApi(port);
        if (users.find("consumer-2").isEmpty()) {
            users.insert("consumer-2", encoder.encode("demo"), "Another consumer", List.of(Role.CONSUMER), List.of());
        }
    }

    private String file(String user, String text) {
        ComplaintApi.Answer a = api.post(user, "/api/v1/complaints", ComplaintApi.toaster(text));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().get("reference").asString();
    }

    private long events() {
        return db.sql("select count(*) from complaint_event").query(Long.class).single();
    }

    @Test
    void a_consumer_files_a_complaint_and_follows_it_through_acceptance_mediation_and_closure() {
        String ref = file("consumer", "It caught fire");
        assertThat(ref).matches("CMP-\\d{8}-\\d{6,}");
        JsonNode own = api.get("consumer", "/api/v1/complaints/" + ref).json();
        assertThat(own.get("status").asString()).isEqualTo("FILED");
        assertThat(own.get("acceptance").get("workingDays").asInt()).isEqualTo(7);
        assertThat(own.get("acceptance").get("citation").asString()).contains("第十四条");

        assertThat(api.post("regulator", "/api/v1/complaints/" + ref + "/acceptance", null).status()).isEqualTo(200);
        assertThat(api.post("regulator", "/api/v1/complaints/" + ref + "/mediation", null).status()).isEqualTo(200);
        ComplaintApi.Answer closed = api.post("regulator", "/api/v1/complaints/" + ref + "/closure",
                "{\"outcome\":\"MEDIATION_AGREEMENT\",\"note\":\"Refund of 199 yuan\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("mediation").get("workingDays").asInt()).isEqualTo(45);

        JsonNode events = api.get("consumer", "/api/v1/complaints/" + ref + "/events").json();
        assertThat(events.size()).isEqualTo(4);
        assertThat(events.get(0).get("type").asString()).isEqualTo("ComplaintFiled");
        assertThat(events.get(3).get("type").asString()).isEqualTo("ComplaintClosed");
        assertThat(events.get(3).get("outcome").asString()).isEqualTo("MEDIATION_AGREEMENT");
        assertThat(api.get("consumer", "/api/v1/complaints/" + ref).json().get("status").asString())
                .isEqualTo("CLOSED");
    }

    @Test
    void a_decline_needs_a_reason_and_then_the_complaint_cannot_be_mediated() {
        String ref = file("consumer", "Wrong colour");
        long before = events();
        ComplaintApi.Answer noReason = api.post("regulator", "/api/v1/complaints/" + ref + "/decline", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("CMP-102");
        assertThat(events()).isEqualTo(before);
        assertThat(api.post("regulator", "/api/v1/complaints/" + ref + "/decline",
                "{\"reason\":\"Not a consumer dispute\"}").status()).isEqualTo(200);
        ComplaintApi.Answer mediate = api.post("regulator", "/api/v1/complaints/" + ref + "/mediation", null);
        assertThat(mediate.status()).isEqualTo(409);
        assertThat(mediate.body()).contains("CMP-101");
        JsonNode declined = api.get("consumer", "/api/v1/complaints/" + ref).json();
        assertThat(declined.get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("events").get(1).get("reason").asString()).isEqualTo("Not a consumer dispute");
    }

    @Test
    void an_undecided_complaint_is_flagged_overdue_after_the_seventh_working_day() {
        String ref = file("consumer", "Handle broke off");
        LocalDate due = LocalDate.parse(api.get("regulator", "/api/v1/complaints/" + ref).json()
                .get("acceptance").get("due").asString());
        assertThat(due).isAfterOrEqualTo(service.today().plusDays(9));
        JsonNode onTheDay = api.get("regulator", "/api/v1/complaints/" + ref + "?asOf=" + due).json();
        assertThat(onTheDay.get("acceptance").get("overdue").asBoolean()).isFalse();
        JsonNode dayAfter = api.get("regulator", "/api/v1/complaints/" + ref + "?asOf=" + due.plusDays(1)).json();
        assertThat(dayAfter.get("acceptance").get("overdue").asBoolean()).isTrue();

        JsonNode queue = api.get("regulator", "/api/v1/complaints/queue?asOf=" + due.plusDays(1)).json();
        boolean flagged = false;
        for (JsonNode c : queue) {
            if (c.get("reference").asString().equals(ref)) {
                flagged = c.get("acceptance").get("overdue").asBoolean();
            }
        }
        assertThat(flagged).isTrue();
        // the demo's hair dryer, 20 days undecided, is overdue today and heads the queue
        JsonNode today = api.get("regulator", "/api/v1/complaints/queue").json();
        assertThat(today.get(0).get("acceptance").get("overdue").asBoolean()).isTrue();
    }

    @Test
    void a_consumer_sees_only_their_own_complaints_and_another_consumers_answers_404() {
        String mine = file("consumer-2", "Button stuck");
        JsonNode list = api.get("consumer-2", "/api/v1/complaints").json();
        assertThat(list.size()).isEqualTo(db.sql("select count(*) from complaint where consumer = 'consumer-2'")
                .query(Long.class).single().intValue());
        for (JsonNode c : list) {
            assertThat(c.get("consumer").asString()).doesNotContain("consumer-2");
        }
        ComplaintApi.Answer other = api.get("consumer", "/api/v1/complaints/" + mine);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).contains("application/problem+json");
        assertThat(api.get("consumer", "/api/v1/complaints/" + mine + "/events").status()).isEqualTo(404);
        for (JsonNode c : api.get("consumer", "/api/v1/complaints").json()) {
            assertThat(c.get("reference").asString()).isNotEqualTo(mine);
        }
    }

    @Test
    void a_consumer_cannot_take_the_regulators_steps_nor_read_the_queue_or_signals() {
        String ref = file("consumer", "Cable frayed");
        assertThat(api.post("consumer", "/api/v1/complaints/" + ref + "/acceptance", null).status()).isEqualTo(403);
        assertThat(api.get("consumer", "/api/v1/complaints/queue").status()).isEqualTo(403);
        assertThat(api.get("consumer", "/api/v1/defect-signals").status()).isEqualTo(403);
        assertThat(api.post("regulator", "/api/v1/complaints", ComplaintApi.toaster("x")).status()).isEqualTo(403);
    }

    @Test
    void a_declarant_is_forbidden_and_nobody_is_unauthorised() {
        assertThat(api.get("declarant-a", "/api/v1/complaints").status()).isEqualTo(403);
        assertThat(api.post("declarant-a", "/api/v1/complaints", ComplaintApi.toaster("x")).status()).isEqualTo(403);
        assertThat(api.get("declarant-a", "/api/v1/defect-signals").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/v1/complaints").status()).isEqualTo(401);
        assertThat(api.post(null, "/api/v1/complaints", ComplaintApi.toaster("x")).status()).isEqualTo(401);
        assertThat(api.get(null, "/api/v1/defect-signals").status()).isEqualTo(401);
    }

    @Test
    void personal_data_is_masked_for_the_consumer_and_clear_for_the_regulator() {
        String ref = file("consumer", "Smoke from the slot");
        String consumerView = api.get("consumer", "/api/v1/complaints/" + ref).body();
        assertThat(consumerView).contains("138****5678", "张**", "z***@example.com")
                .doesNotContain("13812345678", "张三丰", "zhang@example.com");
        JsonNode regulatorView = api.get("regulator", "/api/v1/complaints/" + ref).json();
        assertThat(regulatorView.get("masked").asBoolean()).isFalse();
        assertThat(regulatorView.get("details").get("contact").get("phone").asString()).isEqualTo("13812345678");
        assertThat(regulatorView.get("details").get("contact").get("name").asString()).isEqualTo("张三丰");
        assertThat(regulatorView.get("consumer").asString()).isEqualTo("consumer");
        String list = api.get("consumer", "/api/v1/complaints").body();
        assertThat(list).doesNotContain("13812345678", "13912345678");
    }

    @Test
    void bad_input_is_refused_as_problem_json_with_rule_codes_and_nothing_is_stored() {
        long before = events();
        ComplaintApi.Answer a = api.post("consumer", "/api/v1/complaints", """
                {"productName":"","gtin":"4006381333932","whatHappened":"x","contact":{"name":"Li","phone":"123"}}
                """);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).contains("application/problem+json");
        List<String> codes = a.json().get("errors").valueStream().map(e -> e.get("code").asString()).toList();
        assertThat(codes).contains("CMP-001", "CMP-003", "CMP-004", "CMP-007", "CMP-009");
        assertThat(a.json().get("errors").get(0).get("messageZh").asString()).isNotBlank();
        assertThat(api.post("consumer", "/api/v1/complaints", "{not json").status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void the_demo_kettle_spike_is_a_signal_with_its_figures_and_opens_one_investigation() {
        JsonNode signals = api.get("regulator", "/api/v1/defect-signals").json();
        JsonNode s = kettle(signals).get("signal");
        assertThat(s.get("observed").asInt()).isEqualTo(6);
        assertThat(s.get("baselineMean").asDouble()).isEqualTo(1.0);
        assertThat(s.get("pValue").asDouble()).isLessThan(0.01);
        assertThat(s.get("flagged").asBoolean()).isTrue();
        // two stories (sparks and a melted plug; a leaking lid) in two languages: text grouping does not translate
        assertThat(s.get("groups").size()).isEqualTo(4);
        assertThat(s.get("groups").get(0).size()).isEqualTo(2);
        assertThat(s.get("groups").get(1).size()).isEqualTo(2);
        String id = s.get("id").asString();

        ComplaintApi.Answer first = api.post("regulator", "/api/v1/defect-signals/" + id + "/investigation", null);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("state").asString()).isEqualTo("INVESTIGATING");
        // the case is the recalls' own: an investigation of the kettle, found by its id
        JsonNode recall = api.get("regulator", "/api/v1/recalls/" + first.json().get("caseId").asString()).json();
        assertThat(recall.get("state").asString()).isEqualTo("INVESTIGATING");
        assertThat(recall.toString()).contains("04006381333931");
        ComplaintApi.Answer again = api.post("regulator", "/api/v1/defect-signals/" + id + "/investigation", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("caseId").asString()).isEqualTo(first.json().get("caseId").asString());
        assertThat(kettle(api.get("regulator", "/api/v1/defect-signals").json()).get("investigation")
                .get("caseId").asString()).isEqualTo(first.json().get("caseId").asString());
        assertThat(api.post("regulator", "/api/v1/defect-signals/2026-W01-000000000000/investigation", null).status())
                .isEqualTo(404);
    }

    /** The demo kettle's signal among the current ones (other tests' toasters may raise their own). */
    private static JsonNode kettle(JsonNode signals) {
        for (JsonNode v : signals) {
            if (v.get("signal").get("productKey").asString().equals("gtin:04006381333931")) {
                return v;
            }
        }
        throw new AssertionError("no kettle signal in " + signals);
    }

    private long photos() {
        return db.sql("select count(*) from complaint_photo").query(Long.class).single();
    }

    @Test
    void the_consumer_adds_a_jpeg_and_a_png_and_gets_the_same_bytes_back_with_the_sniffed_type() {
        String ref = file("consumer", "Cracked housing");
        byte[] jpeg = ComplaintApi.jpeg(20_000);
        // the declared type and name are wrong on purpose: the bytes decide
        ComplaintApi.Answer first = api.upload("consumer", "/api/v1/complaints/" + ref + "/photos", "IMG_1.png",
                "application/octet-stream", jpeg);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.location()).endsWith("/api/v1/complaints/" + ref + "/photos/1");
        assertThat(first.json().get("contentType").asString()).isEqualTo("image/jpeg");
        byte[] png = ComplaintApi.png(3_000);
        ComplaintApi.Answer second = api.uploadRaw("consumer", "/api/v1/complaints/" + ref + "/photos", "image/png",
                png);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.location()).endsWith("/photos/2");

        HttpResponse<byte[]> back = api.download("consumer", "/api/v1/complaints/" + ref + "/photos/1");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).isEqualTo(jpeg);
        assertThat(back.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(back.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        assertThat(back.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<byte[]> pngBack = api.download("regulator", "/api/v1/complaints/" + ref + "/photos/2");
        assertThat(pngBack.statusCode()).isEqualTo(200);
        assertThat(pngBack.body()).isEqualTo(png);
        assertThat(pngBack.headers().firstValue("Content-Type")).contains("image/png");

        JsonNode c = api.get("consumer", "/api/v1/complaints/" + ref).json();
        assertThat(c.get("photos").size()).isEqualTo(2);
        assertThat(c.get("photos").get(0).get("size").asLong()).isEqualTo(20_000);
        assertThat(c.get("photos").get(1).get("link").asString())
                .isEqualTo("/api/v1/complaints/" + ref + "/photos/2");
        assertThat(c.get("events").get(1).get("type").asString()).isEqualTo("PhotoAdded");
        assertThat(c.get("status").asString()).isEqualTo("FILED");
    }

    @Test
    void a_photo_taken_at_home_is_served_without_where_it_was_taken() throws Exception {
        String ref = file("consumer", "Scorched base");
        byte[] clean = ComplaintApi.realJpeg();
        byte[] fromThePhone = ComplaintApi.takenAtHome(clean);
        assertThat(contains(fromThePhone, ComplaintApi.GPS_LATITUDE)).isTrue();

        ComplaintApi.Answer added = api.uploadRaw("consumer", "/api/v1/complaints/" + ref + "/photos", "image/jpeg",
                fromThePhone);

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        for (String who : List.of("consumer", "regulator")) {
            byte[] served = api.download(who, "/api/v1/complaints/" + ref + "/photos/1").body();
            assertThat(contains(served, ComplaintApi.GPS_LATITUDE)).isFalse();
            assertThat(contains(served, "Exif".getBytes(StandardCharsets.US_ASCII))).isFalse();
            assertThat(contains(served, "Zhang".getBytes(StandardCharsets.US_ASCII))).isFalse();
            assertThat(served).isEqualTo(clean);
            assertThat(ImageIO.read(new ByteArrayInputStream(served))).isNotNull();
        }
        JsonNode photo = api.get("consumer", "/api/v1/complaints/" + ref).json().get("photos").get(0);
        assertThat(photo.get("size").asLong()).isEqualTo(clean.length);
        assertThat(photo.get("sha256").asString())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(clean)));
        assertThat(photo.get("metadataRemoved").get("parts").toString()).isEqualTo("[\"APP1 Exif\",\"COM\"]");
        assertThat(photo.get("metadataRemoved").get("bytes").asLong())
                .isEqualTo(fromThePhone.length - clean.length);
    }

    @Test
    void a_damaged_photo_is_refused_in_both_languages_and_nothing_is_stored() {
        String ref = file("consumer", "Bent hinge");
        long events = events();
        long photos = photos();
        byte[] jpeg = ComplaintApi.realJpeg();
        ComplaintApi.Answer cut = api.uploadRaw("consumer", "/api/v1/complaints/" + ref + "/photos", "image/jpeg",
                Arrays.copyOf(jpeg, jpeg.length - 20));
        assertThat(cut.status()).isEqualTo(400);
        assertThat(cut.body()).contains("CMP-024", "damaged or incomplete", "文件已损坏或不完整");
        ComplaintApi.Answer badCrc = api.uploadRaw("consumer", "/api/v1/complaints/" + ref + "/photos", "image/png",
                corrupt(ComplaintApi.png(200), 60));
        assertThat(badCrc.status()).isEqualTo(400);
        assertThat(badCrc.body()).contains("CMP-024", "CRC");
        assertThat(events()).isEqualTo(events);
        assertThat(photos()).isEqualTo(photos);
    }

    private static byte[] corrupt(byte[] bytes, int at) {
        byte[] b = bytes.clone();
        b[at] ^= 0x01;
        return b;
    }

    private static boolean contains(byte[] hay, byte[] needle) {
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

    @Test
    void a_gif_a_renamed_text_file_an_empty_upload_and_a_too_large_photo_are_refused_and_nothing_is_stored() {
        String ref = file("consumer", "Peeling paint");
        String path = "/api/v1/complaints/" + ref + "/photos";
        long events = events();
        long photos = photos();
        ComplaintApi.Answer gif = api.upload("consumer", path, "photo.jpg", "image/jpeg",
                "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(gif.status()).isEqualTo(400);
        assertThat(gif.contentType()).contains("application/problem+json");
        assertThat(gif.body()).contains("CMP-020");
        ComplaintApi.Answer text = api.uploadRaw("consumer", path, "image/jpeg",
                "this is not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).contains("CMP-020");
        assertThat(api.upload("consumer", path, "x.jpg", "image/jpeg", new byte[0]).body()).contains("CMP-023");
        // 5 MB is the default limit; one byte more is refused, over the form and as a raw body
        ComplaintApi.Answer large = api.upload("consumer", path, "big.jpg", "image/jpeg",
                ComplaintApi.jpeg(5 * 1024 * 1024 + 1));
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.body()).contains("CMP-021");
        ComplaintApi.Answer largeRaw = api.uploadRaw("consumer", path, "image/jpeg",
                ComplaintApi.jpeg(6 * 1024 * 1024));
        assertThat(largeRaw.status()).isEqualTo(400);
        assertThat(largeRaw.body()).contains("CMP-021");
        assertThat(events()).isEqualTo(events);
        assertThat(photos()).isEqualTo(photos);
        // exactly the limit is taken
        assertThat(api.upload("consumer", path, "ok.jpg", "image/jpeg", ComplaintApi.jpeg(5 * 1024 * 1024))
                .status()).isEqualTo(201);
    }

    @Test
    void the_sixth_photo_is_refused() {
        String ref = file("consumer", "Many scratches");
        String path = "/api/v1/complaints/" + ref + "/photos";
        for (int i = 1; i <= 5; i++) {
            assertThat(api.uploadRaw("consumer", path, "image/jpeg", ComplaintApi.jpeg(1000 + i)).status())
                    .isEqualTo(201);
        }
        long photos = photos();
        ComplaintApi.Answer sixth = api.uploadRaw("consumer", path, "image/jpeg", ComplaintApi.jpeg(999));
        assertThat(sixth.status()).isEqualTo(400);
        assertThat(sixth.body()).contains("CMP-022");
        assertThat(photos()).isEqualTo(photos);
        assertThat(api.get("consumer", "/api/v1/complaints/" + ref).json().get("photos").size()).isEqualTo(5);
    }

    @Test
    void only_the_owner_adds_photos_and_only_the_owner_and_the_regulator_see_them() {
        String ref = file("consumer", "Wobbly leg");
        String path = "/api/v1/complaints/" + ref + "/photos";
        assertThat(api.uploadRaw("consumer", path, "image/jpeg", ComplaintApi.jpeg(500)).status()).isEqualTo(201);
        long photos = photos();
        ComplaintApi.Answer other = api.uploadRaw("consumer-2", path, "image/jpeg", ComplaintApi.jpeg(500));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("CMP-404");
        assertThat(api.uploadRaw("regulator", path, "image/jpeg", ComplaintApi.jpeg(500)).status()).isEqualTo(403);
        assertThat(api.uploadRaw("admin", path, "image/jpeg", ComplaintApi.jpeg(500)).status()).isEqualTo(403);
        assertThat(api.uploadRaw(null, path, "image/jpeg", ComplaintApi.jpeg(500)).status()).isEqualTo(401);
        assertThat(api.uploadRaw("declarant-a", path, "image/jpeg", ComplaintApi.jpeg(500)).status()).isEqualTo(403);
        assertThat(photos()).isEqualTo(photos);

        assertThat(api.download("consumer-2", path + "/1").statusCode()).isEqualTo(404);
        assertThat(api.download("regulator", path + "/1").statusCode()).isEqualTo(200);
        assertThat(api.download("admin", path + "/1").statusCode()).isEqualTo(403);
        assertThat(api.download("declarant-a", path + "/1").statusCode()).isEqualTo(403);
        assertThat(api.download(null, path + "/1").statusCode()).isEqualTo(401);
        assertThat(api.download("consumer", path + "/2").statusCode()).isEqualTo(404);
    }

    @Test
    void a_closed_complaint_takes_no_more_photos() {
        String ref = file("consumer", "Leaks");
        api.post("regulator", "/api/v1/complaints/" + ref + "/decline", "{\"reason\":\"Not a product defect\"}");
        ComplaintApi.Answer late = api.uploadRaw("consumer", "/api/v1/complaints/" + ref + "/photos", "image/png",
                ComplaintApi.png(100));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("CMP-101");
    }

    @Test
    void an_administrator_reads_masked_and_takes_no_step() {
        String ref = file("consumer", "Lid snapped");
        ComplaintApi.Answer read = api.get("admin", "/api/v1/complaints/" + ref);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("138****5678").doesNotContain("13812345678");
        assertThat(api.post("admin", "/api/v1/complaints/" + ref + "/acceptance", null).status()).isEqualTo(403);
        assertThat(api.get("admin", "/api/v1/complaints/queue").status()).isEqualTo(403);
    }

    @Test
    void the_complaint_and_signal_endpoints_are_in_the_openapi_document() {
        JsonNode paths = api.get(null, "/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/complaints")).isTrue();
        assertThat(paths.has("/api/v1/complaints/{reference}/decline")).isTrue();
        assertThat(paths.has("/api/v1/defect-signals/{id}/investigation")).isTrue();
        assertThat(paths.has("/api/v1/complaints/{reference}/photos")).isTrue();
        assertThat(paths.has("/api/v1/complaints/{reference}/photos/{number}")).isTrue();
    }
}
