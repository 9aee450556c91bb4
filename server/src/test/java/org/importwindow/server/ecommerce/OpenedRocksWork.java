package org.importwindow.server.ecommerce;

import java.nio.file.Path;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A RocksDB store that a test opens itself on a directory of its own, to drive the writer's side directly, with the
 * application's JSON mapper, legal parameters and person keys, and the suite's small memory table
 * ({@link RocksdbPerContext}).
 */
final class OpenedRocksWork {
    private OpenedRocksWork() {
    }

    static RocksWork on(ApplicationContext context, Path dir) {
        return on(context, dir, RocksWork.RECEIPTS_PER_BLOCK);
    }

    /** With blocks of at most {@code receiptsPerBlock} receipts. */
    static RocksWork on(ApplicationContext context, Path dir, int receiptsPerBlock) {
        return new RocksWork(dir, context.getBean(JsonMapper.class),
                context.getBean(CbecEngine.class).catalogue().parameters(), context.getBean(PersonKeys.class),
                new CbecMeter(), receiptsPerBlock, 16L << 20);
    }
}
