package org.importwindow.declaration.risk;

/**
 * A rule that fired on a declaration, with what made it fire.
 *
 * @param itemIndex the goods item it fired on, or null for a rule about the whole declaration
 * @param detail    plain English of the facts, e.g. "8.00 CNY/LTR against a reference of 20 CNY/LTR"
 */
public record FiredRule(String code, String descriptionEn, String descriptionZh, int weight, Integer itemIndex,
                        String detail) {
}
