package org.importwindow.bench.store;

/** A store under measurement, opened empty for one case; {@link #close()} removes what it wrote. */
interface FloorStore extends AutoCloseable {
    /** Writes the batch and returns once it is durable as far as this store makes it (committed, synced). */
    void write(Batch batch) throws Exception;

    /** Rows (documents) in the store: checks that every write landed. */
    long count() throws Exception;

    /** CPU seconds of the database's own processes (PostgreSQL), 0 for a store inside this JVM; NaN if unknown. */
    double processCpuSeconds();

    /** Whether a process is the database's own (PostgreSQL's postmaster), so as not to count it among the others. */
    default boolean owns(long pid) {
        return false;
    }

    /** What "durable" means for this store, printed beside its figures. */
    String durability();

    @Override
    void close() throws Exception;
}
