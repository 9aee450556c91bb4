package org.importwindow.server.security;

/**
 * What a user may do. A declarant acts only for the enterprises they are authorised for; a customs officer works the
 * queue and decides; an administrator runs the system (users, audit) and, in the demo, stands in for the bank.
 */
public enum Role {
    DECLARANT,
    OFFICER,
    ADMIN,
    /** An enterprise's system sending messages machine-to-machine with an API key (cross-border e-commerce). */
    ENTERPRISE_SYSTEM,
    /**
     * A person of an enterprise who follows its cross-border e-commerce lists and receipts on the pages (platform,
     * logistics company, declaring agent), for the enterprises they are authorised for only.
     */
    ENTERPRISE_USER,
    /** A consumer who files complaints about imported products and follows their own complaints only. */
    CONSUMER,
    /**
     * A market regulator: accepts and handles complaints, watches defect signals, opens investigations and supervises
     * recalls; the only role that sees consumers' personal data unmasked.
     */
    REGULATOR;

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
