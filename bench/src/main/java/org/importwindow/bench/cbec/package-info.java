/**
 * Cross-border e-commerce (CBEC) traffic for load tests: a deterministic generator of purchases on the positive list
 * ({@link org.importwindow.bench.cbec.CbecTraffic}), their four CEB messages batched as the specification allows
 * ({@link org.importwindow.bench.cbec.CebBatches}), the in-process measurement of clearance
 * ({@link org.importwindow.bench.cbec.ClearanceLoop}) and a small HTTP client that sends the messages to a running
 * server ({@link org.importwindow.bench.cbec.CbecHttpLoad}). Other runtimes plug in through
 * {@link org.importwindow.bench.cbec.MessageSink}.
 */
package org.importwindow.bench.cbec;
