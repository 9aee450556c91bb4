package org.importwindow.bench.cbec;

/**
 * A consumer: an 18-character resident ID number valid under GB 11643 (real county code, birth date, sequence, check
 * character), a name, a mobile number and the address goods are sent to; {@code relative} is the family member who
 * sometimes receives the parcel instead.
 */
public record Buyer(String idNumber, String name, String phone, String address, String relative) {
}
