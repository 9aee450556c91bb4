package org.importwindow.bench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The CPU of a local PostgreSQL: its postmaster (the parent of this connection's backend) and every process it
 * started (backends, WAL writer, checkpointer, background writer, autovacuum workers). NaN for a server on another
 * machine or whose processes this user cannot read.
 */
final class PostgresCpu {
    private final long postmaster;

    private PostgresCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    static PostgresCpu of(Connection connection) throws Exception {
        long backend;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            backend = r.getLong(1);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        // a backend of a server elsewhere has a pid that means nothing here: only trust a local postgres process
        long parent = ProcCpu.parent(backend);
        return new PostgresCpu(isPostgres(backend) && isPostgres(parent) ? parent : -1);
    }

    private static boolean isPostgres(long pid) {
        try {
            return pid > 0 && java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "comm"))
                    .strip().startsWith("postgres");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    boolean isPostmaster(long pid) {
        return postmaster > 0 && pid == postmaster;
    }

    double seconds() {
        return postmaster <= 0 ? Double.NaN : ProcCpu.treeSeconds(postmaster);
    }
}
