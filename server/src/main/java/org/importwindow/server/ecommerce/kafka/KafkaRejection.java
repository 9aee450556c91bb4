package org.importwindow.server.ecommerce.kafka;

import java.util.List;

/**
 * A message on the rejected topic: it could not be read (not well-formed, not valid against the schema, another
 * type than its topic admits), or processing it failed. {@code problems}: the reader's errors, each "code path:
 * English | 中文".
 */
public record KafkaRejection(String topic, String messageGuid, List<String> problems) {
}
