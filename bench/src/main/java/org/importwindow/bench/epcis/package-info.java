/**
 * Traceability (GS1 EPCIS 2.0) traffic for load tests: a deterministic generator of one imported lot's supply chain
 * as events ({@link org.importwindow.bench.epcis.LotSupplyChain}: the import, pallets packed and shipped to
 * distributors, cases repacked and shipped to retailers, retail sales), written as JSON-LD capture documents of 100
 * events, and a small HTTP client ({@link org.importwindow.bench.epcis.EpcisHttpLoad}) that measures events captured
 * per second and the latency of tracing one lot among many stored.
 */
package org.importwindow.bench.epcis;
