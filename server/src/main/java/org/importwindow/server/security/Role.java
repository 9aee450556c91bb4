package org.importwindow.server.security;

/**
 * What a user may do. A declarant acts only for the enterprises they are authorised for; a customs officer works the
 * queue and decides; an administrator runs the system (users, audit) and, in the demo, stands in for the bank.
 */
public enum Role {
    DECLARANT,
    OFFICER,
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
