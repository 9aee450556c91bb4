package org.importwindow.bench.store;

/**
 * What a store's floor allows for a purchase that writes {@code rows} rows and {@code entries} index entries in all
 * (each row's primary key is one of them, so {@code entries - rows} are secondary). The cost of a row is taken from
 * the random-key case (b), the cost of one secondary entry from the three-index case (d): (d - b) / 3, in wall time
 * of the one writer and in CPU. Linear and additive: a model to read the measurements by, not a measurement.
 *
 * @param rowMicros        wall time per row of case b, µs (1e6 / rows per second)
 * @param entryMicros      extra wall time per secondary entry, µs
 * @param rowCpuMicros     CPU per row of case b, µs
 * @param entryCpuMicros   extra CPU per secondary entry, µs
 */
record PurchaseFloor(double rowMicros, double entryMicros, double rowCpuMicros, double entryCpuMicros) {

    static PurchaseFloor of(Segment b, Segment withIndexes, int indexes) {
        double row = 1e6 / b.rowsPerSecond();
        double entry = Math.max(0, (1e6 / withIndexes.rowsPerSecond() - row) / indexes);
        double cpu = b.cpuMicrosPerRow();
        double entryCpu = Math.max(0, (withIndexes.cpuMicrosPerRow() - cpu) / indexes);
        return new PurchaseFloor(row, entry, cpu, entryCpu);
    }

    private static int secondary(int rows, int entries) {
        return Math.max(0, entries - rows);
    }

    /** Purchases per second one writer stores, as measured (one connection, one batch after another). */
    double purchasesPerSecond(int rows, int entries) {
        return 1e6 / (rows * rowMicros + secondary(rows, entries) * entryMicros);
    }

    double cpuMicrosPerPurchase(int rows, int entries) {
        return rows * rowCpuMicros + secondary(rows, entries) * entryCpuMicros;
    }

    /** Purchases per second if {@code cores} cores did nothing but this store's work for them. */
    double purchasesPerSecondOnCores(int rows, int entries, int cores) {
        return cores * 1e6 / cpuMicrosPerPurchase(rows, entries);
    }
}
