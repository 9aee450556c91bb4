package org.importwindow.server.web.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.importwindow.server.complaint.ComplaintService;
import org.importwindow.server.complaint.ComplaintView;
import org.importwindow.server.security.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The complaint pages without a browser: the regulator's steps as plain form posts (a decline without reason
 * answered by the error summary), the signals page with its figures and the one-click investigation, the Chinese
 * pages, and who may open what.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:complaint-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
class ComplaintPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    @Autowired
    ComplaintService service;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username).withoutPassword());
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String fileOne() {
        ComplaintForm f = new ComplaintForm();
        f.setProductName("Desk lamp DL-3");
        f.setModel("DL-3");
        f.setShop("Lamp shop");
        f.setWhatHappened("Flickers and buzzes");
        f.setInjury("no");
        f.setContactName("韩梅梅");
        f.setContactPhone("13600001111");
        ComplaintView v = service.file((org.importwindow.server.security.AppUser) users.loadUserByUsername("consumer"),
                f.draft());
        return v.reference();
    }

    @Test
    void the_regulator_accepts_mediates_and_closes_with_plain_forms_and_a_reasonless_decline_is_explained() throws Exception {
        String ref = fileOne();
        String queue = page("/regulator/complaints?lang=en", as("regulator"));
        assertThat(queue).contains("row-" + ref, "Desk lamp DL-3", "Overdue");

        String refused = mvc.perform(post("/regulator/complaints/" + ref + "/decline").param("reason", " ")
                        .param("lang", "en").with(as("regulator")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("error-summary", "CMP-102");

        for (String step : new String[] {"accept", "mediate"}) {
            mvc.perform(post("/regulator/complaints/" + ref + "/" + step).with(as("regulator")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/regulator/complaints/" + ref + "/close").param("outcome", "MEDIATION_AGREEMENT")
                        .param("note", "Replaced").with(as("regulator")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String detail = page("/complaints/" + ref + "?lang=en", as("consumer"));
        assertThat(detail).contains("Closed", "Mediation agreement reached: Replaced", "Mediation started",
                "136****1111", "韩*").doesNotContain("13600001111", "韩梅梅");
        assertThat(page("/complaints/" + ref + "?lang=en", as("regulator"))).contains("13600001111", "韩梅梅");
    }

    @Test
    void the_signals_page_shows_the_kettle_figures_and_opens_an_investigation_in_one_click() throws Exception {
        String signals = page("/regulator/signals?lang=en", as("regulator"));
        assertThat(signals).contains("gtin:04006381333931", "Flagged", "Open an investigation", "1 · 1 · 1");
        String id = signals.replaceAll("(?s).*id=\"investigate-([^\"]+)\".*", "$1");
        mvc.perform(post("/regulator/signals/" + id + "/investigation").with(as("regulator")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("opened=")));
        assertThat(page("/regulator/signals?lang=en", as("regulator"))).contains("INVESTIGATING", "/recall-cases/")
                .doesNotContain("id=\"investigate-" + id + "\"");
    }

    @Test
    void the_consumer_uploads_a_photo_with_the_plain_form_a_gif_is_explained_and_the_regulator_sees_the_thumbnail()
            throws Exception {
        String ref = fileOne();
        String detail = page("/complaints/" + ref + "?lang=en", as("consumer"));
        assertThat(detail).contains("id=\"photo-form\"", "enctype=\"multipart/form-data\"", "name=\"_csrf\"",
                "type=\"file\"", "No photos have been added.");

        byte[] gif = "GIF89a-not-a-jpeg".getBytes(StandardCharsets.US_ASCII);
        String refused = mvc.perform(multipart("/complaints/" + ref + "/photos")
                        .file(new MockMultipartFile("photo", "lamp.jpg", "image/jpeg", gif))
                        .param("lang", "en").with(as("consumer")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("error-summary", "href=\"#photo\"", "JPEG or PNG", "(CMP-020)", "photo-error",
                "aria-invalid=\"true\"");
        String refusedZh = mvc.perform(multipart("/complaints/" + ref + "/photos")
                        .file(new MockMultipartFile("photo", "lamp.jpg", "image/jpeg", gif))
                        .param("lang", "zh").with(as("consumer")).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refusedZh).contains("出现了问题", "照片须为JPEG或PNG图片", "添加照片");
        mvc.perform(multipart("/complaints/" + ref + "/photos")
                        .file(new MockMultipartFile("photo", "lamp.jpg", "image/jpeg", jpeg()))
                        .with(as("consumer")))
                .andExpect(status().isForbidden()); // no CSRF token

        mvc.perform(multipart("/complaints/" + ref + "/photos")
                        .file(new MockMultipartFile("photo", "lamp.bin", "application/octet-stream",
                                withComment(jpeg(), "Zhang Sanfeng's kitchen")))
                        .with(as("consumer")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/complaints/" + ref + "?photo=1")));
        String after = page("/complaints/" + ref + "?photo=1&lang=en", as("consumer"));
        assertThat(after).contains("Photo 1 has been added", "src=\"/complaints/" + ref + "/photos/1\"",
                "Photo added", "File details removed: COM", "the camera and its owner are removed");
        assertThat(page("/complaints/" + ref + "?lang=zh", as("consumer"))).contains("已删除的文件信息：COM");
        assertThat(page("/regulator/complaints?lang=en", as("regulator")))
                .contains("id=\"photos-" + ref + "\"", "src=\"/complaints/" + ref + "/photos/1\"");
        String regulatorDetail = page("/complaints/" + ref + "?lang=en", as("regulator"));
        assertThat(regulatorDetail).contains("/complaints/" + ref + "/photos/1").doesNotContain("id=\"photo-form\"");

        byte[] back = mvc.perform(get("/complaints/" + ref + "/photos/1").with(as("regulator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(jpeg()); // without the comment
        assertThat(new String(back, StandardCharsets.ISO_8859_1)).doesNotContain("Zhang");
        users.insert("consumer-4", "x", "Fourth", java.util.List.of(org.importwindow.server.security.Role.CONSUMER),
                java.util.List.of());
        mvc.perform(get("/complaints/" + ref + "/photos/1").with(as("consumer-4"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/complaints/" + ref + "/photos")
                        .file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", jpeg()))
                        .with(as("consumer-4")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** {@code jpeg} with a COM segment after its APP0 JFIF header, as some editors leave a note in it. */
    private static byte[] withComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (text.length + 2)});
        out.writeBytes(text);
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    /** A small real JPEG (javax.imageio, no metadata, so stored and served as sent). */
    private static byte[] jpeg() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0xC0FFEE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void the_pages_speak_chinese() throws Exception {
        assertThat(page("/complaints/new?lang=zh", as("consumer"))).contains("投诉进口商品", "商品条码（GTIN）");
        assertThat(page("/regulator/complaints?lang=zh", as("regulator"))).contains("投诉受理队列", "已超期");
        assertThat(page("/regulator/signals?lang=zh", as("regulator"))).contains("缺陷信号", "立案调查");
        String errors = mvc.perform(post("/complaints/new").param("lang", "zh").with(as("consumer")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors).contains("出现了问题", "请填写商品名称。 (CMP-001)", "href=\"#productName\"");
    }

    @Test
    void only_consumers_and_the_regulator_open_complaint_pages_and_only_the_regulator_the_desk() throws Exception {
        mvc.perform(get("/complaints")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/complaints").with(as("declarant-a"))).andExpect(status().isForbidden());
        mvc.perform(get("/regulator/complaints").with(as("consumer"))).andExpect(status().isForbidden());
        mvc.perform(get("/regulator/signals").with(as("consumer"))).andExpect(status().isForbidden());
        String ref = fileOne();
        users.insert("consumer-3", "x", "Third", java.util.List.of(org.importwindow.server.security.Role.CONSUMER),
                java.util.List.of());
        mvc.perform(get("/complaints/" + ref).with(as("consumer-3"))).andExpect(status().isNotFound());
        assertThat(page("/complaints", as("consumer-3"))).doesNotContain(ref);
    }
}
