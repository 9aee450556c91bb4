package org.importwindow.recall;

/** One thing wrong with a recall step: a rule code (REC-xxx), the field path and the message in English and Chinese. */
public record RecallViolation(String code, String path, String message, String messageZh) {
}
