package org.importwindow.server.ecommerce.kafka;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.importwindow.ecommerce.CbecLineTax;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the runtime writes its values: JSON of the core's own records (the CEB documents, tax bills, ledger entries),
 * nulls left out, amounts as plain decimals that keep their scale (a replayed debit must equal the first one). A tax
 * bill is kept with the figures of each line but without the engine's working of each item, as the embedded runtime
 * keeps it.
 */
final class KafkaJson {
    @JsonIgnoreProperties(value = "assessment", allowGetters = false)
    private abstract static class LineWithoutWorking {
    }

    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addMixIn(CbecLineTax.class, LineWithoutWorking.class)
            .build();

    private KafkaJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String text, Class<T> type) {
        return text == null ? null : MAPPER.readValue(text, type);
    }

    /** A serde of {@code type} as UTF-8 JSON. */
    static <T> Serde<T> serde(Class<T> type) {
        Serializer<T> ser = (topic, value) -> value == null ? null : MAPPER.writeValueAsBytes(value);
        Deserializer<T> de = (topic, bytes) -> bytes == null ? null : MAPPER.readValue(bytes, type);
        return Serdes.serdeFrom(ser, de);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
