package org.importwindow.bench.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * RocksDB in one directory, default options (plus two background threads): each row is a document
 * {@code 't' + key -> row bytes} and each secondary index an entry {@code '1'|'2'|'3' + value + key -> empty};
 * a batch is one {@link WriteBatch} written with {@code sync=true} (the WAL is fsynced before the write returns).
 */
final class RocksStore implements FloorStore {
    static {
        RocksDB.loadLibrary();
    }

    private final Path dir;
    private final int indexes;
    private final Options options;
    private final WriteOptions sync;
    private final RocksDB db;

    RocksStore(Path dir, FloorCase floorCase) throws Exception {
        Files.createDirectories(dir);
        this.dir = dir;
        this.indexes = floorCase.indexes;
        this.options = new Options().setCreateIfMissing(true).setIncreaseParallelism(2);
        this.sync = new WriteOptions().setSync(true);
        this.db = RocksDB.open(options, dir.toString());
    }

    @Override
    public void write(Batch b) throws Exception {
        try (WriteBatch batch = new WriteBatch()) {
            for (int i = 0; i < b.size(); i++) {
                byte[] id = b.ids()[i].getBytes(StandardCharsets.US_ASCII);
                batch.put(key((byte) 't', id, null), document(b, i, id));
                String[] values = {b.k1()[i], b.k2()[i], b.k3()[i]};
                for (int x = 0; x < indexes; x++) {
                    batch.put(key((byte) ('1' + x), values[x].getBytes(StandardCharsets.US_ASCII), id), new byte[0]);
                }
            }
            db.write(sync, batch);
        }
    }

    private static byte[] key(byte prefix, byte[] a, byte[] b) {
        ByteBuffer k = ByteBuffer.allocate(1 + a.length + (b == null ? 0 : b.length));
        k.put(prefix).put(a);
        if (b != null) {
            k.put(b);
        }
        return k.array();
    }

    /** The same fields as the SQL row: three keys, a status, the amount and a time, about 90 bytes. */
    private static byte[] document(Batch b, int i, byte[] id) {
        ByteBuffer d = ByteBuffer.allocate(20 + 3 * 21 + 4 + 8 + 8);
        d.put(id);
        for (String k : new String[]{b.k1()[i], b.k2()[i], b.k3()[i]}) {
            d.put((byte) k.length()).put(k.getBytes(StandardCharsets.US_ASCII));
        }
        d.put("800 ".getBytes(StandardCharsets.US_ASCII)).putLong(b.cents()[i]).putLong(1_795_000_000_000L);
        return d.array();
    }

    @Override
    public long count() {
        long n = 0;
        try (RocksIterator it = db.newIterator()) {
            for (it.seek(new byte[]{'t'}); it.isValid() && it.key()[0] == 't'; it.next()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public double processCpuSeconds() {
        return 0;
    }

    @Override
    public String durability() {
        return "one WriteBatch per batch, WAL fsynced before the write returns (sync=true); flushes and compaction in "
                + "background threads of this JVM";
    }

    @Override
    public void close() throws Exception {
        try {
            db.close();
            sync.close();
            options.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
