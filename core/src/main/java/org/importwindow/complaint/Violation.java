package org.importwindow.complaint;

/** One thing wrong with a complaint: rule code (CMP-xxx), field path and a readable English message. */
public record Violation(String code, String path, String message) {
}
