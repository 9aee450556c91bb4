package org.importwindow.server.ecommerce;

/** For tests outside this package: what a restart of the writer does to its RocksDB store and its memory. */
public final class WriterRestarts {
    private WriterRestarts() {
    }

    /** The RocksDB store closed and opened again, the writer's memory emptied: all is read back from the store. */
    public static void restart(CbecService service) {
        service.reopenRocks();
        service.forgetWorkingMemory();
    }
}
