package org.importwindow.bench.store;

/**
 * Rows written in one transaction (one synced write batch): the key, three further keys (a payment transaction, a
 * waybill and a person, random; indexed or not depending on the case) and an amount in cents.
 */
record Batch(String[] ids, String[] k1, String[] k2, String[] k3, long[] cents) {
    int size() {
        return ids.length;
    }
}
