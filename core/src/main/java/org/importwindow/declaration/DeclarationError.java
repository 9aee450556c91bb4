package org.importwindow.declaration;

import org.importwindow.assessment.Violation;

/**
 * One thing wrong with a declaration or a command: a stable rule code ({@code DEC-001}.. for the declaration,
 * {@code DEC-1xx} for the workflow, {@code ASM-xxx} passed on from the assessment), the field path (e.g.
 * {@code items[0].unit}) and the message in English and Chinese.
 */
public record DeclarationError(String code, String path, String messageEn, String messageZh) {

    /** As the assessment's violation (English message). */
    public Violation toViolation() {
        return new Violation(code, path, messageEn);
    }
}
