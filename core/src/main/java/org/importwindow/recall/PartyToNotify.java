package org.importwindow.recall;

/**
 * A party a recall must tell (Order No. 19: the importer informs the sellers and other parties it supplied), with its
 * level of the chain and the units of the recalled lots it received, so a case shows whom to reach for how much.
 */
public record PartyToNotify(String party, ChainLevel level, long units) {
}
