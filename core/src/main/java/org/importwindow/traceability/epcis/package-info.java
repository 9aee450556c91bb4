/**
 * GS1 EPCIS 2.0 events for the traceability of imported consumer goods (issue 5): the five event types read from
 * JSON-LD trees (parsed by the server into {@code Map}/{@code List}) or from XML (read here with StAX, no DTD, no
 * external entities, bounded), validated against EPCIS 2.0 and CBV 2.0 with stable rule codes ({@code EPCIS-xxx}),
 * identifiers kept in one canonical form (GS1 Digital Link) so that an EPC URN and a Digital Link of the same object
 * match, the CBV 2.0 event hash, and the standard's common query parameters as a predicate the server's SQL mirrors.
 */
package org.importwindow.traceability.epcis;
