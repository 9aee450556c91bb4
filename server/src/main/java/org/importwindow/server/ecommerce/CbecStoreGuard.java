package org.importwindow.server.ecommerce;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the RocksDB store does at start over a database that holds cross-border e-commerce state written with the SQL
 * store (the default before 2026-11-27). Started empty, it would come up with every list, receipt and, worst, every
 * buyer's allowance usage seemingly gone, and let buyers spend their annual limit a second time. So an empty RocksDB
 * store is first filled from the SQL tables ({@link SqlToRocks}, logged as it goes), unless
 * {@code importwindow.cbec.copy-sql-into-rocksdb=false}, in which case it refuses to start and says to keep the SQL
 * store. A copy that was interrupted is refused too: the RocksDB directory is to be deleted and the copy started again.
 */
final class CbecStoreGuard {
    private static final Logger log = LoggerFactory.getLogger(CbecStoreGuard.class);

    private CbecStoreGuard() {
    }

    /**
     * The other way round: the SQL store chosen over a RocksDB store that holds state (a single window that ran on
     * RocksDB, the default, started with {@code importwindow.cbec.store=sql}) would miss every list, receipt and
     * allowance usage kept there since. Refused; nothing copies RocksDB back into SQL.
     */
    static void checkSql(String dir) {
        if (RocksWork.holdsState(java.nio.file.Path.of(dir))) {
            throw new IllegalStateException("The RocksDB store at " + dir + " holds cross-border e-commerce state "
                    + "(lists, receipts, allowance usage) that the SQL store does not have. Start with "
                    + "--importwindow.cbec.store=rocksdb (the default) to keep using it; to start over on the SQL "
                    + "store, move that directory away first. RocksDB 存储中有 SQL 存储所没有的跨境电商数据（清单、回执、"
                    + "个人额度）：请以 --importwindow.cbec.store=rocksdb（默认）启动；如确要改用 SQL 存储，请先移走该目录。");
        }
    }

    /**
     * The Kafka runtime keeps the buyers' ledger in its own state stores, which start empty: turned on for a single
     * window whose embedded runtime already cleared lists (state in the RocksDB store, or messages in the SQL store),
     * it would let every buyer spend the annual limit again. Refused: there is no move of the embedded state into the
     * topology's stores.
     */
    static void checkKafka(CbecStore store, String dir) {
        boolean inSql = store.holdsMessages();
        if (inSql || RocksWork.holdsState(java.nio.file.Path.of(dir))) {
            throw new IllegalStateException("This single window's embedded runtime already holds cross-border "
                    + "e-commerce state (" + (inSql ? "messages in the database" : "the RocksDB store at " + dir)
                    + "), and the Kafka runtime's allowance ledger would start empty, letting buyers spend their annual "
                    + "limit again. Keep the embedded runtime (without importwindow.cbec.runtime=kafka), or start the "
                    + "Kafka runtime on a database and data directory of its own (--importwindow.data-dir); moving the "
                    + "embedded state into the Kafka runtime is not available. 本单一窗口的嵌入式运行方式中已有跨境电商数据，"
                    + "而 Kafka 运行方式的个人额度账本将从零开始，购买人可再次使用年度限额：请继续使用嵌入式运行方式，或为 Kafka 运行方式另用数据库和数据目录。");
        }
    }

    static void check(JdbcClient db, CbecStore store, RocksWork rocks, String dir, boolean copy) {
        switch (SqlToRocks.decide(store, rocks)) {
            case NOTHING -> {
            }
            case REFUSE_INTERRUPTED -> throw new IllegalStateException("The copy of the SQL store's cross-border "
                    + "e-commerce state into the RocksDB store at " + dir + " was interrupted. Delete that directory "
                    + "and start again to copy it anew (the SQL tables were not changed). 从 SQL 存储复制跨境电商数据到 "
                    + dir + " 的过程曾中断：请删除该目录后重新启动以重新复制（SQL 中的数据未被改动）。");
            case COPY -> {
                if (!copy) {
                    throw new IllegalStateException("The database holds cross-border e-commerce messages, lists and "
                            + "allowance usage written with the SQL store, and the RocksDB store at " + dir + " is "
                            + "empty. Start with --importwindow.cbec.store=sql to keep using them, or without "
                            + "importwindow.cbec.copy-sql-into-rocksdb=false to copy them into RocksDB. "
                            + "数据库中已有以 SQL 存储方式保存的跨境电商报文、清单和个人额度，而 RocksDB 存储为空：请以 "
                            + "--importwindow.cbec.store=sql 启动继续使用，或允许复制到 RocksDB。");
                }
                log.info("Copying the cross-border e-commerce state of the SQL store into the RocksDB store at {} "
                        + "(the SQL tables are read, not changed)", dir);
                long start = System.nanoTime();
                SqlToRocks.Copied c = new SqlToRocks(db, store, rocks, p -> log.info("copying into RocksDB: {}", p))
                        .copy();
                log.info("Copied into RocksDB in {} s: {}", (System.nanoTime() - start) / 1_000_000_000, c);
            }
        }
    }
}
