package org.importwindow.reference;

/** An ISO 4217 currency in circulation. */
public record Currency(String code, String name, int minorUnit) {
}
