package org.importwindow.declaration;

import java.util.Optional;

/** The kinds of import declaration. */
public enum DeclarationKind {
    /** Lodged for goods that have arrived. */
    STANDARD,
    /** Advance declaration (提前申报): lodged before the goods arrive; released on their arrival. */
    ADVANCE,
    /** Two-step declaration, first step (概要申报): releases the goods; the full declaration follows. */
    TWO_STEP_SUMMARY,
    /** Two-step declaration, second step (完整申报): the full declaration of a released summary. */
    TWO_STEP_FULL;

    /** The kind named by {@code text}; STANDARD when blank, empty when unknown. */
    public static Optional<DeclarationKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(STANDARD);
        }
        for (DeclarationKind k : values()) {
            if (k.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
