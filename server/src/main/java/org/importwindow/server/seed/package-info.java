/**
 * First-start seeding: the bundled reference data, measures and exchange rates read by the core loaders
 * ({@link org.importwindow.server.seed.BundledDataSource}) are written into empty tables in one transaction.
 */
package org.importwindow.server.seed;
