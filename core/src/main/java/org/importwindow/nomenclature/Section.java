package org.importwindow.nomenclature;

/** One of the 21 sections of the Harmonized System, numbered in Roman numerals. */
public record Section(String numeral, int number, String nameEn, String nameZh) {
}
