package org.importwindow.recall;

/**
 * Units of one lot of a product that went from one party to another: the raw material of a recall's affected scope
 * (who must be told, how many units each level holds).
 *
 * @param gtin    the product's GTIN (as in the plan)
 * @param to      the receiving party (its name or identifier, e.g. a GLN or USCC)
 * @param toLevel the receiving party's level of the chain
 */
public record Consignment(String gtin, String lot, String from, String to, ChainLevel toLevel, long quantity) {
}
