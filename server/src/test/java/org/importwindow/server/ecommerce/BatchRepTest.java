package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.UInt64AddOperator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/** The RocksDB store's batches, written out in RocksDB's own format, are the batches RocksJava would build. */
class BatchRepTest {
    static {
        RocksDB.loadLibrary();
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void puts_deletes_and_merges_are_the_bytes_rocksdb_builds_itself() throws Exception {
        byte[] large = new byte[70_000]; // a value whose length takes three bytes as a varint
        large[69_999] = 7;
        BatchRep rep = new BatchRep(16);
        try (WriteBatch expected = new WriteBatch()) {
            rep.put(b("m|guid"), large);
            expected.put(b("m|guid"), large);
            rep.put(b("Q|1105910159|7ffffffffffffffe"), b("收据 receipt"));
            expected.put(b("Q|1105910159|7ffffffffffffffe"), b("收据 receipt"));
            rep.put(b("b|person|x"), new byte[0]);
            expected.put(b("b|person|x"), new byte[0]);
            rep.delete(b("P|waiting"));
            expected.delete(b("P|waiting"));
            rep.merge(b("c|total"), new byte[] {1, 0, 0, 0, 0, 0, 0, 0});
            expected.merge(b("c|total"), new byte[] {1, 0, 0, 0, 0, 0, 0, 0});
            assertThat(rep.count()).isEqualTo(5);
            assertThat(rep.toByteArray()).isEqualTo(expected.data());
        }
    }

    @Test
    void a_batch_made_at_the_size_its_records_add_up_to_is_exactly_full() throws Exception {
        byte[][] keys = {b("m|guid"), b("P|waiting"), b("c|total")};
        byte[][] values = {new byte[70_000], null, new byte[] {1, 0, 0, 0, 0, 0, 0, 0}};
        int size = BatchRep.HEADER;
        for (int i = 0; i < keys.length; i++) {
            size += BatchRep.recordSize(keys[i], values[i]);
        }
        BatchRep rep = new BatchRep(size);
        try (WriteBatch expected = new WriteBatch()) {
            rep.put(keys[0], values[0]);
            expected.put(keys[0], values[0]);
            rep.delete(keys[1]);
            expected.delete(keys[1]);
            rep.merge(keys[2], values[2]);
            expected.merge(keys[2], values[2]);
            assertThat(expected.data()).hasSize(size);
            byte[] bytes = rep.toByteArray();
            assertThat(bytes).isEqualTo(expected.data());
            // the batch's own buffer, neither grown nor trimmed on the way
            assertThat(rep.toByteArray()).isSameAs(bytes);
        }
    }

    @Test
    void a_batch_from_its_bytes_is_written_as_any_other() throws Exception {
        Path dir = Files.createTempDirectory("iw-batch-rep");
        BatchRep rep = new BatchRep(16);
        rep.put(b("a"), b("1"));
        rep.put(b("b"), b("2"));
        rep.delete(b("a"));
        rep.merge(b("n"), new byte[] {2, 0, 0, 0, 0, 0, 0, 0});
        rep.merge(b("n"), new byte[] {3, 0, 0, 0, 0, 0, 0, 0});
        try (UInt64AddOperator add = new UInt64AddOperator();
             Options options = new Options().setCreateIfMissing(true).setMergeOperator(add);
             RocksDB db = RocksDB.open(options, dir.toString());
             WriteOptions sync = new WriteOptions().setSync(true);
             WriteBatch batch = new WriteBatch(rep.toByteArray())) {
            db.write(sync, batch);
            assertThat(db.get(b("a"))).isNull();
            assertThat(db.get(b("b"))).isEqualTo(b("2"));
            assertThat(db.get(b("n"))).containsExactly(5, 0, 0, 0, 0, 0, 0, 0);
        }
    }
}
