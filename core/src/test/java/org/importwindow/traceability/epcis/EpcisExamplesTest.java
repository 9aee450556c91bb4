package org.importwindow.traceability.epcis;

import org.importwindow.testing.JsonTrees;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GS1 EPCIS 2.0 examples (OpenEPCIS test resources, see src/test/resources/epcis/SOURCE.md): every valid one is
 * accepted with all its events, every invalid one refused with the rule it breaks.
 */
class EpcisExamplesTest {
    static final Path DIR = Path.of("src/test/resources/epcis");

    static Capture read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".xml")) {
            try (InputStream in = Files.newInputStream(file)) {
                return EpcisXmlReader.read(in);
            }
        }
        Object tree = JsonTrees.parse(Files.readString(file, StandardCharsets.UTF_8));
        return name.contains("_Events_") ? EpcisReader.readSingleEvent(tree) : EpcisReader.readDocument(tree);
    }

    static Stream<Path> valid() throws IOException {
        return Files.list(DIR.resolve("valid")).sorted();
    }

    @ParameterizedTest
    @MethodSource("valid")
    void every_valid_example_of_the_standard_is_accepted(Path file) throws IOException {
        Capture c = read(file);
        assertThat(c.errors()).as(file.toString()).isEmpty();
        assertThat(c.events()).isNotEmpty();
        for (EpcisEvent e : c.events()) {
            assertThat(e.eventTime()).isNotNull();
            assertThat(EventHash.of(e)).startsWith("ni:///sha-256;").endsWith("?ver=CBV2.0");
        }
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("JSON_Capture_Invalid_EPCISDocument_without_context.json", EpcisRules.NO_CONTEXT, -1),
                Arguments.of("JSON_Capture_Invalid_ObjectEvent_with_invalid_action.json", EpcisRules.ACTION, 0),
                Arguments.of("XML_Capture_Invalid_ObjectEvent_without_eventTime.xml", EpcisRules.EVENT_TIME, 0));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void every_invalid_example_is_refused_with_the_rule_it_breaks(String name, String code, int index)
            throws IOException {
        Capture c = read(DIR.resolve("invalid").resolve(name));
        assertThat(c.ok()).isFalse();
        assertThat(c.events()).isEmpty();
        assertThat(c.errors()).extracting(EpcisError::code).containsExactly(code);
        assertThat(c.errors().get(0).eventIndex()).isEqualTo(index);
    }

    @org.junit.jupiter.api.Test
    void an_xml_document_reads_into_the_same_events_as_its_json_ld_twin() throws IOException {
        Capture xml = read(DIR.resolve("valid/XML_Capture_Documents_ObjectEvent.xml"));
        Capture json = read(DIR.resolve("valid/JSON_Capture_Documents_ObjectEvent.json"));
        assertThat(xml.events()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            EpcisEvent x = xml.events().get(i);
            EpcisEvent j = json.events().get(i);
            assertThat(x.bizStep()).isEqualTo(j.bizStep());
            assertThat(x.disposition()).isEqualTo(j.disposition());
            assertThat(x.bizTransactionList()).isEqualTo(j.bizTransactionList());
            assertThat(EventHash.preHash(x)).isEqualTo(EventHash.preHash(j));
        }
        assertThat(xml.events().get(1).extensions()).containsEntry("example:myField",
                "Example of a vendor/user extension");
        assertThat(xml.events().get(1).json().get("@context")).isEqualTo(
                List.of(Map.of("example", "http://ns.example.com/epcis/")));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void every_valid_example_written_as_an_xml_query_document_reads_back_as_the_same_events(Path file)
            throws IOException {
        Capture c = read(file);
        String xml = EpcisXmlWriter.queryDocument(c.events().stream().map(EpcisEvent::json).toList(),
                java.time.OffsetDateTime.parse("2026-07-22T00:00:00Z"));
        Capture back = EpcisXmlReader.readQueryDocument(new java.io.ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(back.errors()).as(xml).isEmpty();
        assertThat(back.events().stream().map(EventHash::of).toList()).as(xml)
                .isEqualTo(c.events().stream().map(EventHash::of).toList());
    }
}
