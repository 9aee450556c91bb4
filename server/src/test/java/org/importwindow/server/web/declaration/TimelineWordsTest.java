package org.importwindow.server.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.importwindow.declaration.DeclarationEvent;
import org.importwindow.declaration.DeclarationStatus;
import org.importwindow.server.audit.StoredEvent;
import org.importwindow.server.declaration.StoredDeclaration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every step the core's workflow can record and every status it can reach has words on the pages, in English and in
 * Chinese: the timeline otherwise shows the event's class name (as it did for HoldLifted, GoodsArrived and
 * FullDeclarationLodged) in either language.
 */
class TimelineWordsTest {

    static Properties messages(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TimelineWordsTest.class.getResourceAsStream("/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<String> eventTypes() {
        return Arrays.stream(DeclarationEvent.class.getPermittedSubclasses()).map(Class::getSimpleName).toList();
    }

    @Test
    void every_event_of_the_workflow_has_a_timeline_label_in_english_and_chinese() throws IOException {
        Properties en = messages("messages.properties");
        Properties zh = messages("messages_zh.properties");
        assertThat(eventTypes()).contains("DeclarationLodged", "HoldLifted", "GoodsReleased");
        for (String type : eventTypes()) {
            assertThat(en.getProperty("declaration.event." + type)).as(type + " in English").isNotBlank();
            assertThat(zh.getProperty("declaration.event." + type)).as(type + " in Chinese").isNotBlank()
                    .matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void every_status_a_declaration_reaches_has_a_label_in_english_and_chinese() throws IOException {
        Properties en = messages("messages.properties");
        Properties zh = messages("messages_zh.properties");
        for (DeclarationStatus status : DeclarationStatus.values()) {
            assertThat(en.getProperty("declaration.status." + status)).as(status + " in English").isNotBlank();
            assertThat(zh.getProperty("declaration.status." + status)).as(status + " in Chinese").isNotBlank();
        }
    }

    @Test
    void the_fields_an_event_recorded_are_named_in_the_page_language() {
        String channelAssigned = String.join("\n", "sequence=3", "declaration=d-1", "type=ChannelAssigned",
                "actor=system", "at=2026-03-16T02:00:00Z", "channel=GREEN", "totalWeight=20", "rules=RSK-002",
                "sampled=false");
        OffsetDateTime at = OffsetDateTime.parse("2026-03-16T02:00:00Z");
        StoredDeclaration d = new StoredDeclaration("d-1", "91310115MA1K4DEM05", "A-1", "h", "STANDARD", "SELECTED",
                "GREEN", LocalDate.of(2026, 3, 16), "{}", null, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO,
                "declarant-a", at, at, 0);
        StoredEvent e = new StoredEvent(1, "d-1", 3, "ChannelAssigned", "system", at, channelAssigned, "p", "h");
        JsonMapper json = JsonMapper.builder().build();
        assertThat(DeclarationView.of(d, null, List.of(e), json, ZoneId.of("Asia/Shanghai"), "zh")
                .timeline().get(0).details()).containsExactly("通道：绿色", "风险分值：20", "触发的风险规则：RSK-002",
                "随机抽中：否");
        assertThat(DeclarationView.of(d, null, List.of(e), json, ZoneId.of("Asia/Shanghai"), "en")
                .timeline().get(0).details()).containsExactly("Channel: green", "Risk score: 20",
                "Risk rules fired: RSK-002", "Randomly sampled: no");
    }
}
