package org.importwindow.complaint;

/** How the regulator reaches the consumer. Personal data: only the regulator sees it unmasked ({@link Masking}). */
public record Contact(String name, String phone, String email) {

    /** The same contact with every field masked, for anyone but the regulator. */
    public Contact masked() {
        return new Contact(Masking.name(name), Masking.phone(phone), Masking.email(email));
    }
}
