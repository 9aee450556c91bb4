package org.importwindow.server.ecommerce;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to start the RocksDB store empty over a database that holds cross-border e-commerce state: a single window
 * that ran with the SQL store (the default before 2026-11-27) would otherwise come up with every list, receipt and,
 * worst, every buyer's allowance usage seemingly gone, and let buyers spend their annual limit a second time. The
 * operator keeps the SQL store ({@code importwindow.cbec.store=sql}); moving the state into RocksDB is not built.
 */
final class CbecStoreGuard {
    private CbecStoreGuard() {
    }

    static void check(JdbcClient db, RocksWork rocks, String dir) {
        if (!rocks.isEmpty()) {
            return;
        }
        boolean inSql = Boolean.TRUE.equals(db.sql("select exists (select 1 from cbec_message)").query(Boolean.class)
                .single());
        if (inSql) {
            throw new IllegalStateException("The database holds cross-border e-commerce messages, lists and allowance "
                    + "usage written with the SQL store, and the RocksDB store at " + dir + " is empty. Start with "
                    + "--importwindow.cbec.store=sql to keep using them (moving them into RocksDB is not available). "
                    + "数据库中已有以 SQL 存储方式保存的跨境电商报文、清单和个人额度，而 RocksDB 存储为空：请以 "
                    + "--importwindow.cbec.store=sql 启动继续使用。");
        }
    }
}
