package org.importwindow.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFloorTest {
    @TempDir
    Path dir;

    @Test
    void keys_look_like_order_numbers_sequential_ones_count_up_and_random_ones_repeat_only_for_the_same_seed() {
        Batch seq = new RowSource(true, 1).next(3);
        assertThat(seq.ids()).containsExactly("CB000000000000000000", "CB000000000000000001", "CB000000000000000002");
        Batch r1 = new RowSource(false, 7).next(1000);
        assertThat(r1.ids()).allMatch(k -> k.length() == 20 && k.startsWith("CB") && k.substring(2).chars()
                .allMatch(Character::isDigit));
        assertThat(new HashSet<>(Arrays.asList(r1.ids()))).hasSize(1000);
        assertThat(new RowSource(false, 7).next(1000).ids()).isEqualTo(r1.ids());
        Set<String> other = new HashSet<>(Arrays.asList(new RowSource(false, 8).next(1000).ids()));
        assertThat(other).doesNotContainAnyElementsOf(Arrays.asList(r1.ids()));
    }

    @Test
    void a_purchase_costs_its_rows_at_the_random_key_price_and_its_secondary_entries_at_the_index_price() {
        // case b: 10,000 rows/s (100 µs, 50 µs CPU); case d: 5,000 rows/s (200 µs, 110 µs CPU): 3 entries cost
        // 100 µs (33.3 each) and 60 µs of CPU (20 each)
        Segment b = new Segment(10_000, 1.0, 0.3, 0.2, 0.5, 0);
        Segment d = new Segment(10_000, 2.0, 0.6, 0.5, 1.1, 0);
        PurchaseFloor f = PurchaseFloor.of(b, d, 3);
        assertThat(f.rowMicros()).isCloseTo(100, within(1e-9));
        assertThat(f.entryMicros()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(f.cpuMicrosPerPurchase(11, 35)).isCloseTo(11 * 50 + 24 * 20, within(1e-6));
        assertThat(f.purchasesPerSecond(11, 35)).isCloseTo(1e6 / (1100 + 800), within(1e-6));
        assertThat(f.purchasesPerSecondOnCores(6, 14, 2)).isCloseTo(2e6 / (300 + 160), within(1e-6));
    }

    @Test
    void other_processes_are_the_machines_busy_time_less_this_jvm_and_the_database() {
        Segment s = new Segment(1000, 2.0, 1.0, 0.5, 2.5, 0.2);
        assertThat(s.othersCores()).isCloseTo(0.5, within(1e-9));
        assertThat(s.cores()).isCloseTo(0.75, within(1e-9));
        assertThat(s.cpuMicrosPerRow()).isCloseTo(1500, within(1e-9));
    }

    @Test
    void h2_with_the_servers_url_stores_every_row_of_every_batch_and_leaves_no_files() throws Exception {
        Path h2 = dir.resolve("h2");
        try (FloorStore s = JdbcStore.h2(h2, FloorCase.RANDOM_PK_3_INDEXES)) {
            RowSource rows = new RowSource(false, 1);
            s.write(rows.next(500));
            s.write(rows.next(250));
            assertThat(s.count()).isEqualTo(750);
            assertThat(s.processCpuSeconds()).isZero();
        }
        assertThat(Files.exists(h2)).isFalse();
    }

    @Test
    void rocksdb_counts_documents_not_their_index_entries() throws Exception {
        Path rocks = dir.resolve("rocks");
        try (FloorStore s = new RocksStore(rocks, FloorCase.RANDOM_PK_3_INDEXES)) {
            RowSource rows = new RowSource(false, 1);
            s.write(rows.next(500));
            s.write(rows.next(250));
            assertThat(s.count()).isEqualTo(750);
        }
        assertThat(Files.exists(rocks)).isFalse();
    }

    @Test
    void this_jvm_and_the_machine_have_used_some_cpu() {
        assertThat(ProcCpu.jvmSeconds()).isPositive();
        assertThat(ProcCpu.machineBusySeconds()).isGreaterThanOrEqualTo(ProcCpu.jvmSeconds() - 1);
        assertThat(ProcCpu.treeSeconds(ProcessHandle.current().pid())).isGreaterThan(0);
    }
}
