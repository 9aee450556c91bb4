package org.importwindow.server.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.importwindow.declaration.DeclarationEvent;
import org.importwindow.declaration.DeclarationStatus;
import org.junit.jupiter.api.Test;

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
}
