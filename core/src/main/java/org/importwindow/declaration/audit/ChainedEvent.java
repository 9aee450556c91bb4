package org.importwindow.declaration.audit;

/**
 * An event as stored in the chain.
 *
 * @param sequence      position in the chain (1, 2, ...), unique
 * @param eventId       the store's id of the event (a row id or UUID), reported when it is found tampered
 * @param canonicalText {@link CanonicalText} of the event, as stored (or as recomputed from the stored columns)
 * @param previousHash  hash of the event before it, {@link EventChain#GENESIS} for the first
 * @param hash          SHA-256 hex of previousHash + canonicalText
 */
public record ChainedEvent(long sequence, String eventId, String canonicalText, String previousHash, String hash) {
}
