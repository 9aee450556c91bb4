package org.importwindow.server.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with JDBC batches of a fixed size: seeding a quarter of a million measures one statement at a time
 * would take minutes, in batches it takes seconds.
 */
public final class BatchWriter {

    /** Sets the parameters of one row. */
    @FunctionalInterface
    public interface RowSetter<T> {
        void set(PreparedStatement ps, T row) throws SQLException;
    }

    private BatchWriter() {
    }

    /** Insert {@code rows} with {@code sql}, {@code batchSize} at a time; {@code progress} gets the rows done. */
    public static <T> int write(JdbcTemplate jdbc, String sql, List<T> rows, int batchSize, RowSetter<T> setter,
                                IntConsumer progress) {
        int done = 0;
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + batchSize));
            jdbc.batchUpdate(sql, chunk, chunk.size(), setter::set);
            done += chunk.size();
            progress.accept(done);
        }
        return done;
    }

    public static <T> int write(JdbcTemplate jdbc, String sql, List<T> rows, int batchSize, RowSetter<T> setter) {
        return write(jdbc, sql, rows, batchSize, setter, n -> { });
    }

    /** Null-safe {@link java.sql.Date} for a nullable {@link java.time.LocalDate}. */
    public static java.sql.Date date(java.time.LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }
}
