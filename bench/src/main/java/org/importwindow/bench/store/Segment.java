package org.importwindow.bench.store;

/**
 * One measured stretch of inserts: wall time and the CPU of this JVM, of the database's processes (PostgreSQL) and
 * of everything else on the machine during it.
 */
record Segment(long rows, double seconds, double jvmCpu, double dbCpu, double machineBusy, double ioWait,
               String busiestOthers) {
    Segment(long rows, double seconds, double jvmCpu, double dbCpu, double machineBusy, double ioWait) {
        this(rows, seconds, jvmCpu, dbCpu, machineBusy, ioWait, "");
    }

    double rowsPerSecond() {
        return rows / seconds;
    }

    /** CPU of the store's work (this JVM + the database's processes), NaN where the database's is unknown. */
    double storeCpu() {
        return jvmCpu + dbCpu;
    }

    double cpuMicrosPerRow() {
        return 1e6 * storeCpu() / rows;
    }

    double cores() {
        return storeCpu() / seconds;
    }

    /** Cores other processes took meanwhile: the machine's busy time less this JVM's and the database's. */
    double othersCores() {
        double db = Double.isNaN(dbCpu) ? 0 : dbCpu;
        return Math.max(0, machineBusy - jvmCpu - db) / seconds;
    }

    double ioWaitCores() {
        return ioWait / seconds;
    }

    /** Measures {@code work} writing {@code rows} rows. */
    static Segment measure(long rows, FloorStore store, Work work) throws Exception {
        double jvm0 = ProcCpu.jvmSeconds();
        double db0 = store.processCpuSeconds();
        double busy0 = ProcCpu.machineBusySeconds();
        double io0 = ProcCpu.machineIoWaitSeconds();
        var procs0 = ProcCpu.processes();
        long t0 = System.nanoTime();
        work.run();
        long t1 = System.nanoTime();
        double jvm = ProcCpu.jvmSeconds() - jvm0;
        double db = store.processCpuSeconds() - db0;
        double busy = ProcCpu.machineBusySeconds() - busy0;
        double io = ProcCpu.machineIoWaitSeconds() - io0;
        long self = ProcessHandle.current().pid();
        String busiest = ProcCpu.busiest(procs0, ProcCpu.processes(), (t1 - t0) / 1e9,
                pid -> pid == self || store.owns(pid), 3);
        return new Segment(rows, (t1 - t0) / 1e9, jvm, db, busy, io, busiest);
    }

    interface Work {
        void run() throws Exception;
    }
}
