package org.importwindow.assessment;

/**
 * One thing wrong with a request: a stable rule code (e.g. {@code ASM-001}), the path of the field
 * (e.g. {@code items[0].commodityCode}) and a readable message.
 */
public record Violation(String code, String path, String message) {
}
