package org.importwindow.server.traceability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongConsumer;
import org.importwindow.traceability.epcis.BizTransaction;
import org.importwindow.traceability.epcis.EpcisEvent;
import org.importwindow.traceability.epcis.EpcisQuery;
import org.importwindow.traceability.epcis.EventHash;
import org.importwindow.traceability.epcis.Identifiers;
import org.importwindow.traceability.epcis.QuantityElement;
import org.importwindow.traceability.epcis.SourceDestination;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import tools.jackson.databind.json.JsonMapper;

/**
 * EPCIS events in RocksDB, an embedded log-structured store ({@code importwindow.epcis.store=rocksdb}, the default,
 * in {@code importwindow.epcis.rocksdb-dir}). On H2 every event cost 15 to 20 B-tree insertions and capture stopped at
 * about 8,000 events a second (docs/traceability-benchmark.md); here a capture is one synced write batch of keys.
 *
 * <p>Keys (one byte of kind, then the parts; strings UTF-8 ended by a zero byte, event numbers 8 bytes big-endian so
 * they sort):
 * <ul>
 *   <li>{@code e seq} the event ({@link StoredEventCodec}), {@code j seq} its JSON-LD; {@code h hash} and {@code i eventID} its number, the
 *       second only for an eventID the capture gave (else the event is named by its hash; see {@link #hashKey});</li>
 *   <li>{@code x identifier 0 seq role} every identifier of the event, canonical, with the lot class it was sent with
 *       as value: the identifiers of a product (GTIN class, its lots and serials) share a key prefix, so a product
 *       or a lot is one range of keys; {@code l lotClass 0 seq role identifier} only for a serial sent with its lot,
 *       whose canonical form drops the lot;</li>
 *   <li>{@code t time seq} by event time, {@code L location 0 seq} by business location, {@code r readPoint 0 seq},
 *       {@code b type 0 value 0 seq} by business transaction, {@code s location 0 step} which steps a location has
 *       seen (a recall asks whether a party sells to consumers), {@code n} how many events there are.</li>
 * </ul>
 * A query is answered from the index of its most selective parameter (event ids, identifiers, business transaction,
 * location, read point, time, in that order; else every event in capture order), each candidate then tested against
 * the whole query by {@link EpcisQuery#test}, the same predicate that defines the query's meaning.
 *
 * <p>Captures are written one at a time (a lock around the duplicate check, numbering and the synced write): two
 * captures of the same event in flight cannot both store it, and an eventID cannot go to two events.
 */
public final class RocksEpcisStore implements EpcisStore, AutoCloseable {
    private static final byte EVENT = 'e';
    private static final byte JSON = 'j';
    private static final byte HASH = 'h';
    private static final byte ID = 'i';
    private static final byte IDENTIFIER = 'x';
    private static final byte LOT = 'l';
    private static final byte TIME = 't';
    private static final byte LOCATION = 'L';
    private static final byte READ_POINT = 'r';
    private static final byte TRANSACTION = 'b';
    private static final byte STEP = 's';
    private static final byte[] COUNT = {'n'};
    private static final String HASH_START = "ni:///sha-256;";
    private static final String HASH_END = "?ver=CBV2.0";
    private static final int HASH_TEXT = HASH_START.length() + 64 + HASH_END.length();
    private static final byte[] NOTHING = new byte[0];
    private static final EpcisEvent.Role[] ROLES = EpcisEvent.Role.values();
    /** Events read per multi-get. */
    private static final int READ_BATCH = 256;

    private final JsonMapper json;
    private final Options options;
    private final WriteOptions sync;
    private final RocksDB db;
    private final ReentrantLock writer = new ReentrantLock();
    /** Readers and the writer hold its read lock while they use {@link #db}; {@link #close} takes its write lock. */
    private final ReentrantReadWriteLock open = new ReentrantReadWriteLock();
    private boolean closed;
    private long lastSeq;
    /**
     * The (location, step) pairs whose key this process has written (under {@link #writer}): a shop's thousands of
     * sales write its key once. Emptied when large; writing a key again is harmless.
     */
    private final Set<String> seenSteps = new HashSet<>();
    private volatile long count;

