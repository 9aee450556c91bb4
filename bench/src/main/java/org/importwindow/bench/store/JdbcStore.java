package org.importwindow.bench.store;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * H2 or PostgreSQL through JDBC, one connection, auto-commit off: each batch is one {@code executeBatch} of a
 * prepared insert and one commit, as the server's writer does. The table is narrow (a key, three further keys, a
 * status, an amount and a time: about 100 bytes a row) and gets the case's secondary indexes before any row.
 */
final class JdbcStore implements FloorStore {
    /** The server's H2 URL (server/src/main/resources/application.yml) with the data folder left open. */
    static final String H2_URL = "jdbc:h2:file:%s/importwindow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
    private static final String[] INDEXED = {"k1", "k2", "k3"};

    private final Connection connection;
    private final PreparedStatement insert;
    private final boolean h2;
    private final Path h2Dir;
    private final PostgresCpu postgresCpu;
    private final Timestamp created = Timestamp.valueOf("2026-11-27 10:00:00");
    private final String settings;

    private JdbcStore(Connection connection, FloorCase floorCase, Path h2Dir) throws Exception {
        this.connection = connection;
        this.h2 = h2Dir != null;
        this.h2Dir = h2Dir;
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists store_floor");
            s.execute("create table store_floor (id varchar(24) not null primary key, k1 varchar(24) not null, "
                    + "k2 varchar(24) not null, k3 varchar(24) not null, status varchar(8) not null, "
                    + "amount numeric(12, 2) not null, created_at timestamp not null)");
            for (int i = 0; i < floorCase.indexes; i++) {
                s.execute("create index store_floor_" + INDEXED[i] + " on store_floor (" + INDEXED[i] + ")");
            }
        }
        connection.setAutoCommit(false);
        connection.commit();
        insert = connection.prepareStatement("insert into store_floor (id, k1, k2, k3, status, amount, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)");
        postgresCpu = h2 ? null : PostgresCpu.of(connection);
        settings = h2 ? "" : "synchronous_commit=" + show("synchronous_commit") + ", fsync=" + show("fsync")
                + ", wal_sync_method=" + show("wal_sync_method");
    }

    private String show(String setting) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("show " + setting)) {
            r.next();
            String v = r.getString(1);
            connection.commit();
            return v;
        }
    }

    /** A fresh H2 file database in {@code dir} (deleted on close), opened with the server's URL options. */
    static JdbcStore h2(Path dir, FloorCase floorCase) throws Exception {
        Files.createDirectories(dir);
        return new JdbcStore(DriverManager.getConnection(String.format(H2_URL, dir), "sa", ""), floorCase, dir);
    }

    /** A table {@code store_floor} in the PostgreSQL database at {@code url} (dropped on close). */
    static JdbcStore postgres(String url, String user, String password, FloorCase floorCase) throws Exception {
        return new JdbcStore(DriverManager.getConnection(url, user, password), floorCase, null);
    }

    @Override
    public void write(Batch b) throws Exception {
        for (int i = 0; i < b.size(); i++) {
            insert.setString(1, b.ids()[i]);
            insert.setString(2, b.k1()[i]);
            insert.setString(3, b.k2()[i]);
            insert.setString(4, b.k3()[i]);
            insert.setString(5, "800");
            insert.setBigDecimal(6, BigDecimal.valueOf(b.cents()[i], 2));
            insert.setTimestamp(7, created);
            insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
    }

    @Override
    public long count() throws Exception {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("select count(*) from store_floor")) {
            r.next();
            long n = r.getLong(1);
            connection.commit();
            return n;
        }
    }

    @Override
    public double processCpuSeconds() {
        return postgresCpu == null ? 0 : postgresCpu.seconds();
    }

    @Override
    public boolean owns(long pid) {
        return postgresCpu != null && postgresCpu.isPostmaster(pid);
    }

    @Override
    public String durability() {
        return h2 ? "commit per batch; H2 writes committed changes from a background thread and does not force "
                + "them to the disk at commit (the server's settings)"
                : "commit per batch (" + settings + "): the commit returns once its WAL is flushed when "
                + "synchronous_commit is on";
    }

    @Override
    public void close() throws Exception {
        try (connection) {
            insert.close();
            try (Statement s = connection.createStatement()) {
                if (h2) {
                    s.execute("shutdown");
                } else {
                    s.execute("drop table store_floor");
                    connection.commit();
                }
            }
        } finally {
            if (h2Dir != null) {
                try (Stream<Path> files = Files.walk(h2Dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
