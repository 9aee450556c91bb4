/**
 * The EPCIS 2.0 REST binding (issue 5) on the core's {@code org.importwindow.traceability.epcis}: asynchronous capture
 * jobs, single events, the common query with paging, events of one identifier; the store (V7: event rows with the
 * query parameters as columns, one row per identifier, business transaction and source/destination); and the trace
 * of a product class, lot or serial back to its import declaration or e-commerce inventory list and forward to every
 * party it went to ({@link org.importwindow.server.traceability.TraceService}, API and page).
 */
package org.importwindow.server.traceability;