    public RocksEpcisStore(Path dir, JsonMapper json) {
        this.json = json;
        try {
            Files.createDirectories(dir);
            // Most point reads ask for keys that are not there (a new event's hash): Bloom filters answer those
            // without reading files. The events' JSON-LD (about 500 bytes) goes to blob files, out of the LSM tree:
            // compaction then rewrites only the index keys and the events' binary form (about 300 bytes, under the
            // blob size, so a trace reads them from the tree's cached blocks).
            this.options = new Options().setCreateIfMissing(true).setIncreaseParallelism(2)
                    .setCompressionType(CompressionType.LZ4_COMPRESSION)
                    .setTableFormatConfig(new BlockBasedTableConfig().setFilterPolicy(new BloomFilter(10, false)))
                    .setEnableBlobFiles(true)
                    .setMinBlobSize(512)
                    .setBlobCompressionType(CompressionType.LZ4_COMPRESSION)
                    .setWriteBufferSize(128L << 20)
                    // the memory tables' own Bloom filter: a new event's hash is a miss there too
                    .setMemtablePrefixBloomSizeRatio(0.05)
                    .setMemtableWholeKeyFiltering(true)
                    .setLevel0FileNumCompactionTrigger(8);
            this.db = RocksDB.open(options, dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RocksDBException e) {
            throw new IllegalStateException("cannot open the EPCIS RocksDB store at " + dir + ": " + e.getMessage(), e);
        }
        this.sync = new WriteOptions().setSync(true);
        try (RocksIterator it = db.newIterator()) {
            it.seekForPrev(new byte[] {EVENT, (byte) 0xff});
            lastSeq = it.isValid() && it.key()[0] == EVENT ? ByteBuffer.wrap(it.key(), 1, 8).getLong() : 0;
        }
        byte[] n = get(COUNT);
        this.count = n == null ? 0 : ByteBuffer.wrap(n).getLong();
    }

    // --- capture ---

    @Override
    public Stored store(List<EpcisEvent> events, String capturedBy, String captureId, OffsetDateTime recordTime) {
        Map<String, EpcisEvent> byHash = new LinkedHashMap<>();
        List<String> eventHashes = new ArrayList<>(events.size());
        for (EpcisEvent e : events) {
            String hash = EventHash.of(e);
            byHash.putIfAbsent(hash, e.withIdAndRecordTime(e.eventID() == null ? hash : e.eventID(), recordTime));
            eventHashes.add(hash);
        }
        // the values are made before taking the lock: only the checks and the write are one at a time
        Map<String, StoredEvent> stored = new LinkedHashMap<>();
        Map<String, byte[]> values = new HashMap<>();
        Map<String, byte[]> documents = new HashMap<>();
        Map<String, Map<String, String>> lots = new HashMap<>();
        for (Map.Entry<String, EpcisEvent> h : byHash.entrySet()) {
            Map<String, String> lotOf = new HashMap<>();
            StoredEvent s = summary(h.getValue(), h.getKey(), capturedBy, lotOf);
            stored.put(h.getKey(), s);
            lots.put(h.getKey(), lotOf);
            values.put(h.getKey(), StoredEventCodec.encode(s));
            documents.put(h.getKey(), json.writeValueAsBytes(h.getValue().json()));
        }
        open.readLock().lock();
        writer.lock();
        try {
            ensureOpen();
            Map<String, String> existing = new HashMap<>();
            List<String> hashes = new ArrayList<>(byHash.keySet());
            List<Long> seqs = seqsOf(HASH, hashes);
            Map<Long, StoredEvent> found = events(seqs.stream().filter(s -> s != null).toList(), false);
            for (int i = 0; i < hashes.size(); i++) {
                if (seqs.get(i) != null) {
                    existing.put(hashes.get(i), found.get(seqs.get(i)).eventId());
                }
            }
            checkEventIds(events, eventHashes);
            List<String> ids = eventHashes.stream().map(h -> existing.getOrDefault(h, byHash.get(h).eventID()))
                    .toList();
            long seq = lastSeq;
            int added = 0;
            try (WriteBatch batch = new WriteBatch()) {
                for (Map.Entry<String, StoredEvent> h : stored.entrySet()) {
                    if (!existing.containsKey(h.getKey())) {
                        seq++;
                        added++;
                        batch.put(key(JSON, seq), documents.get(h.getKey()));
                        index(batch, seq, h.getValue(), values.get(h.getKey()),
                                !h.getValue().eventId().equals(h.getKey()), lots.get(h.getKey()));
                    }
                }
                batch.put(COUNT, ByteBuffer.allocate(8).putLong(count + added).array());
                db.write(sync, batch);
            } catch (RocksDBException e) {
                seenSteps.clear();
                throw new IllegalStateException("the EPCIS store could not write the capture: " + e.getMessage(), e);
            }
            lastSeq = seq;
            count += added;
            return new Stored(ids, events.size() - added);
        } finally {
            writer.unlock();
            open.readLock().unlock();
        }
    }

    /**
     * The event as the store keeps it: identifiers once per role, every identifier canonical. The lot class of each
     * (into {@code lotOf}) is taken from the identifier as sent, since the canonical form of a serial drops the lot a
     * Digital Link may carry with it.
     */
    private static StoredEvent summary(EpcisEvent e, String hash, String capturedBy, Map<String, String> lotOf) {
        Set<String> seen = new HashSet<>();
        List<StoredEvent.Named> ids = new ArrayList<>();
        for (EpcisEvent.Identified id : e.identifiers()) {
            String c = Identifiers.canonical(id.identifier());
            if (seen.add(id.role() + " " + c)) {
                ids.add(new StoredEvent.Named(id.role().name(), c));
                String lot = Identifiers.lotClassOf(id.identifier());
                if (lot != null) {
                    lotOf.putIfAbsent(c, lot);
                }
            }
        }
        List<StoredEvent.Transaction> txs = new ArrayList<>();
        for (BizTransaction t : e.bizTransactionList()) {
            txs.add(new StoredEvent.Transaction(t.type(), Identifiers.canonical(t.value())));
        }
        List<StoredEvent.Party> parties = new ArrayList<>();
        for (SourceDestination s : e.sourceList()) {
            parties.add(new StoredEvent.Party("S", s.type(), Identifiers.canonical(s.id())));
        }
        for (SourceDestination d : e.destinationList()) {
            parties.add(new StoredEvent.Party("D", d.type(), Identifiers.canonical(d.id())));
        }
        List<StoredEvent.Quantity> qs = new ArrayList<>();
        quantities(qs, EpcisEvent.Role.QUANTITY, e.quantityList());
        quantities(qs, EpcisEvent.Role.CHILD_QUANTITY, e.childQuantityList());
        quantities(qs, EpcisEvent.Role.INPUT_QUANTITY, e.inputQuantityList());
        quantities(qs, EpcisEvent.Role.OUTPUT_QUANTITY, e.outputQuantityList());
        return new StoredEvent(0, e.eventID(), hash, e.type().name(), e.eventTime(), e.recordTime(), e.action(),
                e.bizStep(), e.disposition(), Identifiers.canonical(e.readPoint()),
                Identifiers.canonical(e.bizLocation()), capturedBy, ids, txs, parties, qs);
    }

    private static void quantities(List<StoredEvent.Quantity> out, EpcisEvent.Role role, List<QuantityElement> list) {
        for (QuantityElement q : list) {
            out.add(new StoredEvent.Quantity(role.name(), Identifiers.canonical(q.epcClass()), q.quantity(), q.uom()));
        }
    }

    private void index(WriteBatch b, long seq, StoredEvent e, byte[] value, boolean idGiven,
                       Map<String, String> lotOf) throws RocksDBException {
        b.put(key(EVENT, seq), value);
        b.put(hashKey(e.hash()), seqBytes(seq));
        if (idGiven) {
            b.put(key(ID, e.eventId()), seqBytes(seq));
        }
        b.put(ByteBuffer.allocate(17).put(TIME).putLong(micros(e.eventTime()) ^ Long.MIN_VALUE).putLong(seq).array(),
                NOTHING);
        if (e.bizLocation() != null) {
            b.put(key(LOCATION, seq, e.bizLocation()), NOTHING);
            if (seenSteps.size() > 100_000) {
                seenSteps.clear();
            }
            if (e.bizStep() != null && seenSteps.add(e.bizLocation() + '\n' + e.bizStep())) {
                b.put(key(STEP, e.bizLocation(), e.bizStep()), NOTHING);
            }
        }
        if (e.readPoint() != null) {
            b.put(key(READ_POINT, seq, e.readPoint()), NOTHING);
        }
        for (StoredEvent.Transaction t : e.bizTransactions()) {
            b.put(key(TRANSACTION, seq, String.valueOf(t.type()), t.value()), NOTHING);
        }
        for (StoredEvent.Named n : e.identifiers()) {
            byte role = (byte) EpcisEvent.Role.valueOf(n.role()).ordinal();
            // the value is the lot class the identifier was sent with; a product's identifiers share the key prefix
            // of its GTIN class, so a product or lot needs no key of its own...
            String lot = lotOf.get(n.identifier());
            b.put(withRole(key(IDENTIFIER, seq, n.identifier()), role, null), lot == null ? NOTHING : utf8(lot));
            // ...except a serial sent with its lot (a Digital Link's /10/), whose canonical form drops the lot
            if (lot != null && !lot.equals(n.identifier())) {
                b.put(withRole(key(LOT, seq, lot), role, n.identifier()), utf8(lot));
            }
        }
    }

    /** An eventID names one event: refused when another event (another hash) has it, stored or in this capture. */
    private void checkEventIds(List<EpcisEvent> events, List<String> eventHashes) {
        GivenEventIds given = new GivenEventIds(events, eventHashes);
        List<String> ids = given.ids();
        if (!ids.isEmpty()) {
            List<Long> byId = seqsOf(ID, ids);
            // an event stored without eventID is named by its hash
            List<Long> byHash = seqsOf(HASH, ids);
            List<Long> all = new ArrayList<>(byId);
            all.addAll(byHash);
            Map<Long, StoredEvent> found = events(all.stream().filter(s -> s != null).toList(), false);
            for (int k = 0; k < ids.size(); k++) {
                StoredEvent other = byId.get(k) != null ? found.get(byId.get(k))
                        : byHash.get(k) != null && found.get(byHash.get(k)).eventId().equals(ids.get(k))
                        ? found.get(byHash.get(k)) : null;
                if (other != null) {
                    given.heldBy(ids.get(k), other.hash());
                }
            }
        }
        given.refuseIfTaken();
    }

    // --- reads ---

    @Override
    public Optional<String> eventJson(String eventId) {
        return read(() -> {
            Long seq = seqsOf(ID, List.of(eventId)).get(0);
            if (seq == null) {
                Long named = seqsOf(HASH, List.of(eventId)).get(0);
                StoredEvent e = named == null ? null : events(List.of(named), false).get(named);
                seq = e != null && e.eventId().equals(eventId) ? named : null;
            }
            byte[] value = seq == null ? null : get(key(JSON, seq));
            return Optional.ofNullable(value).map(v -> new String(v, StandardCharsets.UTF_8));
        });
    }

    @Override
    public Page query(EpcisQuery q) {
        return read(() -> {
            List<String> out = new ArrayList<>();
            long[] last = new long[1];
            boolean[] more = new boolean[1];
            Candidates candidates = candidates(q);
            List<Long> chunk = new ArrayList<>(READ_BATCH);
            LongConsumer take = seq -> {
                chunk.add(seq);
            };
            if (candidates.seqs != null) {
                for (Long seq : candidates.seqs.tailSet(q.after(), false)) {
                    take.accept(seq);
                    if (chunk.size() == READ_BATCH && page(q, chunk, out, last, more)) {
                        break;
                    }
                }
            } else {
                try (RocksIterator it = db.newIterator()) {
                    for (it.seek(key(EVENT, q.after() + 1)); it.isValid() && it.key()[0] == EVENT; it.next()) {
                        take.accept(ByteBuffer.wrap(it.key(), 1, 8).getLong());
                        if (chunk.size() == READ_BATCH && page(q, chunk, out, last, more)) {
                            break;
                        }
                    }
                }
            }
            if (!more[0] && !chunk.isEmpty()) {
                page(q, chunk, out, last, more);
            }
            return new Page(out, more[0] ? EpcisQuery.token(last[0]) : null);
        });
    }

    /**
     * Tests a chunk of candidates in order and adds those answering to the page; true when the page is full and one
     * more event answers (so there is a next page).
     */
    private boolean page(EpcisQuery q, List<Long> chunk, List<String> out, long[] last, boolean[] more) {
        List<byte[]> values = multiGet(chunk.stream().map(s -> key(EVENT, s)).toList());
        List<Long> answering = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            byte[] v = values.get(i);
            if (v == null || !q.test(queryable(StoredEventCodec.decode(chunk.get(i), v, true)))) {
                continue;
            }
            if (out.size() + answering.size() == q.perPage()) {
                more[0] = true;
                break;
            }
            answering.add(chunk.get(i));
        }
        List<byte[]> documents = multiGet(answering.stream().map(s -> key(JSON, s)).toList());
        for (int i = 0; i < answering.size(); i++) {
            out.add(new String(documents.get(i), StandardCharsets.UTF_8));
            last[0] = answering.get(i);
        }
        chunk.clear();
        return more[0];
    }

