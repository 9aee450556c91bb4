/**
 * The EPCIS 2.0 REST binding (issue 5) on the core's {@code org.importwindow.traceability.epcis}: asynchronous capture
 * jobs (in the database), single events, the common query with paging, events of one identifier; the event store
 * ({@link org.importwindow.server.traceability.EpcisStore}: RocksDB by default, or the database's V7 tables) and its
 * backup; and the trace
 * of a product class, lot or serial back to its import declaration or e-commerce inventory list and forward to every
 * party it went to ({@link org.importwindow.server.traceability.TraceService}, API and page).
 */
package org.importwindow.server.traceability;
