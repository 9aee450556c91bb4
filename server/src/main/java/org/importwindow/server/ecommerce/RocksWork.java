package org.importwindow.server.ecommerce;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.message.Ceb311Message;
import org.importwindow.ecommerce.message.Ceb411Message;
import org.importwindow.ecommerce.message.Ceb511Message;
import org.importwindow.ecommerce.message.Ceb621Message;
import org.importwindow.ecommerce.message.CebMessage;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.law.LegalParameters;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Checkpoint;
import org.rocksdb.CompressionType;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Snapshot;
import org.rocksdb.UInt64AddOperator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single writer's state of record in RocksDB instead of the SQL database ({@code importwindow.cbec.store=rocksdb},
 * the default; {@code sql} keeps it in the database): everything the embedded CBEC runtime decides, answers and shows is kept here, and SQL keeps
 * the other capabilities (reference data, enterprises, users). The working memory holds what waits: documents whose
 * list has not been decided, every pending list, buyers' usages ({@link #forgetDecided}). Each group's changes are
 * encoded by the encoder thread and written as ONE {@link WriteBatch} with {@code sync=true} by the committer thread,
 * while the writer decides the next group ({@link #flushAsync}); the group's senders are answered once it is written.
 * Reads on a memory miss are point gets.
 *
 * <p>Keys (UTF-8, one column family): {@code m|guid} the message (its body as received, or deflated by older versions,
 * + its answer: the seqs of its receipts and their blocks, or the receipts themselves as older versions kept them;
 * large ones in blob files); {@code o|ebp|orderNo}, {@code p|ebp|orderNo}, {@code w|code|logisticsNo} -> (message guid,
 * position); {@code l|agent|copNo} the list's state (binary, {@link RocksCodec}, with where its inventory is);
 * {@code i|invtNo} -> the list's key when its tax bill does not say it; {@code P|receivedAt|guid} -> the key of a list
 * waiting for its documents (received time in microseconds, 16 hex digits: the oldest first, as the overdue sweep wants
 * them); each receipt (binary) once, in a block of up to {@value #RECEIPTS_PER_BLOCK} of one owner's receipts of one
 * group under {@code K|owner|newest} (the seq of the block's first receipt counting down; the others have the seqs
 * after it, in order), and keys with no value under {@code R|c|owner|copNo|seq}, {@code R|o|owner|orderNo|seq} and
 * {@code R|g|owner|guid|seq} (those of its numbers it has; {@code seq} 16 hex digits, in the order produced) that lead
 * to it. Receipts written before 2026-11-28 are kept one each under {@code Q|owner|newest}, and those written before
 * 2026-11-27 carry their value in their keys by number; both are still read. {@code t|invtNo} the tax bill's figures
 * (binary) and its list's key, found by copNo through its list's state when its owner (the list's sender) is the list's
 * agent, and otherwise (and for bills issued before 2026-11-28) through {@code T|owner|copNo|invtNo} -> invtNo;
 * {@code u|...} and {@code e|...} the ledger ({@link RocksLedger}); {@code n} the last number block taken (written with
 * the group that took it); {@code x|name} the store's own bookkeeping (whether the copy from the SQL store,
 * {@link SqlToRocks}, finished); the officer's counters ({@link CbecCounts}) under {@code C|d|chinaDay|metric|counted}
 * and {@code C|t|metric|counted} (the total), 8-byte counts added by RocksDB's merge operator, so the writer adds a
 * group's counts without reading them and a restart keeps them.
 *
 * <p>For the pages: what they show of a list's inventory (names, goods, value: its CEB621 message is not read
 * again for a page) kept with the list's state (lists stored before 2026-11-28 have it under {@code s|agent|copNo});
 * written once when a list is received, {@code b|person|newest|agent|copNo} (empty values pointing at the list's
 * state; {@code newest} the received time counting down, so a prefix iteration gives the newest first) and, for its
 * platform, agent and logistics company, an entry {@code newest|agent|copNo} in a block of up to
 * {@value #PAGE_ENTRIES_PER_BLOCK} of the group's under {@code G|code|newest} (a seq counting down; lists stored before
 * 2026-11-28 have a key each, {@code E|code|newest|agent|copNo}); the receipts' blocks under {@code K|owner|newest}
 * above serve the enterprise's page too.
 *
 * <p>The API's GETs of receipts and tax bills read RocksDB on the request threads ({@link #readReceipts},
 * {@link #readTaxBills}, {@link #readBillDetail}), and so do the officer's figures ({@link #readCounters},
 * {@link #readPending}) and the pages ({@link #readListsOfPerson}, {@link #readListsOfEnterprise},
 * {@link #readReceiptsOf}, {@link #readUsage}): point gets and prefix iterations over one snapshot, under a read lock
 * that {@link #close} waits for.
 */
final class RocksWork implements CbecWork, AutoCloseable {
    static {
        RocksDB.loadLibrary();
    }

    private static final int REMEMBERED = 200_000;

    private record Key(String a, String b) {
    }

    /**
     * A message as kept. Its answer is one of: just made ({@code answered}, the receipts); read back as the seqs of
     * its receipts, each kept under its sender in a block of receipts ({@code answerSeqs}, and {@code answerBlocks}
     * the first seq of each one's block, {@link #receiptBlockKey}), or one by one as stored before 2026-11-28
     * ({@code answerBlocks} null, {@link #ownerReceiptKey}); read back as the receipts themselves ({@code answer}: how
     * messages stored before 2026-11-27 keep it, and the way kept when a receipt of the answer belongs to someone else
     * than the sender).
     */
    private record MessageRow(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents,
                              CbecService.Body body, String contentType, CbecService.Body answer,
                              List<Receipt> answered, long[] answerSeqs, long[] answerBlocks) {
        MessageRow(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents,
                   CbecService.Body body, String contentType, CbecService.Body answer) {
            this(guid, type, sender, at, documents, body, contentType, answer, null, null, null);
        }
    }

    /** The length written in place of an answer's when the answer is kept as its receipts' seqs (one key each). */
    private static final int ANSWER_AS_SEQS = -2;
    /** The same when its receipts are kept in blocks: each receipt's block and seq. */
    private static final int ANSWER_IN_BLOCKS = -3;
    /** Written where a body's length as received stands: an LZ4 body follows (its length as received, its length). */
    private static final int LZ4_BODY = -4;
    /** The most receipts kept under one key: a block is read whole to find one of them. */
    static final int RECEIPTS_PER_BLOCK = 256;
    /** The most lists an enterprise's page finds under one key. */
    static final int PAGE_ENTRIES_PER_BLOCK = 256;
    /** RocksDB's memory table ({@code importwindow.cbec.rocksdb-memtable-mb}): see where the options are set. */
    static final long MEMTABLE_BYTES = 64L << 20;

    private record DocumentRow(String key, String messageGuid, int position) {
    }

    /** The value of keys that only point elsewhere (page and receipt keys). */
    private static final byte[] NO_VALUE = new byte[0];
    /** Read before the message being handled asked for it ({@link #prefetch}): key -> value, or {@link #ABSENT}. */
    private final Map<String, byte[]> prefetched = new HashMap<>();
    /** A key {@link #prefetch} found absent (compared by identity). */
    private static final byte[] ABSENT = new byte[0];
    /** A key deleted by a group not yet written (compared by identity). */
    private static final byte[] DELETED = new byte[0];
    /** Groups handed to the committer and not yet pruned, oldest first (the writer's thread only). */
    private final java.util.ArrayDeque<InFlight> inFlight = new java.util.ArrayDeque<>();
    /** Encodes each group's values into its batch, in order, and hands it to {@link #committer}. */
    private final java.util.concurrent.ExecutorService encoder = oneThread("cbec-encoder");
    /** Writes each group's batch with a synced log, in order. */
    private final java.util.concurrent.ExecutorService committer = oneThread("cbec-committer");

    private static java.util.concurrent.ExecutorService oneThread(String name) {
        return java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
    /** Why a group could not be written; after it nothing more is. */
    private volatile Throwable failure;

    /** Values at least this large (the messages) are kept in blob files. */
    private static final long BLOB_THRESHOLD = 4096;

    private final RocksDB db;
    private final Options options;
    /** Adds the officer's counters in RocksDB itself, so the writer never reads one to add to it. */
    private final UInt64AddOperator add = new UInt64AddOperator();
    private final WriteOptions sync;
    private final JsonMapper json;
    private final TaxBillJson billJson;
    private final RocksLedger rocksLedger;
    private final Ledger ledger;
    private final CbecMeter meter;
    private volatile boolean closed;
    /** Readers (request threads) hold its read lock while they use {@link #db}; {@link #close} takes its write lock. */
    private final ReentrantReadWriteLock life = new ReentrantReadWriteLock();

    private final Map<Key, Order> orders = bounded();
    private final Map<Key, PaymentHead> payments = bounded();
    private final Map<Key, LogisticsHead> waybills = bounded();
    private final Map<Key, StoredList> lists = bounded();
    private final Map<String, Key> byInvtNo = bounded();
    private final WaitingLists waitingLists = new WaitingLists();
    private boolean loaded;

    // the group's changes
    private final Map<String, MessageRow> messageRows = new LinkedHashMap<>();
    private final List<DocumentRow> documentRows = new ArrayList<>();
    private final Map<Key, StoredList> dirtyLists = new LinkedHashMap<>();
    private final Set<String> pendingAdded = new HashSet<>();
    /** The lists that stopped waiting in this group: guid -> their {@code P|} key. */
    private final Map<String, String> pendingRemoved = new HashMap<>();
    private final Map<String, RocksCodec.Bill> bills = new LinkedHashMap<>();
    /** The bills issued in this group (their {@code T|} keys are written once). */
    private final Set<String> newBills = new HashSet<>();
    /** Where each list remembered is in its CEB621 message (its state is stored with it, not its inventory). */
    private final Map<String, RocksCodec.Where> listWhere = bounded();
    private final List<OwnedReceipt> receiptRows = new ArrayList<>();
    /** The lists received in this group (their pages' keys and summary are written once). */
    private final Map<Key, StoredList> newLists = new LinkedHashMap<>();
    /** The pages' keys of refused lists replaced in this group (a list declared again under the same number). */
    private final List<String> replacedKeys = new ArrayList<>();
    private long seq = System.currentTimeMillis() * 1000;
    /** The number block taken by this group, written with it ({@link #nextNumberBlock}); null if none. */
    private Long numberBlock;
    private final int receiptsPerBlock;

    private final CbecCounts counts = new CbecCounts();

    RocksWork(Path dir, JsonMapper json, LegalParameters parameters, PersonKeys keys, CbecMeter meter) {
        this(dir, json, parameters, keys, meter, RECEIPTS_PER_BLOCK, MEMTABLE_BYTES);
    }

    /**
     * With blocks of at most {@code receiptsPerBlock} receipts (tests make them small to have several) and a memory
     * table of {@code memtableBytes} (RocksDB also reserves about as much on disk for the log that goes with it).
     */
    RocksWork(Path dir, JsonMapper json, LegalParameters parameters, PersonKeys keys, CbecMeter meter,
              int receiptsPerBlock, long memtableBytes) {
        this.receiptsPerBlock = receiptsPerBlock;
        this.json = json;
        this.billJson = new TaxBillJson(json);
        this.meter = meter;
        try {
            Files.createDirectories(dir);
            // Messages are kept as received and compressed by RocksDB when it writes its files (LZ4, in the
            // background), not by the writer. Most reads on the hot path ask for keys that do not exist yet (a new
            // message's guid, a list's number): a Bloom filter answers those without reading the files.
            this.options = new Options().setCreateIfMissing(true).setIncreaseParallelism(2)
                    .setMergeOperator(add)
                    .setCompressionType(CompressionType.LZ4_COMPRESSION)
                    .setTableFormatConfig(new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10, false)))
                    // Messages (100 documents, 13-30 KB each as their senders compressed them) go to blob files,
                    // out of the LSM tree: compaction then rewrites only the small keys and values, not every message
                    // again at every level. The blob files' LZ4 is for the other large values (blocks of receipts).
                    .setEnableBlobFiles(true)
                    .setMinBlobSize(BLOB_THRESHOLD)
                    .setBlobCompressionType(CompressionType.LZ4_COMPRESSION)
                    // The memory table also holds the messages until a flush moves them to blob files, so 128 MB
                    // flushed every 14,000 purchases or so, each into a small file of keys that then had to be
                    // compacted with the whole next level: 512 MB halved the compactions' CPU over 760,000 purchases
                    // (26 s to 12.4 s) and the CPU a purchase by about a tenth, with the messages kept as received
                    // (bench/results/2026-11-27-cbec-embedded-rocksdb-options.txt). Compressed by their senders they
                    // take a sixth of that room: 256 MB (up to two tables, 512 MB of native memory) then cleared 8-11%
                    // more lists a second than 512, the committer's inserts into a smaller table cheaper
                    // (bench/results/2026-11-28-cbec-embedded-lz4-precheck.txt). An insert into the skiplist is a
                    // walk of pointers through the whole table, a cache miss a step: it was 58% of the committer's
                    // CPU at 256 MB. 64 MB took the committer from 31-36 µs a purchase to 24-27, without the
                    // compactions' CPU growing; 32 MB flushed so often that compactions more than ate the gain
                    // (bench/results/2026-11-28-cbec-embedded-memtable-size.txt).
                    .setWriteBufferSize(memtableBytes)
                    .setRecycleLogFileNum(4)
                    // Every new file of small keys overlaps the whole next level (numbers and buyers are spread over
                    // the key space), so each compaction rewrites that level: waiting for 8 files instead of 4 halves
                    // how often, for a few more Bloom filters per point read (measured over 340,000 purchases:
                    // 6.9 s of compaction CPU instead of 12.8; bench/results/2026-11-27-cbec-embedded-compaction-styles.txt).
                    .setLevel0FileNumCompactionTrigger(8);
            this.db = RocksDB.open(options, dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot open RocksDB at " + dir, e);
        }
        this.sync = new WriteOptions().setSync(true);
        this.rocksLedger = new RocksLedger(parameters, this::get);
        this.ledger = new KeyedLedger(rocksLedger, keys);
    }

    private static <K, V> Map<K, V> bounded() {
        return new LinkedHashMap<>(1 << 12, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    byte[] get(String key) {
        for (Iterator<InFlight> it = inFlight.descendingIterator(); it.hasNext(); ) {
            Object v = it.next().values().get(key);
            if (v != null) {
                return v == DELETED ? null : GroupBatch.bytes(v);
            }
        }
        byte[] read = prefetched.get(key);
        if (read != null) {
            return read == ABSENT ? null : read;
        }
        try {
            byte[] k = utf8(key);
            // Most keys the writer asks for do not exist (a new order's number, a new list's). RocksJava 9 answers
            // such a miss through a C++ exception thrown and caught inside its get (facebook/rocksdb#13023), 2.3 µs
            // here; the memory tables and Bloom filters say "certainly absent" without it in 0.8 µs.
            RocksDB open = open();
            return open.keyMayExist(k, null) ? open.get(k) : null;
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Read at once what the message's documents will look for: their own numbers (an order's, a payment's, a
     * waybill's, a list's) and a list's allowance entry, nearly all of them absent. One {@code multiGet} probes each
     * file's Bloom filter for the whole batch; asked one by one, those probes (a dozen files each, a cache miss each)
     * took about 40% of the writer's time in a profile of the embedded benchmark (2026-11-27). What is read here is
     * only used while this message is handled ({@link #handled}): until then nothing is written to RocksDB but by the
     * committer, whose groups' values {@link #get} looks at first, and the message's own changes are found in the
     * working memory before anything is read. The usages of the lists' buyers on {@code day} (their keys made on the
     * sender's thread) are read in the same {@code multiGet} instead of one get each when the ledger debits them,
     * unless the ledger still has them in memory.
     */
    @Override
    public void prefetch(CebMessage message, List<String> buyers, LocalDate day) {
        List<String> keys = new ArrayList<>();
        if (!buyers.isEmpty()) {
            org.importwindow.allowance.AllowanceScheme scheme =
                    org.importwindow.allowance.AllowanceScheme.CBEC_RETAIL_IMPORT;
            String period = scheme.periodOf(day).key();
            for (String buyer : buyers) {
                String usage = RocksLedger.usageKey(scheme, buyer, period);
                if (!rocksLedger.remembers(usage)) {
                    keys.add(usage);
                }
            }
        }
        if (message instanceof Ceb311Message o) {
            for (Order d : o.orders()) {
                keys.add(documentKey('o', d.head().ebpCode(), d.head().orderNo()));
            }
        } else if (message instanceof Ceb411Message p) {
            for (PaymentHead d : p.payments()) {
                keys.add(documentKey('p', d.ebpCode(), d.orderNo()));
            }
        } else if (message instanceof Ceb511Message w) {
            for (LogisticsHead d : w.logistics()) {
                keys.add(documentKey('w', d.logisticsCode(), d.logisticsNo()));
            }
        }
        List<String> lists = new ArrayList<>();
        if (message instanceof Ceb621Message i) {
            for (Inventory d : i.inventories()) {
                lists.add(listKey(d.head().agentCode(), d.head().copNo()));
            }
            keys.addAll(lists);
        }
        multiGet(keys);
        if (message instanceof Ceb621Message i) {
            // A list's debit is written in the same batch as its state: the store holds no debit of a list it does
            // not hold (l|agent|copNo), so only a list declared before can have one to read (a debit made since, not
            // yet written, is found in the groups in flight or the ledger's memory before anything read here).
            List<String> entries = new ArrayList<>();
            for (int n = 0; n < lists.size(); n++) {
                Inventory d = i.inventories().get(n);
                String entry = RocksLedger.entryKey(org.importwindow.allowance.AllowanceScheme.CBEC_RETAIL_IMPORT,
                        CbecService.transactionId(d.head().agentCode(), d.head().copNo()));
                if (prefetched.get(lists.get(n)) == ABSENT) {
                    prefetched.put(entry, ABSENT);
                } else {
                    entries.add(entry);
                }
            }
            multiGet(entries);
        }
    }

    /** Read {@code keys} at once into {@link #prefetched}. */
    private void multiGet(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<byte[]> bytes = new ArrayList<>(keys.size());
        for (String k : keys) {
            bytes.add(utf8(k));
        }
        try {
            List<byte[]> values = open().multiGetAsList(bytes);
            for (int n = 0; n < keys.size(); n++) {
                byte[] v = values.get(n);
                prefetched.put(keys.get(n), v == null ? ABSENT : v);
            }
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void handled() {
        prefetched.clear();
    }

    /** An order's ({@code o}), payment's ({@code p}) or waybill's ({@code w}) key: its party's code and its number. */
    private static String documentKey(char kind, String code, String number) {
        return kind + "|" + code + "|" + number;
    }

    private static String listKey(String agent, String copNo) {
        return "l|" + agent + "|" + copNo;
    }

    // --- pending lists ---

    /**
     * A consistent copy of the store as of the last group written, in {@code target} (which must not exist): RocksDB's
     * checkpoint, hard links to the immutable files where the file system allows, so it is quick and small. Run on
     * the writer between groups.
     */
    void checkpoint(Path target) {
        flush();
        try (Checkpoint c = Checkpoint.create(open())) {
            c.createCheckpoint(target.toString());
        } catch (RocksDBException e) {
            throw new IllegalStateException("the RocksDB checkpoint into " + target + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * A document's keys and place in its message carried over as they are (from the SQL store): {@code kind} is
     * {@code o}, {@code p} or {@code w}, written with the group.
     */
    void restoreDocument(char kind, String code, String number, String messageGuid, int position) {
        documentRows.add(new DocumentRow(documentKey(kind, code, number), messageGuid, position));
    }

    RocksLedger rocksLedger() {
        return rocksLedger;
    }

    /** A value of the store's own bookkeeping (under {@code x|name}), written at once with a synced log. */
    void putMark(String name, String value) {
        putNow("x|" + name, value);
    }

    /** One key written at once with a synced log, outside the groups. */
    private void putNow(String key, String value) {
        try {
            open().put(sync, utf8(key), utf8(value));
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<String> mark(String name) {
        byte[] v = get("x|" + name);
        return v == null ? Optional.empty() : Optional.of(new String(v, StandardCharsets.UTF_8));
    }

    /** The number blocks go on after {@code block} (taken from the SQL store, so no number is given twice). */
    void numberBlocksAfter(long block) {
        putNow("n", Long.toString(block));
    }

    /**
     * Whether {@code dir} holds a RocksDB store with anything in it, looked at read-only (the SQL store asks, so as not
     * to start over state kept here: {@link CbecStoreGuard#checkSql}).
     */
    static boolean holdsState(Path dir) {
        if (!Files.exists(dir.resolve("CURRENT"))) {
            return false;
        }
        try (UInt64AddOperator merge = new UInt64AddOperator();
             Options o = new Options().setMergeOperator(merge).setEnableBlobFiles(true);
             RocksDB ro = RocksDB.openReadOnly(o, dir.toString());
             RocksIterator it = ro.newIterator()) {
            it.seekToFirst();
            return it.isValid();
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot read the RocksDB store at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Nothing has ever been written here (a new store). */
    boolean isEmpty() {
        try (RocksIterator it = open().newIterator()) {
            it.seekToFirst();
            return !it.isValid();
        }
    }

    private void load() {
        if (!loaded) {
            try (RocksIterator it = open().newIterator()) {
                byte[] prefix = utf8("P|");
                for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                    StoredList l = readList(new String(it.value(), StandardCharsets.UTF_8));
                    if (l != null && "PENDING".equals(l.status())) {
                        waitingLists.add(l);
                    }
                }
            }
            loaded = true;
        }
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        if (a.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The key of a waiting list: ordered by the time it was received (then its guid). */
    static String pendingKey(StoredList l) {
        return "P|" + micros(l.receivedAt()) + "|" + l.guid();
    }

    private static long microsOf(OffsetDateTime t) {
        java.time.Instant i = t.toInstant();
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
    }

    /** A time as 16 hex digits of microseconds since 1970, so that keys sort as times do. */
    private static String micros(OffsetDateTime t) {
        return hex16(microsOf(t));
    }

    /** The same, counting down: keys under it sort the newest first, as the pages show lists. */
    private static String newestFirst(OffsetDateTime t) {
        return hex16(Long.MAX_VALUE - microsOf(t));
    }

    /**
     * The keys under which the pages find a list, one each: its buyer's, and each enterprise's that takes part in it
     * as lists stored before 2026-11-28 have them (deleted when the list is replaced under its number).
     */
    private static List<String> pageKeys(StoredList l) {
        String tail = "|" + pageEntry(l);
        List<String> keys = new ArrayList<>(4);
        keys.add("b|" + l.personKey() + tail);
        for (String code : enterprisesOf(l)) {
            keys.add("E|" + code + tail);
        }
        return keys;
    }

    /** A list as a page finds it: {@code newestFirst|agent|copNo}, the received time counting down, then its key. */
    private static String pageEntry(StoredList l) {
        return newestFirst(l.receivedAt()) + "|" + l.agentCode() + "|" + l.copNo();
    }

    /** The enterprises whose page shows the list: its platform, agent and logistics company. */
    private static java.util.Set<String> enterprisesOf(StoredList l) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>(4);
        for (String code : new String[] {l.ebpCode(), l.agentCode(), l.logisticsCode()}) {
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /**
     * The key of a block of an enterprise's page entries ({@link #pageEntry}), those of one group, newest block first
     * (by a seq counting down).
     */
    private static String pageBlockKey(String code, long seq) {
        return "G|" + code + "|" + hex16(Long.MAX_VALUE - seq);
    }

    // --- messages ---

    @Override
    public Optional<StoredMessage> storedMessage(String guid) {
        MessageRow m = messageRows.get(guid);
        if (m == null) {
            m = readMessage(guid);
        }
        return m == null ? Optional.empty() : Optional.of(new StoredMessage(m.type(), m.sender()));
    }

    @Override
    public List<Receipt> receiptsOfMessage(String guid) {
        MessageRow m = messageRows.get(guid);
        if (m == null) {
            m = readMessage(guid);
        }
        if (m != null && m.answered() != null) {
            return m.answered();
        }
        if (m != null && m.answerSeqs() != null) {
            List<Receipt> out = new ArrayList<>(m.answerSeqs().length);
            long blockRead = -1;
            List<Receipt> block = null;
            for (int i = 0; i < m.answerSeqs().length; i++) {
                long seq = m.answerSeqs()[i];
                Receipt r = null;
                if (m.answerBlocks() == null) {
                    byte[] v = get(ownerReceiptKey(m.sender(), seq));
                    r = v == null ? null : RocksCodec.receipt(v);
                } else {
                    long first = m.answerBlocks()[i];
                    if (first != blockRead) {
                        byte[] v = get(receiptBlockKey(m.sender(), first));
                        block = v == null ? null : RocksCodec.receipts(v);
                        blockRead = first;
                    }
                    r = block == null || seq - first >= block.size() ? null : block.get((int) (seq - first));
                }
                if (r == null) {
                    throw new IllegalStateException("receipt " + seq + " of message " + guid + " is missing");
                }
                out.add(r);
            }
            return out;
        }
        if (m == null || m.answer() == null) {
            return List.of();
        }
        return RocksCodec.receipts(m.answer().inflate());
    }

    @Override
    public void insertMessage(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents,
                              CbecService.Body body, String contentType) {
        messageRows.put(guid, new MessageRow(guid, type, sender, at, documents, body, contentType, null));
    }

    @Override
    public void answered(String messageGuid, List<Receipt> receipts) {
        MessageRow m = messageRows.get(messageGuid);
        if (m == null) {
            m = readMessage(messageGuid);
        }
        if (m != null) {
            // encoded with the message by the committer thread
            messageRows.put(messageGuid, new MessageRow(m.guid(), m.type(), m.sender(), m.at(), m.documents(), m.body(),
                    m.contentType(), null, List.copyOf(receipts), null, null));
        }
    }

    /**
     * The message's value; its answer as the seqs its receipts were stored under, and the first seq of each one's
     * block, when they are known.
     */
    private static byte[] encode(MessageRow m, long[] answerSeqs, long[] answerBlocks) {
        // sized for the body and a little more, so the body (up to megabytes) is copied once
        ValueOut out = new ValueOut(m.body().stored().length + 256
                + (answerSeqs == null ? 0 : 16 * answerSeqs.length));
        out.writeUTF(m.type().name());
        out.writeUTF(m.sender());
        out.writeUTF(m.at().toString());
        out.writeInt(m.documents());
        out.writeUTF(m.contentType() == null ? "" : m.contentType());
        body(out, m.body());
        if (answerSeqs != null) {
            // each receipt is kept under its sender already: the answer only says which, and in which block
            out.writeInt(ANSWER_IN_BLOCKS);
            out.writeInt(answerSeqs.length);
            for (int i = 0; i < answerSeqs.length; i++) {
                out.writeLong(answerBlocks[i]);
                out.writeLong(answerSeqs[i]);
            }
        } else {
            body(out, m.answered() != null ? CbecService.Body.raw(RocksCodec.receipts(m.answered())) : m.answer());
        }
        return out.toByteArray();
    }

    private static void body(ValueOut out, CbecService.Body b) {
        if (b == null) {
            out.writeInt(-1);
            return;
        }
        if (b.form() == CbecService.Body.Form.LZ4) {
            // a marker where the length as received stands otherwise (bodies kept before LZ4 start with it)
            out.writeInt(LZ4_BODY);
            out.writeInt(b.bytes());
            out.writeInt(b.stored().length);
        } else {
            out.writeInt(b.bytes());
            // the length's sign says how they are kept: negative for bytes as received, positive for deflated
            out.writeInt(b.form() == CbecService.Body.Form.DEFLATED ? b.stored().length : -b.stored().length - 1);
        }
        out.write(b.stored());
    }

    private static CbecService.Body body(DataInputStream in) throws IOException {
        return body(in.readInt(), in);
    }

    private static CbecService.Body body(int bytes, DataInputStream in) throws IOException {
        if (bytes == LZ4_BODY) {
            int raw = in.readInt();
            byte[] d = new byte[in.readInt()];
            in.readFully(d);
            return new CbecService.Body(d, raw, CbecService.Body.Form.LZ4);
        }
        if (bytes < 0) {
            return null;
        }
        int length = in.readInt();
        boolean deflated = length >= 0;
        byte[] d = new byte[deflated ? length : -length - 1];
        in.readFully(d);
        return new CbecService.Body(d, bytes, deflated ? CbecService.Body.Form.DEFLATED : CbecService.Body.Form.RAW);
    }

    private MessageRow readMessage(String guid) {
        byte[] v = get("m|" + guid);
        return v == null ? null : decodeMessage(guid, v);
    }

    private static MessageRow decodeMessage(String guid, byte[] v) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(v))) {
            CebMessageType type = CebMessageType.valueOf(in.readUTF());
            String sender = in.readUTF();
            OffsetDateTime at = OffsetDateTime.parse(in.readUTF());
            int documents = in.readInt();
            String contentType = in.readUTF();
            CbecService.Body body = body(in);
            int answerBytes = in.readInt();
            long[] seqs = null;
            long[] blocks = null;
            CbecService.Body answer = null;
            if (answerBytes == ANSWER_AS_SEQS) {
                seqs = new long[in.readInt()];
                for (int i = 0; i < seqs.length; i++) {
                    seqs[i] = in.readLong();
                }
            } else if (answerBytes == ANSWER_IN_BLOCKS) {
                seqs = new long[in.readInt()];
                blocks = new long[seqs.length];
                for (int i = 0; i < seqs.length; i++) {
                    blocks[i] = in.readLong();
                    seqs[i] = in.readLong();
                }
            } else {
                answer = body(answerBytes, in);
            }
            return new MessageRow(guid, type, sender, at, documents, body, contentType.isEmpty() ? null : contentType,
                    answer, null, seqs, blocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last messages read again: documents of one message are usually wanted together. */
    private final Map<String, CebMessage> reread = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CebMessage> eldest) {
            return size() > 8;
        }
    };

    private CebMessage message(String guid) {
        CebMessage m = reread.get(guid);
        if (m == null) {
            MessageRow row = messageRows.get(guid);
            if (row == null) {
                row = readMessage(guid);
            }
            m = parse(row);
            reread.put(guid, m);
        }
        return m;
    }

    private CebMessage parse(MessageRow row) {
        byte[] raw = row.body().inflate();
        return "json".equals(row.contentType())
                ? CebMessages.readTree(JsonMessages.tree(json.readTree(raw)), Integer.MAX_VALUE)
                : CebMessages.read(raw, Integer.MAX_VALUE);
    }

    // --- documents ---

    private static byte[] position(String messageGuid, int position) {
        return utf8(messageGuid + "|" + position);
    }

    /** The document's (message guid, position), if it was stored. */
    private Optional<String[]> where(String key) {
        byte[] v = get(key);
        if (v == null) {
            return Optional.empty();
        }
        String s = new String(v, StandardCharsets.UTF_8);
        int bar = s.lastIndexOf('|');
        return Optional.of(new String[] {s.substring(0, bar), s.substring(bar + 1)});
    }

    @Override
    public boolean insertOrder(Order o, String messageGuid, int position, String sender, OffsetDateTime at) {
        Key k = new Key(o.head().ebpCode(), o.head().orderNo());
        if (order(k.a(), k.b()).isPresent()) {
            return false;
        }
        orders.put(k, o);
        documentRows.add(new DocumentRow(documentKey('o', k.a(), k.b()), messageGuid, position));
        return true;
    }

    @Override
    public boolean insertPayment(PaymentHead p, String messageGuid, int position, String sender, OffsetDateTime at) {
        Key k = new Key(p.ebpCode(), p.orderNo());
        if (payment(k.a(), k.b()).isPresent()) {
            return false;
        }
        payments.put(k, p);
        documentRows.add(new DocumentRow(documentKey('p', k.a(), k.b()), messageGuid, position));
        return true;
    }

    @Override
    public boolean insertWaybill(LogisticsHead l, String messageGuid, int position, String sender, OffsetDateTime at) {
        Key k = new Key(l.logisticsCode(), l.logisticsNo());
        if (waybill(k.a(), k.b()).isPresent()) {
            return false;
        }
        waybills.put(k, l);
        documentRows.add(new DocumentRow(documentKey('w', k.a(), k.b()), messageGuid, position));
        return true;
    }

    @Override
    public Optional<Order> order(String ebpCode, String orderNo) {
        Key k = new Key(ebpCode, orderNo);
        Order o = orders.get(k);
        if (o == null) {
            o = where(documentKey('o', ebpCode, orderNo)).map(w -> ((Ceb311Message) message(w[0])).orders()
                    .get(Integer.parseInt(w[1]))).orElse(null);
            if (o != null) {
                orders.put(k, o);
            }
        }
        return Optional.ofNullable(o);
    }

    @Override
    public Optional<PaymentHead> payment(String ebpCode, String orderNo) {
        Key k = new Key(ebpCode, orderNo);
        PaymentHead p = payments.get(k);
        if (p == null) {
            p = where(documentKey('p', ebpCode, orderNo)).map(w -> ((Ceb411Message) message(w[0])).payments()
                    .get(Integer.parseInt(w[1]))).orElse(null);
            if (p != null) {
                payments.put(k, p);
            }
        }
        return Optional.ofNullable(p);
    }

    @Override
    public Optional<LogisticsHead> waybill(String logisticsCode, String logisticsNo) {
        Key k = new Key(logisticsCode, logisticsNo);
        LogisticsHead l = waybills.get(k);
        if (l == null) {
            l = where(documentKey('w', logisticsCode, logisticsNo)).map(w -> ((Ceb511Message) message(w[0])).logistics()
                    .get(Integer.parseInt(w[1]))).orElse(null);
            if (l != null) {
                waybills.put(k, l);
            }
        }
        return Optional.ofNullable(l);
    }

    // --- lists ---

    @Override
    public List<StoredList> pendingForOrder(String ebpCode, String orderNo) {
        load();
        return waitingLists.forOrder(ebpCode, orderNo);
    }

    @Override
    public List<StoredList> pendingForWaybill(String logisticsCode, String logisticsNo) {
        load();
        return waitingLists.forWaybill(logisticsCode, logisticsNo);
    }

    @Override
    public List<StoredList> pendingSince(OffsetDateTime before, int limit) {
        load();
        return waitingLists.receivedBefore(before, limit);
    }

    private StoredList readList(String key) {
        byte[] v = get(key);
        if (v == null) {
            return null;
        }
        RocksCodec.ListState s = RocksCodec.list(v, w -> ((Ceb621Message) message(w.messageGuid())).inventories()
                .get(w.position()));
        listWhere.put(s.list().guid(), s.where());
        return s.list();
    }

    /** Where the list's inventory is: remembered, or as stored with its state. */
    private RocksCodec.Where whereOf(StoredList l) {
        RocksCodec.Where w = listWhere.get(l.guid());
        if (w == null) {
            byte[] v = get(listKey(l.agentCode(), l.copNo()));
            if (v == null) {
                throw new IllegalStateException("list " + l.guid() + ": where its inventory is is not known");
            }
            w = RocksCodec.where(v);
            listWhere.put(l.guid(), w);
        }
        return w;
    }

    /** The position of an inventory (by its guid) in its CEB621 message, when the caller did not say it. */
    private int positionOf(StoredList l, String messageGuid) {
        List<org.importwindow.ecommerce.message.Inventory> all = ((Ceb621Message) message(messageGuid)).inventories();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == l.inventory() || all.get(i).head().guid().equals(l.guid())) {
                return i;
            }
        }
        throw new IllegalStateException("list " + l.guid() + " is not in message " + messageGuid);
    }

    @Override
    public Optional<StoredList> listByCopNo(String agentCode, String copNo) {
        Key k = new Key(agentCode, copNo);
        StoredList l = dirtyLists.get(k);
        if (l == null) {
            l = lists.get(k);
        }
        if (l == null) {
            l = readList(listKey(agentCode, copNo));
            if (l != null) {
                lists.put(k, l);
            }
        }
        return Optional.ofNullable(l);
    }

    @Override
    public Optional<StoredList> listByInvtNo(String invtNo) {
        Key k = byInvtNo.get(invtNo);
        if (k == null) {
            // its bill says which list it is; lists released before 2026-11-28 say it under i|invtNo
            String s = storedBill(invtNo).map(RocksCodec.Bill::listKey).orElse(null);
            if (s == null) {
                byte[] v = get("i|" + invtNo);
                if (v == null) {
                    return Optional.empty();
                }
                s = new String(v, StandardCharsets.UTF_8);
            }
            int bar = s.indexOf('|', 2);
            k = new Key(s.substring(2, bar), s.substring(bar + 1));
        }
        return listByCopNo(k.a(), k.b());
    }

    private void changed(StoredList l) {
        Key k = new Key(l.agentCode(), l.copNo());
        lists.put(k, l);
        dirtyLists.put(k, l);
        if (l.invtNo() != null) {
            byInvtNo.put(l.invtNo(), k);
        }
        if ("PENDING".equals(l.status())) {
            pendingAdded.add(l.guid());
            pendingRemoved.remove(l.guid());
        } else if (!pendingAdded.remove(l.guid())) {
            pendingRemoved.put(l.guid(), pendingKey(l));
        }
    }

    @Override
    public void insertList(StoredList l, String messageGuid) {
        insertList(l, messageGuid, positionOf(l, messageGuid));
    }

    @Override
    public void replaceRefusedList(String refusedGuid, StoredList l, String messageGuid) {
        replaceRefusedList(refusedGuid, l, messageGuid, positionOf(l, messageGuid));
    }

    @Override
    public void insertList(StoredList l, String messageGuid, int position) {
        listWhere.put(l.guid(), new RocksCodec.Where(messageGuid, position));
        load();
        newLists.put(new Key(l.agentCode(), l.copNo()), l);
        changed(l);
        if ("PENDING".equals(l.status())) {
            waitingLists.add(l);
        }
    }

    @Override
    public void replaceRefusedList(String refusedGuid, StoredList l, String messageGuid, int position) {
        listWhere.put(l.guid(), new RocksCodec.Where(messageGuid, position));
        load();
        // the refused list stopped waiting when it was refused; its key goes (if it is still there) with it
        listByCopNo(l.agentCode(), l.copNo()).filter(refused -> refused.guid().equals(refusedGuid))
                .ifPresent(refused -> {
                    pendingRemoved.put(refusedGuid, pendingKey(refused));
                    // the pages show the new list in its place, where its buyer and enterprises find it
                    replacedKeys.addAll(pageKeys(refused));
                });
        newLists.put(new Key(l.agentCode(), l.copNo()), l);
        changed(l);
        if ("PENDING".equals(l.status())) {
            waitingLists.add(l);
        }
    }

    @Override
    public void updateList(StoredList l, String status, String returnStatus, String invtNo, OffsetDateTime decidedAt,
                           LocalDate releaseDate, BigDecimal taxTotal) {
        StoredList next = new StoredList(l.guid(), l.agentCode(), l.copNo(), l.preNo(), invtNo, l.ebpCode(),
                l.orderNo(), l.logisticsCode(), l.logisticsNo(), l.personKey(), l.personMasked(), status, returnStatus,
                l.receivedAt(), decidedAt, releaseDate, taxTotal, l.senderCode(), l.inventory());
        waitingLists.remove(l);
        if ("PENDING".equals(status)) {
            waitingLists.add(next);
        }
        changed(next);
        if (!"PENDING".equals(status)) {
            orders.remove(new Key(l.ebpCode(), l.orderNo()));
            payments.remove(new Key(l.ebpCode(), l.orderNo()));
            waybills.remove(new Key(l.logisticsCode(), l.logisticsNo()));
        }
    }

    // --- tax bills ---

    @Override
    public void insertTaxBill(StoredTaxBill b) {
        bills.put(b.invtNo(), new RocksCodec.Bill(b, billJson.read(b.billJson())));
        newBills.add(b.invtNo());
    }

    /** The bill's figures are kept (binary), not its JSON. */
    @Override
    public void insertTaxBill(StoredTaxBill row, CbecTaxBill bill, TaxBillJson ignored) {
        bills.put(row.invtNo(), new RocksCodec.Bill(row, bill));
        newBills.add(row.invtNo());
    }

    private Optional<RocksCodec.Bill> storedBill(String invtNo) {
        RocksCodec.Bill b = bills.get(invtNo);
        if (b == null) {
            byte[] v = get("t|" + invtNo);
            b = v == null ? null : RocksCodec.taxBill(v);
        }
        return Optional.ofNullable(b);
    }

    @Override
    public Optional<CbecTaxBill> taxBill(String invtNo, TaxBillJson ignored) {
        return storedBill(invtNo).map(RocksCodec.Bill::bill);
    }

    /** Made from the stored figures when asked (the measures' working and the explanation are not kept). */
    @Override
    public Optional<String> taxBillJson(String invtNo) {
        return storedBill(invtNo).map(b -> billJson.write(b.bill()));
    }

    @Override
    public void updateTaxBillStatus(String invtNo, String status) {
        storedBill(invtNo).ifPresent(s -> {
            StoredTaxBill b = s.row();
            bills.put(invtNo, new RocksCodec.Bill(new StoredTaxBill(b.invtNo(), b.inventoryGuid(), b.copNo(),
                    b.owner(), b.orderNo(), b.customsTax(), b.valueAddedTax(), b.consumptionTax(), b.taxTotal(),
                    status, b.issuedAt(), null), s.bill(), s.listKey()));
        });
    }

    // --- receipts, counters, numbers, ledger ---

    @Override
    public void insertReceipts(List<OwnedReceipt> receipts) {
        receiptRows.addAll(receipts);
    }

    @Override
    public CbecCounts counts() {
        return counts;
    }

    /**
     * The next block of numbers, written with the group that takes it rather than at once: none of its numbers is
     * answered before the group is written, so a block lost with its group was never given out. Written at once, it
     * stopped the writer for a synced write of its own every thousand numbers (about 25 times a second at full speed).
     */
    @Override
    public long nextNumberBlock() {
        long last;
        if (numberBlock != null) {
            last = numberBlock;
        } else {
            byte[] v = get("n");
            last = v == null ? 0 : Long.parseLong(new String(v, StandardCharsets.US_ASCII));
        }
        numberBlock = last + 1;
        return numberBlock;
    }

    @Override
    public Ledger ledger() {
        return ledger;
    }

    /** Write the group's changes as one synced batch, and wait until they are written (and every group before). */
    @Override
    public void flush() {
        try {
            flushAsync().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Hand the group's changes to the encoder thread, which makes them one batch, and on to the committer thread,
     * which writes it with a synced log; returns when it is written. The writer goes on deciding the next group meanwhile: what it reads back of a group
     * not yet written comes from that group's values kept here ({@link #get}), and the processor answers a group's
     * senders only when its future completes, so nothing is answered before it is durable. Groups are written in
     * order by one thread; once one fails, none after it is written and the store refuses to go on.
     */
    CompletableFuture<Void> flushAsync() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        Throwable failed = failure;
        if (failed != null) {
            throw new IllegalStateException("an earlier group could not be written to RocksDB", failed);
        }
        prune();
        CbecCounts.Drained d = counts.drain();
        meter.record(d.decided(), d.received());
        if (messageRows.isEmpty() && documentRows.isEmpty() && dirtyLists.isEmpty() && bills.isEmpty()
                && receiptRows.isEmpty() && pendingRemoved.isEmpty() && d.counts().isEmpty()
                && !rocksLedger.changed() && numberBlock == null) {
            rocksLedger.written();
            // nothing of its own, but what it answered may rest on a group still being written
            return inFlight.isEmpty() ? CompletableFuture.completedFuture(null) : inFlight.peekLast().written();
        }
        GroupBatch batch = new GroupBatch();
        // a bill says which list it is (t|invtNo carries the list's key): its list needs no i|invtNo key of its own
        Map<String, String> billLists = new HashMap<>();
        for (RocksCodec.Bill b : bills.values()) {
            Key list = byInvtNo.get(b.row().invtNo());
            String key = list != null ? listKey(list.a(), list.b()) : b.listKey();
            if (key != null) {
                billLists.put(b.row().invtNo(), key);
            }
        }
        // Values are encoded (and keys turned into bytes) by the committer thread as it builds the WriteBatch; the
        // writer only names them, and goes on to the next group.
        for (DocumentRow r : documentRows) {
            batch.put(r.key(), position(r.messageGuid(), r.position()));
        }
        for (StoredList l : dirtyLists.values()) {
            String key = listKey(l.agentCode(), l.copNo());
            RocksCodec.Where where = whereOf(l);
            // what the pages show of it goes with its state: one key fewer a list than under a key of its own
            batch.put(key, () -> RocksCodec.list(l, where,
                    l.inventory() == null ? null : RocksCodec.Summary.of(l.inventory())));
            if (l.invtNo() != null && !key.equals(billLists.get(l.invtNo()))) {
                batch.put("i|" + l.invtNo(), utf8(key));
            }
            if (pendingAdded.contains(l.guid())) {
                batch.put(pendingKey(l), utf8(key));
            }
        }
        for (String k : pendingRemoved.values()) {
            batch.delete(k);
        }
        for (String k : replacedKeys) {
            batch.delete(k);
        }
        byte[] none = NO_VALUE;
        // the buyer's page finds each list by a key of its own; each enterprise's page finds those of a group in
        // blocks of entries, one key for up to a block of lists (a list replaced later under its number leaves its
        // entry, which the page passes over: its time is not the list's there now)
        Map<String, List<String>> byEnterprise = new LinkedHashMap<>();
        for (StoredList l : newLists.values()) {
            String entry = pageEntry(l);
            batch.put("b|" + l.personKey() + "|" + entry, none);
            for (String code : enterprisesOf(l)) {
                byEnterprise.computeIfAbsent(code, c -> new ArrayList<>()).add(entry);
            }
        }
        for (Map.Entry<String, List<String>> e : byEnterprise.entrySet()) {
            List<String> entries = e.getValue();
            for (int from = 0; from < entries.size(); from += PAGE_ENTRIES_PER_BLOCK) {
                List<String> block = entries.subList(from, Math.min(entries.size(), from + PAGE_ENTRIES_PER_BLOCK));
                batch.put(pageBlockKey(e.getKey(), ++seq), () -> RocksCodec.pageEntries(block));
            }
        }
        for (RocksCodec.Bill b : bills.values()) {
            StoredTaxBill row = b.row();
            String billList = billLists.get(row.invtNo());
            batch.put("t|" + row.invtNo(), () -> RocksCodec.taxBill(row, b.bill(), billList));
            // its sender finds it by copNo through the list (l|sender|copNo) when the sender is the list's agent, as
            // senders of lists are; by a key of its own otherwise
            boolean byList = listKey(row.owner(), row.copNo()).equals(billList);
            if (newBills.contains(row.invtNo()) && !byList) {
                batch.put(billKey(row.owner(), row.copNo()) + row.invtNo(), utf8(row.invtNo()));
            }
        }
        // the receipts answering each message of the group, in the answer's order (their seqs and blocks); a message
        // whose answer is not exactly its sender's receipts in that order keeps its receipts themselves
        Map<String, List<long[]>> answerSeqs = new HashMap<>();
        Set<String> keptWhole = new HashSet<>();
        // each owner's receipts of the group, in the order made, under consecutive seqs in blocks: one key (and one
        // skiplist insert) for up to a block of them instead of one each; their keys by number point to them by seq
        Map<String, List<OwnedReceipt>> byOwner = new LinkedHashMap<>();
        for (OwnedReceipt o : receiptRows) {
            byOwner.computeIfAbsent(o.owner(), k -> new ArrayList<>()).add(o);
        }
        for (List<OwnedReceipt> owned : byOwner.values()) {
            for (int from = 0; from < owned.size(); from += receiptsPerBlock) {
                List<OwnedReceipt> chunk = owned.subList(from, Math.min(owned.size(), from + receiptsPerBlock));
                String owner = chunk.get(0).owner();
                long first = seq + 1;
                List<Receipt> block = new ArrayList<>(chunk.size());
                for (OwnedReceipt o : chunk) {
                    Receipt r = o.receipt();
                    block.add(r);
                    String s = hex16(++seq);
                    MessageRow answered = o.messageGuid() == null ? null : messageRows.get(o.messageGuid());
                    if (answered != null && answered.answered() != null) {
                        List<long[]> seqs = answerSeqs.computeIfAbsent(answered.guid(), g -> new ArrayList<>());
                        if (o.owner().equals(answered.sender()) && seqs.size() < answered.answered().size()
                                && answered.answered().get(seqs.size()) == r) {
                            seqs.add(new long[] {first, seq});
                        } else {
                            keptWhole.add(answered.guid());
                        }
                    }
                    if (r.copNo() != null) {
                        batch.put(receiptKey('c', owner, r.copNo()) + s, NO_VALUE);
                    }
                    if (r.orderNo() != null) {
                        batch.put(receiptKey('o', owner, r.orderNo()) + s, NO_VALUE);
                    }
                    if (r.guid() != null) {
                        batch.put(receiptKey('g', owner, r.guid()) + s, NO_VALUE);
                    }
                }
                batch.put(receiptBlockKey(owner, first), () -> RocksCodec.receipts(block));
            }
        }
        for (MessageRow m : messageRows.values()) {
            List<long[]> kept = answerSeqs.get(m.guid());
            boolean bySeq = m.answered() != null && kept != null && kept.size() == m.answered().size()
                    && !keptWhole.contains(m.guid());
            long[] seqs = bySeq ? kept.stream().mapToLong(k -> k[1]).toArray() : null;
            long[] blocks = bySeq ? kept.stream().mapToLong(k -> k[0]).toArray() : null;
            batch.put("m|" + m.guid(), () -> encode(m, seqs, blocks));
        }
        for (Map.Entry<CbecCounts.Key, Long> c : d.counts()) {
            CbecCounts.Key k = c.getKey();
            byte[] n = uint64(c.getValue());
            batch.merge(dayCounter(k.day(), k.metric(), k.counted()), n);
            batch.merge(totalCounter(k.metric(), k.counted()), n);
        }
        rocksLedger.write((key, encoding) -> batch.put(key, encoding));
        rocksLedger.written();
        if (numberBlock != null) {
            batch.put("n", utf8(Long.toString(numberBlock)));
        }
        forgetDecided();
        clearGroup();
        InFlight group = new InFlight(batch.values, new CompletableFuture<>());
        inFlight.addLast(group);
        // Two stages, one thread each, so that encoding a group overlaps the synced write of the one before it
        encoder.execute(() -> {
            WriteBatch built;
            try {
                if (failure != null) {
                    group.written().completeExceptionally(failure);
                    return;
                }
                built = batch.build();
            } catch (RuntimeException e) {
                failure = e;
                group.written().completeExceptionally(
                        new IllegalStateException("the group could not be encoded", e));
                return;
            }
            committer.execute(() -> {
                try (WriteBatch b = built) {
                    if (failure != null) {
                        group.written().completeExceptionally(failure);
                        return;
                    }
                    db.write(sync, b);
                    group.written().complete(null);
                } catch (RocksDBException | RuntimeException e) {
                    failure = e;
                    group.written().completeExceptionally(
                            new IllegalStateException("the group could not be written to RocksDB", e));
                }
            });
        });
        return group.written();
    }

    /**
     * The working memory keeps what waits: a list decided in this group, and the order, payment and waybill it was
     * decided with, are left to RocksDB (the group's values until it is written), read back if they are ever wanted
     * again (a cancellation, a return, the same number declared again). Kept for minutes instead, every purchase's
     * documents outlived the young generation and were copied by the garbage collector, which then took more CPU
     * than the writer itself.
     */
    private void forgetDecided() {
        for (StoredList l : dirtyLists.values()) {
            if ("PENDING".equals(l.status())) {
                continue;
            }
            lists.remove(new Key(l.agentCode(), l.copNo()));
            listWhere.remove(l.guid());
            if (l.invtNo() != null) {
                byInvtNo.remove(l.invtNo());
            }
            orders.remove(new Key(l.ebpCode(), l.orderNo()));
            payments.remove(new Key(l.ebpCode(), l.orderNo()));
            waybills.remove(new Key(l.logisticsCode(), l.logisticsNo()));
        }
    }

    /** Runs {@code task} on the committer thread after the groups handed to it so far (tests hold it with this). */
    void onCommitterThread(Runnable task) {
        committer.execute(task);
    }

    /**
     * A group's changes in order, and its values by key for the writer's reads until it is written. A value is bytes
     * or a {@link Lazy} encoding, made by the encoder thread when it builds the {@link WriteBatch} ({@link #build})
     * or by the writer if it reads the key first, whichever comes first, once.
     */
    private static final class GroupBatch {
        private enum Kind { PUT, DELETE, MERGE }

        /** One change: a value is bytes, a {@link Lazy} encoding, or null for a delete. */
        private record Change(Kind kind, String key, Object value) {
        }

        final Map<String, Object> values = new HashMap<>();
        private final List<Change> changes = new ArrayList<>();

        void put(String key, byte[] value) {
            changes.add(new Change(Kind.PUT, key, value));
            values.put(key, value);
        }

        void put(String key, java.util.function.Supplier<byte[]> encoding) {
            Lazy value = new Lazy(encoding);
            changes.add(new Change(Kind.PUT, key, value));
            values.put(key, value);
        }

        void delete(String key) {
            changes.add(new Change(Kind.DELETE, key, null));
            values.put(key, DELETED);
        }

        /** Counters: added by RocksDB, never read back by the writer. */
        void merge(String key, byte[] value) {
            changes.add(new Change(Kind.MERGE, key, value));
        }

        /**
         * The WriteBatch of the group's changes, in the order they were made (on the encoder thread): written out
         * here in RocksDB's own batch format ({@link BatchRep}) and handed to RocksDB in one call, instead of one call
         * (and a copy of its key and value) per change.
         */
        WriteBatch build() {
            // keys and values first, so that the batch is made at its exact size: a group's messages make it several
            // megabytes, and growing it by doubling, then trimming it, copied them three times more
            int n = changes.size();
            byte[][] keys = new byte[n][];
            byte[][] values = new byte[n][];
            int size = 0;
            for (int i = 0; i < n; i++) {
                Change c = changes.get(i);
                keys[i] = utf8(c.key());
                values[i] = c.kind() == Kind.DELETE ? null : bytes(c.value());
                size += BatchRep.recordSize(keys[i], values[i]);
            }
            BatchRep rep = new BatchRep(BatchRep.HEADER + size);
            for (int i = 0; i < n; i++) {
                switch (changes.get(i).kind()) {
                    case PUT -> rep.put(keys[i], values[i]);
                    case DELETE -> rep.delete(keys[i]);
                    default -> rep.merge(keys[i], values[i]);
                }
            }
            return new WriteBatch(rep.toByteArray());
        }

        static byte[] bytes(Object value) {
            return value instanceof Lazy l ? l.get() : (byte[]) value;
        }
    }

    /** A value encoded once, by whichever thread wants it first (the encoder, or the writer reading it back). */
    private static final class Lazy {
        private java.util.function.Supplier<byte[]> encoding;
        private byte[] value;

        Lazy(java.util.function.Supplier<byte[]> encoding) {
            this.encoding = encoding;
        }

        synchronized byte[] get() {
            if (value == null) {
                value = encoding.get();
                encoding = null;
            }
            return value;
        }
    }

    private record InFlight(Map<String, Object> values, CompletableFuture<Void> written) {
    }

    /** Forget the values of groups written: RocksDB answers for them now. */
    private void prune() {
        while (!inFlight.isEmpty() && inFlight.peekFirst().written().isDone()
                && !inFlight.peekFirst().written().isCompletedExceptionally()) {
            inFlight.pollFirst();
        }
    }

    /** Wait until every group handed to the committer is written (or has failed). */
    private void drain() {
        InFlight last = inFlight.peekLast();
        if (last != null) {
            try {
                last.written().join();
            } catch (RuntimeException e) {
                // the failure is kept in `failure` and reported by the next flush
            }
        }
        prune();
    }

    private void clearGroup() {
        numberBlock = null;
        messageRows.clear();
        documentRows.clear();
        dirtyLists.clear();
        pendingAdded.clear();
        pendingRemoved.clear();
        bills.clear();
        newBills.clear();
        receiptRows.clear();
        newLists.clear();
        replacedKeys.clear();
    }

    /** A group failed: nothing of it was written, so nothing of it may be remembered. */
    void forget() {
        drain();
        prefetched.clear();
        orders.clear();
        payments.clear();
        waybills.clear();
        lists.clear();
        byInvtNo.clear();
        waitingLists.clear();
        reread.clear();
        listWhere.clear();
        loaded = false;
        clearGroup();
        counts.clear();
        rocksLedger.forget();
    }

    @Override
    public void close() {
        life.writeLock().lock();
        try {
            if (!closed) {
                drain();
                encoder.shutdown();
                committer.shutdown();
                closed = true;
                // Write the memory tables to files (and the messages to blob files) so that the next start does not
                // replay the log; a failure here loses nothing, the log is still there.
                try (FlushOptions wait = new FlushOptions().setWaitForFlush(true)) {
                    db.flush(wait);
                } catch (RocksDBException e) {
                    // the next start replays the log instead
                }
                db.close();
                sync.close();
                options.close();
                add.close();
            }
        } finally {
            life.writeLock().unlock();
        }
    }

    // --- the API's reads (request threads) ---

    /**
     * The store, for the writer's reads and writes; refused once it is closed. The service closes it on the writer's
     * thread at shutdown, and messages still arriving then are handled after that: RocksDB's handle is freed by then,
     * and a read through it crashed the JVM (SIGSEGV in {@code DBImpl::NewIterator}, 2026-11-28).
     */
    private RocksDB open() {
        if (closed) {
            throw new Closed();
        }
        return db;
    }

    /** This store was closed (a restart of the writer): read from the one opened after it. */
    static final class Closed extends IllegalStateException {
        Closed() {
            super("the RocksDB store is closed");
        }
    }

    /** The prefix of a receipt's keys by copNo ('c'), orderNo ('o') or guid ('g'); the key ends with its seq. */
    private static String receiptKey(char by, String owner, String value) {
        return "R|" + by + "|" + owner + "|" + value + "|";
    }

    /** Where a receipt was kept before 2026-11-28: alone, under its owner, newest first. */
    private static String ownerReceiptKey(String owner, long seq) {
        return "Q|" + owner + "|" + hex16(Long.MAX_VALUE - seq);
    }

    /**
     * Where a block of an owner's receipts is kept, by the seq of its first (the others follow it one by one), newest
     * first: so the block holding the receipt of seq {@code s}, if any, is the first key at or after
     * {@code receiptBlockKey(owner, s)}.
     */
    private static String receiptBlockKey(String owner, long first) {
        return "K|" + owner + "|" + hex16(Long.MAX_VALUE - first);
    }

    /** {@code n} as 16 lower-case hexadecimal digits (as {@code %016x}, without a Formatter on the hot path). */
    static String hex16(long n) {
        byte[] digits = new byte[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = (byte) Character.forDigit((int) (n & 0xF), 16);
            n >>>= 4;
        }
        return new String(digits, StandardCharsets.ISO_8859_1);
    }

    /**
     * The receipt a key by number stands for: kept under its owner ({@link #ownerReceiptKey}), the seq being the
     * key's last 16 characters; a value in the key itself is one written before receipts were kept once.
     */
    private Receipt receiptAt(ReadOptions options, String owner, byte[] key, byte[] value) {
        if (value.length > 0) {
            return RocksCodec.receipt(value);
        }
        long seq = Long.parseUnsignedLong(new String(key, key.length - 16, 16, StandardCharsets.US_ASCII), 16);
        Receipt inBlock = receiptInBlock(options, owner, seq);
        if (inBlock != null) {
            return inBlock;
        }
        byte[] kept = get(options, ownerReceiptKey(owner, seq));
        return kept == null ? null : RocksCodec.receipt(kept);
    }

    /** The owner's receipt of that seq in its block; null when no block holds it (kept alone, as before blocks). */
    private Receipt receiptInBlock(ReadOptions options, String owner, long seq) {
        byte[] prefix = utf8("K|" + owner + "|");
        try (RocksIterator it = db.newIterator(options)) {
            it.seek(utf8(receiptBlockKey(owner, seq)));
            if (!it.isValid() || !startsWith(it.key(), prefix) || it.key().length != prefix.length + 16) {
                return null;
            }
            long first = Long.MAX_VALUE - Long.parseUnsignedLong(
                    new String(it.key(), prefix.length, 16, StandardCharsets.US_ASCII), 16);
            List<Receipt> block = RocksCodec.receipts(it.value());
            long index = seq - first;
            return index >= 0 && index < block.size() ? block.get((int) index) : null;
        }
    }

    private static String billKey(String owner, String copNo) {
        return "T|" + owner + "|" + copNo + "|";
    }

    /** An officer's counter of a China day; the metric holds no '|', what is counted may. */
    private static String dayCounter(LocalDate day, String metric, String counted) {
        return "C|d|" + day + "|" + metric + "|" + counted;
    }

    /** The same counter over all days: the page reads a total without adding up every day ever counted. */
    private static String totalCounter(String metric, String counted) {
        return "C|t|" + metric + "|" + counted;
    }

    /** A count as {@link UInt64AddOperator} adds them: 8 bytes, little-endian. */
    static byte[] uint64(long n) {
        return java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(n).array();
    }

    static long uint64(byte[] v) {
        return java.nio.ByteBuffer.wrap(v).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** {@code read} with one snapshot of the store, while it is open. */
    private <T> T reading(Function<ReadOptions, T> read) {
        life.readLock().lock();
        try {
            if (closed) {
                throw new Closed();
            }
            Snapshot snapshot = db.getSnapshot();
            try (ReadOptions options = new ReadOptions().setSnapshot(snapshot)) {
                return read.apply(options);
            } finally {
                db.releaseSnapshot(snapshot);
            }
        } finally {
            life.readLock().unlock();
        }
    }

    private byte[] get(ReadOptions options, String key) {
        try {
            return db.get(options, utf8(key));
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The owner's receipts for the copNo, orderNo or guid (the first given), in the order produced. */
    List<Receipt> readReceipts(String owner, String copNo, String orderNo, String guid, int limit) {
        char by = copNo != null ? 'c' : orderNo != null ? 'o' : 'g';
        String value = copNo != null ? copNo : orderNo != null ? orderNo : guid;
        Function<Receipt, String> field = by == 'c' ? Receipt::copNo : by == 'o' ? Receipt::orderNo : Receipt::guid;
        byte[] prefix = utf8(receiptKey(by, owner, value));
        return reading(options -> {
            List<Receipt> out = new ArrayList<>();
            try (RocksIterator it = db.newIterator(options)) {
                for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix) && out.size() < limit; it.next()) {
                    // exactly this owner and number: the key is the prefix and the seq, and the receipt says so
                    if (it.key().length == prefix.length + 16) {
                        Receipt r = receiptAt(options, owner, it.key(), it.value());
                        if (r != null && value.equals(field.apply(r))) {
                            out.add(r);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The owner's tax bills for the copNo or invtNo (the first given), oldest first; their billJson is null. */
    List<StoredTaxBill> readTaxBills(String owner, String copNo, String invtNo, int limit) {
        return reading(options -> {
            List<StoredTaxBill> out = new ArrayList<>();
            if (copNo == null) {
                byte[] v = get(options, "t|" + invtNo);
                if (v != null) {
                    StoredTaxBill b = RocksCodec.taxBill(v).row();
                    if (owner.equals(b.owner())) {
                        out.add(b);
                    }
                }
                return out;
            }
            Set<String> invtNos = new java.util.LinkedHashSet<>();
            // the bill of the owner's own list of that copNo, and those found by their own keys
            byte[] state = get(options, listKey(owner, copNo));
            if (state != null) {
                String listed = RocksCodec.list(state, null).list().invtNo();
                if (listed != null) {
                    invtNos.add(listed);
                }
            }
            byte[] prefix = utf8(billKey(owner, copNo));
            try (RocksIterator it = db.newIterator(options)) {
                for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                    invtNos.add(new String(it.value(), StandardCharsets.UTF_8));
                }
            }
            for (String n : invtNos) {
                byte[] v = get(options, "t|" + n);
                if (v != null) {
                    StoredTaxBill b = RocksCodec.taxBill(v).row();
                    if (owner.equals(b.owner()) && copNo.equals(b.copNo())) {
                        out.add(b);
                    }
                }
            }
            out.sort(Comparator.comparing(StoredTaxBill::issuedAt));
            return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
        });
    }

    /**
     * What the CEB816 message of a bill needs: the bill's figures as stored (its lines with gnum, commodity code,
     * dutiable price and the three taxes) and the list's inventory, read again from its CEB621 message.
     */
    Optional<CbecReads.BillDetail> readBillDetail(String invtNo) {
        return reading(options -> {
            byte[] stored = get(options, "t|" + invtNo);
            RocksCodec.Bill bill = stored == null ? null : RocksCodec.taxBill(stored);
            String listKey = listKeyOf(options, invtNo, bill);
            byte[] state = listKey == null ? null : get(options, listKey);
            if (bill == null || state == null) {
                return Optional.empty();
            }
            RocksCodec.Where where = RocksCodec.where(state);
            byte[] message = get(options, "m|" + where.messageGuid());
            if (message == null) {
                return Optional.empty();
            }
            Inventory inventory = ((Ceb621Message) parse(decodeMessage(where.messageGuid(), message))).inventories()
                    .get(where.position());
            return Optional.of(new CbecReads.BillDetail(bill.bill(), inventory));
        });
    }

    /** A message as received, if it was and is written: its body in whichever form it is kept ({@link CbecService.Body}). */
    Optional<byte[]> readMessageBody(String guid) {
        return reading(options -> {
            byte[] v = get(options, "m|" + guid);
            return v == null ? Optional.<byte[]>empty() : Optional.of(decodeMessage(guid, v).body().inflate());
        });
    }

    /**
     * The key of the list released as {@code invtNo}: as its bill ({@code t|invtNo}, or null) says, or under
     * {@code i|invtNo} (lists released before 2026-11-28); null when there is none.
     */
    private String listKeyOf(ReadOptions options, String invtNo, RocksCodec.Bill bill) {
        String key = bill == null ? null : bill.listKey();
        if (key == null) {
            byte[] v = get(options, "i|" + invtNo);
            key = v == null ? null : new String(v, StandardCharsets.UTF_8);
        }
        return key;
    }

    /** One officer's counter: what is counted (empty for the volumes), today's count and the total. */
    record Counter(String metric, String counted, long today, long total) {
    }

    /** Every counter with a total, with its count on the China day {@code today}. */
    List<Counter> readCounters(LocalDate today) {
        return reading(options -> {
            Map<String, long[]> by = new LinkedHashMap<>();
            byte[] totals = utf8("C|t|");
            byte[] day = utf8("C|d|" + today + "|");
            try (RocksIterator it = db.newIterator(options)) {
                for (it.seek(totals); it.isValid() && startsWith(it.key(), totals); it.next()) {
                    by.computeIfAbsent(rest(it.key(), totals.length), k -> new long[2])[1] = uint64(it.value());
                }
                for (it.seek(day); it.isValid() && startsWith(it.key(), day); it.next()) {
                    by.computeIfAbsent(rest(it.key(), day.length), k -> new long[2])[0] = uint64(it.value());
                }
            }
            List<Counter> out = new ArrayList<>(by.size());
            by.forEach((k, n) -> {
                int bar = k.indexOf('|');
                out.add(new Counter(k.substring(0, bar), k.substring(bar + 1), n[0], n[1]));
            });
            return out;
        });
    }

    private static String rest(byte[] key, int from) {
        return new String(key, from, key.length - from, StandardCharsets.UTF_8);
    }

    /** The lists waiting now: {@code [received since dayStart, all]}, counted by their keys (time-ordered). */
    long[] readPending(OffsetDateTime dayStart) {
        return reading(options -> {
            byte[] prefix = utf8("P|");
            try (RocksIterator it = db.newIterator(options)) {
                long all = 0;
                for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                    all++;
                }
                long today = 0;
                for (it.seek(utf8("P|" + micros(dayStart))); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                    today++;
                }
                return new long[] {today, all};
            }
        });
    }

    // --- the pages' reads (request threads) ---

    /**
     * A list as the pages show it: its state, what they show of its inventory, its tax bill (null unless one was
     * issued) and the returnInfo of its latest refusal receipt (null unless it is refused).
     */
    record PageList(StoredList list, RocksCodec.Summary summary, StoredTaxBill bill, String refusal) {
    }

    /** The buyer's lists, newest first. */
    List<PageList> readListsOfPerson(String personKey, int limit) {
        return reading(options -> pageLists(options, "b|" + personKey + "|", l -> personKey.equals(l.personKey()),
                limit));
    }

    /**
     * The lists an enterprise takes part in (platform, agent or logistics company), newest first; only those of the
     * status and those whose copNo, orderNo, invtNo or waybill number is {@code number}, when given.
     */
    List<PageList> readListsOfEnterprise(String code, String status, String number, int limit) {
        java.util.function.Predicate<StoredList> wanted = l -> (status == null || status.equals(l.status()))
                && (number == null || number.equals(l.copNo()) || number.equals(l.orderNo())
                || number.equals(l.invtNo()) || number.equals(l.logisticsNo()));
        return reading(options -> {
            List<PageList> out = new ArrayList<>();
            byte[] blocks = utf8("G|" + code + "|");
            try (RocksIterator it = db.newIterator(options)) {
                for (it.seek(blocks); it.isValid() && startsWith(it.key(), blocks) && out.size() < limit; it.next()) {
                    // newest first within the block too: its entries begin with their time counting down
                    List<String> entries = new ArrayList<>(RocksCodec.pageEntries(it.value()));
                    java.util.Collections.sort(entries);
                    for (int i = 0; i < entries.size() && out.size() < limit; i++) {
                        PageList p = pageList(options, entries.get(i), wanted);
                        if (p != null) {
                            out.add(p);
                        }
                    }
                }
            }
            // then those of lists stored before 2026-11-28, a key each, all older
            out.addAll(pageLists(options, "E|" + code + "|", wanted, limit - out.size()));
            return out;
        });
    }

    /** The lists under {@code prefix|newestFirst|agent|copNo} that {@code wanted} takes, up to {@code limit}. */
    private List<PageList> pageLists(ReadOptions options, String prefix, java.util.function.Predicate<StoredList> wanted,
                                     int limit) {
        List<PageList> out = new ArrayList<>();
        byte[] p = utf8(prefix);
        try (RocksIterator it = db.newIterator(options)) {
            for (it.seek(p); it.isValid() && startsWith(it.key(), p) && out.size() < limit; it.next()) {
                PageList l = pageList(options, rest(it.key(), p.length), wanted);
                if (l != null) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /** The list of a page's entry ({@link #pageEntry}), if it is still the list there and {@code wanted} takes it. */
    private PageList pageList(ReadOptions options, String entry, java.util.function.Predicate<StoredList> wanted) {
        if (entry.length() < 18 || entry.charAt(16) != '|') {
            return null;
        }
        String time = entry.substring(0, 16);
        byte[] state = get(options, "l|" + entry.substring(17));
        if (state == null) {
            return null;
        }
        RocksCodec.ListState stored = RocksCodec.list(state, null);
        StoredList l = stored.list();
        // an entry left by a list since replaced under its number is not the list there now
        if (!time.equals(newestFirst(l.receivedAt())) || !wanted.test(l)) {
            return null;
        }
        RocksCodec.Summary summary = stored.summary();
        if (summary == null) {
            byte[] kept = get(options, "s|" + entry.substring(17));
            summary = kept == null ? null : RocksCodec.summary(kept);
        }
        StoredTaxBill bill = null;
        if (l.invtNo() != null) {
            byte[] b = get(options, "t|" + l.invtNo());
            bill = b == null ? null : RocksCodec.taxBill(b).row();
        }
        return new PageList(l, summary, bill, "REFUSED".equals(l.status()) ? lastRefusal(options, l) : null);
    }

    /**
     * The list numbered {@code number}, read from a snapshot (any thread): its invtNo, else its copNo under one of
     * the agents. The list without its inventory.
     */
    Optional<StoredList> readListByNumber(String number, Collection<String> agentCodes) {
        return reading(options -> {
            List<String> keys = new ArrayList<>();
            byte[] bill = get(options, "t|" + number);
            String byInvt = listKeyOf(options, number, bill == null ? null : RocksCodec.taxBill(bill));
            if (byInvt != null) {
                keys.add(byInvt);
            }
            agentCodes.forEach(a -> keys.add(listKey(a, number)));
            for (String k : keys) {
                byte[] state = get(options, k);
                if (state != null) {
                    return Optional.of(RocksCodec.list(state, null).list());
                }
            }
            return Optional.<StoredList>empty();
        });
    }

    /** The returnInfo of the list's latest refusal receipt (CEB622, 100) to its sender. */
    private String lastRefusal(ReadOptions options, StoredList l) {
        byte[] prefix = utf8(receiptKey('c', l.senderCode(), l.copNo()));
        String info = null;
        try (RocksIterator it = db.newIterator(options)) {
            for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                if (it.key().length == prefix.length + 16) {
                    Receipt r = receiptAt(options, l.senderCode(), it.key(), it.value());
                    if (r != null && r.type() == CebMessageType.CEB622 && "100".equals(r.returnStatus())
                            && l.copNo().equals(r.copNo())) {
                        info = r.returnInfo();
                    }
                }
            }
        }
        return info;
    }

    /** The receipts of the documents the owner sent, newest first: those in blocks, then those kept alone before. */
    List<Receipt> readReceiptsOf(String owner, int limit) {
        byte[] blocks = utf8("K|" + owner + "|");
        byte[] alone = utf8("Q|" + owner + "|");
        return reading(options -> {
            List<Receipt> out = new ArrayList<>();
            try (RocksIterator it = db.newIterator(options)) {
                for (it.seek(blocks); it.isValid() && startsWith(it.key(), blocks) && out.size() < limit; it.next()) {
                    List<Receipt> block = RocksCodec.receipts(it.value());
                    for (int i = block.size() - 1; i >= 0 && out.size() < limit; i--) {
                        out.add(block.get(i));
                    }
                }
                for (it.seek(alone); it.isValid() && startsWith(it.key(), alone) && out.size() < limit; it.next()) {
                    out.add(RocksCodec.receipt(it.value()));
                }
            }
            return out;
        });
    }

    /** The buyer's usage of the CBEC allowance in the period (a calendar year), null when none is recorded. */
    BigDecimal readUsage(String personKey, String period) {
        return reading(options -> {
            byte[] v = get(options, RocksLedger.usageKey(org.importwindow.allowance.AllowanceScheme.CBEC_RETAIL_IMPORT,
                    personKey, period));
            return v == null ? null : RocksCodec.usage(v);
        });
    }
}