    /** The event numbers a query's most selective indexed parameter allows, or null for every event. */
    private record Candidates(TreeSet<Long> seqs) {
    }

    private Candidates candidates(EpcisQuery q) {
        if (!q.eventIds().isEmpty()) {
            TreeSet<Long> s = new TreeSet<>();
            seqsOf(ID, q.eventIds()).stream().filter(x -> x != null).forEach(s::add);
            seqsOf(HASH, q.eventIds()).stream().filter(x -> x != null).forEach(s::add);
            return new Candidates(s);
        }
        for (List<EpcisQuery.Match> matches : List.of(q.matchEpc(), q.matchParentId(), q.matchInputEpc(),
                q.matchOutputEpc(), q.matchAnyEpc(), q.matchEpcClass(), q.matchAnyEpcClass())) {
            if (!matches.isEmpty()) {
                TreeSet<Long> s = new TreeSet<>();
                for (EpcisQuery.Match m : matches) {
                    if (!m.prefix()) {
                        scan(prefix(IDENTIFIER, m.value()), s::add);
                    } else {
                        // a pattern (also a GTIN class: its lots and serials): every identifier starting with it (the
                        // key's zero byte ends the identifier)
                        byte[] p = Arrays.copyOf(prefix(IDENTIFIER, m.value()), utf8(m.value()).length + 1);
                        scanPattern(p, s::add);
                    }
                }
                return new Candidates(s);
            }
        }
        if (!q.bizTransactions().isEmpty()) {
            Map.Entry<String, List<String>> t = q.bizTransactions().entrySet().iterator().next();
            TreeSet<Long> s = new TreeSet<>();
            for (String value : t.getValue()) {
                scan(prefix(TRANSACTION, t.getKey(), value), s::add);
            }
            return new Candidates(s);
        }
        if (!q.bizLocations().isEmpty() || !q.readPoints().isEmpty()) {
            boolean location = !q.bizLocations().isEmpty();
            TreeSet<Long> s = new TreeSet<>();
            for (String l : location ? q.bizLocations() : q.readPoints()) {
                scan(prefix(location ? LOCATION : READ_POINT, l), s::add);
            }
            return new Candidates(s);
        }
        if (q.geEventTime() != null || q.ltEventTime() != null) {
            TreeSet<Long> s = new TreeSet<>();
            long from = q.geEventTime() == null ? Long.MIN_VALUE : micros(q.geEventTime());
            long to = q.ltEventTime() == null ? Long.MAX_VALUE : micros(q.ltEventTime());
            try (RocksIterator it = db.newIterator()) {
                for (it.seek(ByteBuffer.allocate(9).put(TIME).putLong(from ^ Long.MIN_VALUE).array());
                     it.isValid() && it.key()[0] == TIME; it.next()) {
                    ByteBuffer k = ByteBuffer.wrap(it.key(), 1, 16);
                    if ((k.getLong() ^ Long.MIN_VALUE) > to) {
                        break;
                    }
                    s.add(k.getLong());
                }
            }
            return new Candidates(s);
        }
        return new Candidates(null);
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public long version() {
        return count;
    }

    @Override
    public List<IdentifierRow> identifierRows(String gtinClass, Collection<String> lotClasses) {
        return read(() -> {
            List<IdentifierRow> out = new ArrayList<>();
            if (gtinClass != null) {
                // every identifier of the product: the class itself, its lots and serials
                identifierRows(Arrays.copyOf(prefix(IDENTIFIER, gtinClass), utf8(gtinClass).length + 1), out);
            } else if (lotClasses != null) {
                for (String lot : lotClasses) {
                    identifierRows(prefix(IDENTIFIER, lot), out);
                    byte[] p = prefix(LOT, lot);
                    try (RocksIterator it = db.newIterator()) {
                        for (it.seek(p); it.isValid() && startsWith(it.key(), p); it.next()) {
                            byte[] k = it.key();
                            ByteBuffer b = ByteBuffer.wrap(k, p.length, 9);
                            long seq = b.getLong();
                            String role = ROLES[b.get()].name();
                            out.add(new IdentifierRow(seq, role, new String(k, p.length + 9, k.length - p.length - 9,
                                    StandardCharsets.UTF_8), lot));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The identifier keys starting with the prefix, as rows (identifier, number, role; the lot class as value). */
    private void identifierRows(byte[] prefix, List<IdentifierRow> out) {
        try (RocksIterator it = db.newIterator()) {
            for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                byte[] k = it.key();
                int zero = prefix.length - 1;
                while (k[zero] != 0) {
                    zero++;
                }
                ByteBuffer b = ByteBuffer.wrap(k, zero + 1, 9);
                long seq = b.getLong();
                byte[] v = it.value();
                out.add(new IdentifierRow(seq, ROLES[b.get()].name(), new String(k, 1, zero - 1,
                        StandardCharsets.UTF_8), v.length == 0 ? null : new String(v, StandardCharsets.UTF_8)));
            }
        }
    }

    @Override
    public Set<Long> eventsNaming(Collection<String> identifiers) {
        return read(() -> {
            Set<Long> out = new HashSet<>();
            for (String id : identifiers) {
                scan(prefix(IDENTIFIER, id), out::add);
            }
            return out;
        });
    }

    @Override
    public Map<Long, StoredEvent> events(Collection<Long> seqs, boolean withQuantities) {
        return read(() -> {
            Map<Long, StoredEvent> out = new HashMap<>();
            List<Long> all = List.copyOf(seqs);
            for (int from = 0; from < all.size(); from += READ_BATCH) {
                List<Long> part = all.subList(from, Math.min(all.size(), from + READ_BATCH));
                List<byte[]> values = multiGet(part.stream().map(s -> key(EVENT, s)).toList());
                for (int i = 0; i < part.size(); i++) {
                    if (values.get(i) != null) {
                        out.put(part.get(i), StoredEventCodec.decode(part.get(i), values.get(i), withQuantities));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Set<String> locationsWithStep(Collection<String> locations, String bizStep) {
        return read(() -> {
            Set<String> out = new HashSet<>();
            for (String l : locations) {
                if (get(key(STEP, l, bizStep)) != null) {
                    out.add(l);
                }
            }
            return out;
        });
    }

    /** The stored event as {@link EpcisQuery#test} reads it (no JSON, no sensor data: a query does not ask them). */
    private static EpcisEvent queryable(StoredEvent s) {
        Map<EpcisEvent.Role, List<String>> byRole = new HashMap<>();
        for (StoredEvent.Named n : s.identifiers()) {
            byRole.computeIfAbsent(EpcisEvent.Role.valueOf(n.role()), k -> new ArrayList<>()).add(n.identifier());
        }
        Map<String, List<QuantityElement>> qs = new HashMap<>();
        for (StoredEvent.Quantity q : s.quantities()) {
            qs.computeIfAbsent(q.role(), k -> new ArrayList<>()).add(new QuantityElement(q.epcClass(), q.amount(),
                    q.uom()));
        }
        List<String> parent = byRole.getOrDefault(EpcisEvent.Role.PARENT, List.of());
        return new EpcisEvent(org.importwindow.traceability.epcis.EventType.valueOf(s.type()), s.eventTime(), null,
                s.recordTime(), s.eventId(), s.action(), s.bizStep(), s.disposition(), s.readPoint(), s.bizLocation(),
                byRole.getOrDefault(EpcisEvent.Role.EPC, List.of()), parent.isEmpty() ? null : parent.get(0),
                byRole.getOrDefault(EpcisEvent.Role.CHILD, List.of()),
                byRole.getOrDefault(EpcisEvent.Role.INPUT, List.of()),
                byRole.getOrDefault(EpcisEvent.Role.OUTPUT, List.of()), qs.getOrDefault("QUANTITY", List.of()),
                qs.getOrDefault("CHILD_QUANTITY", List.of()), qs.getOrDefault("INPUT_QUANTITY", List.of()),
                qs.getOrDefault("OUTPUT_QUANTITY", List.of()),
                s.bizTransactions().stream().map(t -> new BizTransaction(t.type(), t.value())).toList(),
                s.parties().stream().filter(p -> p.kind().equals("S"))
                        .map(p -> new SourceDestination(p.type(), p.id())).toList(),
                s.parties().stream().filter(p -> p.kind().equals("D"))
                        .map(p -> new SourceDestination(p.type(), p.id())).toList(),
                null, null, null, null, null, null, Map.of(), Map.of());
    }

    // --- keys ---

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] seqBytes(long seq) {
        return ByteBuffer.allocate(8).putLong(seq).array();
    }

    private static byte[] key(byte kind, long seq) {
        return ByteBuffer.allocate(9).put(kind).putLong(seq).array();
    }

    /** kind, each part and a zero byte. */
    private static byte[] prefix(byte kind, String... parts) {
        int n = 1;
        byte[][] bytes = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = utf8(parts[i]);
            n += bytes[i].length + 1;
        }
        ByteBuffer b = ByteBuffer.allocate(n).put(kind);
        for (byte[] p : bytes) {
            b.put(p).put((byte) 0);
        }
        return b.array();
    }

    private static byte[] key(byte kind, String... parts) {
        return prefix(kind, parts);
    }

    private static byte[] key(byte kind, long seq, String... parts) {
        byte[] p = prefix(kind, parts);
        return ByteBuffer.allocate(p.length + 8).put(p).putLong(seq).array();
    }

    /**
     * The key of an event hash: its 32 bytes of SHA-256 for the hash form this store makes ({@code ni:///sha-256;hex
     * ?ver=CBV2.0}), less than half the text (hashes are random, so every byte of them is paid again in each
     * compaction); any other name (an eventID looked up as a hash) as text, after a different marker.
     */
    static byte[] hashKey(String hash) {
        if (hash.length() == HASH_TEXT && hash.startsWith(HASH_START) && hash.endsWith(HASH_END)) {
            try {
                byte[] digest = java.util.HexFormat.of().parseHex(hash, HASH_START.length(),
                        HASH_START.length() + 64);
                return ByteBuffer.allocate(34).put(HASH).put((byte) 1).put(digest).array();
            } catch (IllegalArgumentException notHex) {
                // falls through to the text form
            }
        }
        byte[] text = utf8(hash);
        return ByteBuffer.allocate(2 + text.length).put(HASH).put((byte) 2).put(text).array();
    }

    private static byte[] withRole(byte[] key, byte role, String identifier) {
        byte[] id = identifier == null ? NOTHING : utf8(identifier);
        return ByteBuffer.allocate(key.length + 1 + id.length).put(key).put(role).put(id).array();
    }

    /** Event time in microseconds (in keys with the sign bit flipped, so that they sort as times do). */
    private static long micros(OffsetDateTime t) {
        return t.toEpochSecond() * 1_000_000 + t.getNano() / 1_000;
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The event numbers right after the prefix, in every key starting with it. */
    private void scan(byte[] prefix, LongConsumer each) {
        try (RocksIterator it = db.newIterator()) {
            for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                each.accept(ByteBuffer.wrap(it.key(), prefix.length, 8).getLong());
            }
        }
    }

    /** As {@link #scan}, for a prefix ending inside an identifier: the number follows the identifier's zero byte. */
    private void scanPattern(byte[] prefix, LongConsumer each) {
        try (RocksIterator it = db.newIterator()) {
            for (it.seek(prefix); it.isValid() && startsWith(it.key(), prefix); it.next()) {
                byte[] k = it.key();
                int zero = prefix.length;
                while (zero < k.length && k[zero] != 0) {
                    zero++;
                }
                if (zero + 9 <= k.length) {
                    each.accept(ByteBuffer.wrap(k, zero + 1, 8).getLong());
                }
            }
        }
    }

    private List<Long> seqsOf(byte kind, List<String> names) {
        List<byte[]> values = multiGet(names.stream().map(n -> kind == HASH ? hashKey(n) : key(kind, n)).toList());
        List<Long> out = new ArrayList<>(names.size());
        for (byte[] v : values) {
            out.add(v == null ? null : ByteBuffer.wrap(v).getLong());
        }
        return out;
    }

    private List<byte[]> multiGet(List<byte[]> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        try {
            return db.multiGetAsList(keys);
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] get(byte[] key) {
        try {
            return db.get(key);
        } catch (RocksDBException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(java.util.function.Supplier<T> r) {
        open.readLock().lock();
        try {
            ensureOpen();
            return r.get();
        } finally {
            open.readLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the EPCIS store is closed");
        }
    }

    /**
     * A consistent copy of the store between two captures, in a new folder {@code epcis-rocksdb-<time>} under
     * {@code parent}: RocksDB's checkpoint (hard links to the immutable files where the file system allows).
     */
    public Path checkpoint(Path parent, OffsetDateTime now) {
        String name = "epcis-rocksdb-" + now.withOffsetSameInstant(java.time.ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'"));
        open.readLock().lock();
        writer.lock();
        try {
            ensureOpen();
            Files.createDirectories(parent);
            Path target = parent.resolve(name);
            for (int n = 2; Files.exists(target); n++) {
                target = parent.resolve(name + "-" + n);
            }
            try (org.rocksdb.Checkpoint c = org.rocksdb.Checkpoint.create(db)) {
                c.createCheckpoint(target.toString());
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RocksDBException e) {
            throw new IllegalStateException("the EPCIS checkpoint failed: " + e.getMessage(), e);
        } finally {
            writer.unlock();
            open.readLock().unlock();
        }
    }

    @Override
    public void close() {
        open.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                db.close();
                sync.close();
                options.close();
            }
        } finally {
            open.writeLock().unlock();
        }
    }
}
