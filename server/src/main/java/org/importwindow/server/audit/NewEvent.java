package org.importwindow.server.audit;

/**
 * An event to append to a declaration's chain: its type (e.g. {@code DeclarationLodged}) and the core's canonical
 * text of its content. The trail adds the declaration id, sequence, actor and time to the text it hashes.
 */
public record NewEvent(String type, String content) {
}
