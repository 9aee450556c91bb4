package org.importwindow.tariff;

/** A note attached to measures, e.g. the tariff book's ex-item text. */
public record Footnote(String id, String textZh, String textEn) {
}
