/**
 * The storage floor: how many narrow rows (documents) per second H2, PostgreSQL and RocksDB store durably on this
 * machine, with a sequential or a random key and zero to three secondary indexes, and the CPU each row costs
 * ({@link org.importwindow.bench.store.StoreFloor}). It bounds what any runtime of the single window can clear when
 * a purchase writes a given number of rows and index entries.
 */
package org.importwindow.bench.store;
