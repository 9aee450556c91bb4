package org.importwindow.traceability.epcis;

/** A source or destination of a transfer: {@code type} is the canonical CBV word (owning_party, possessing_party,
 * location) or an extension URI, {@code id} the party or location identifier as sent. */
public record SourceDestination(String type, String id) {
}
