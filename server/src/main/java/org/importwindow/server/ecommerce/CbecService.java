package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.importwindow.ecommerce.CbecRefused;
import org.importwindow.ecommerce.CbecRejection;
import org.importwindow.ecommerce.CbecReturnAccepted;
import org.importwindow.ecommerce.CbecReturnRequest;
import org.importwindow.ecommerce.CbecReturnResult;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.ecommerce.ReturnedLine;
import org.importwindow.ecommerce.clearance.ClearanceDecision;
import org.importwindow.ecommerce.clearance.Finding;
import org.importwindow.ecommerce.clearance.InventoryClearance;
import org.importwindow.ecommerce.message.Ceb311Message;
import org.importwindow.ecommerce.message.Ceb411Message;
import org.importwindow.ecommerce.message.Ceb511Message;
import org.importwindow.ecommerce.message.Ceb621Message;
import org.importwindow.ecommerce.message.Ceb623Message;
import org.importwindow.ecommerce.message.Ceb625Message;
import org.importwindow.ecommerce.message.CebMessage;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.CebTimes;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.InventoryHead;
import org.importwindow.ecommerce.message.InvtCancel;
import org.importwindow.ecommerce.message.InvtRefund;
import org.importwindow.ecommerce.message.InvtRefundItem;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.Ledger;
import org.importwindow.server.ecommerce.CbecProcessor.Now;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the single window does with each CEB message (on the {@link CbecProcessor}'s thread, in its transaction):
 * keeps the documents, decides every inventory list they complete, debits and credits the buyers' allowances, issues
 * tax bills, and writes a receipt for every document to the enterprise that sent it. A message already received
 * (same guid) answers its receipts again and changes nothing.
 *
 * <p>Receipt statuses (spec): 120 stored (documents; a list waiting for its documents), 800 released, 100 refused
 * (returnInfo starting with the spec's error code), 399 concluded (a cancellation or return accepted).
 */
@Service
public class CbecService implements org.springframework.beans.factory.DisposableBean {
    private final CbecEngine engine;
    private final CbecProcessor processor;
    private final CbecProperties properties;
    private final PersonKeys keys;
    private final DirectWork direct;
    private final BufferedWork buffered;
    /** The prototype's RocksDB state of record ({@code importwindow.cbec.store=rocksdb}), else null. */
    private volatile RocksWork rocks;
    /** The API's reads from {@link #rocks} (whichever is open), else null. */
    private final RocksReads rocksReads;
    private final java.util.function.Supplier<RocksWork> openRocks;
    private boolean alone;
    private final TaxBillJson bills;
    private long next;
    private long blockEnd;

    public CbecService(CbecStore store, CbecEngine engine, CbecProcessor processor, CbecProperties properties,
                       PersonKeys keys, JsonMapper json, JdbcClient db, JdbcTemplate jdbc, CbecMeter meter,
                       org.springframework.core.env.Environment env) {
        this.engine = engine;
        this.processor = processor;
        this.properties = properties;
        this.keys = keys;
        this.bills = new TaxBillJson(json);
        this.direct = new DirectWork(store, new KeyedLedger(new JdbcLedger(db, engine.catalogue().parameters()), keys),
                meter);
        this.buffered = new BufferedWork(store, new CachedLedger(db, jdbc, engine.catalogue().parameters()), keys,
                meter);
        // The Kafka runtime decides in its topology and keeps its copies in SQL, whatever the store says.
        boolean kafka = "kafka".equalsIgnoreCase(env.getProperty("importwindow.cbec.runtime", "embedded"));
        String dir = env.getProperty("importwindow.cbec.rocksdb-dir",
                env.getProperty("importwindow.data-dir", "./data") + "/cbec-rocksdb");
        if (!kafka && "rocksdb".equalsIgnoreCase(env.getProperty("importwindow.cbec.store", "rocksdb"))) {
            long memtable = memtableBytes(env.getProperty("importwindow.cbec.rocksdb-memtable-mb", Long.class,
                    RocksWork.MEMTABLE_BYTES >> 20));
            this.openRocks = () -> new RocksWork(java.nio.file.Path.of(dir), json, engine.catalogue().parameters(), keys,
                    meter, RocksWork.RECEIPTS_PER_BLOCK, memtable);
            this.rocks = openRocks.get();
            try {
                CbecStoreGuard.check(db, store, rocks, dir,
                        env.getProperty("importwindow.cbec.copy-sql-into-rocksdb", Boolean.class, true));
            } catch (IllegalStateException e) {
                rocks.close();
                throw e;
            }
        } else {
            if (kafka) {
                CbecStoreGuard.checkKafka(store, dir);
            } else {
                CbecStoreGuard.checkSql(dir);
            }
            this.openRocks = null;
            this.rocks = null;
        }
        this.rocksReads = rocks == null ? null : new RocksReads(() -> rocks);
        if (rocks != null) {
            processor.withoutSqlTransactions();
        }
        processor.listen(new CbecProcessor.GroupListener() {
            @Override
            public void beforeCommit() {
                work().flush();
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> commit() {
                if (rocks != null) {
                    return rocks.flushAsync();
                }
                work().flush();
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }

            @Override
            public void afterRollback() {
                buffered.forget();
                direct.forget();
                if (rocks != null) {
                    rocks.forget();
                }
            }

            @Override
            public void alone(boolean a) {
                alone = a;
            }
        });
    }

    /** With {@code importwindow.cbec.store=rocksdb}: the API's reads from RocksDB; else null (they read SQL). */
    RocksReads rocksReads() {
        return rocksReads;
    }

    /** {@code importwindow.cbec.rocksdb-memtable-mb} in bytes; a size RocksDB cannot use stops the start with why. */
    static long memtableBytes(long mb) {
        if (mb < 1 || mb > 65_536) {
            throw new IllegalStateException("importwindow.cbec.rocksdb-memtable-mb is " + mb
                    + ": RocksDB's memory table must be between 1 and 65536 MB (default "
                    + (RocksWork.MEMTABLE_BYTES >> 20) + ")");
        }
        return mb << 20;
    }

    /** How this task reads and writes: buffered, or straight to the database while a failed group is retried. */
    private CbecWork work() {
        if (rocks != null) {
            // RocksDB writes nothing before flush, so a failed group leaves nothing behind: the retry alone uses it too
            return rocks;
        }
        return alone ? direct : buffered;
    }

    @Override
    public void destroy() {
        if (rocks != null) {
            try {
                processor.submit(now -> {
                    rocks.flush();
                    rocks.close();
                    return null;
                });
            } catch (RuntimeException e) {
                rocks.close();
            }
        }
    }

    /** A message checked against the schema, from its sender (customs code), as received. */
    public record Incoming(CebMessage message, String sender, Body body, String contentType) {
    }

    /**
     * A message's bytes as received, in the form the store keeps them ({@code stored}, of {@code bytes} as received):
     * deflated on the caller's thread for the SQL store (the writer only stores them); compressed with LZ4 on the
     * caller's thread for RocksDB (the benchmark's 100-document messages to 13-18% of their bytes, so its synced log,
     * its memory table and its flushes carry about a sixth; zlib on the hot path was about 7% of all CPU in the in-process benchmark, LZ4 is several
     * times faster); or as they are (messages stored before 2026-11-28, and answers).
     */
    public record Body(byte[] stored, int bytes, Form form) {
        /** How a body's bytes are kept. */
        public enum Form { RAW, DEFLATED, LZ4 }

        /** Thread-safe; the JNI build that lz4-java ships for this platform, or its pure-Java one. */
        private static final net.jpountz.lz4.LZ4Factory LZ4 = net.jpountz.lz4.LZ4Factory.fastestInstance();

        public Body(byte[] deflated, int bytes) {
            this(deflated, bytes, Form.DEFLATED);
        }

        /** The bytes kept as they are. */
        public static Body raw(byte[] raw) {
            return new Body(raw, raw.length, Form.RAW);
        }

        /** Deflated (zlib, fastest level). */
        public static Body of(byte[] raw) {
            java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
            try {
                d.setInput(raw);
                d.finish();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, raw.length / 6));
                byte[] buffer = new byte[16384];
                while (!d.finished()) {
                    out.write(buffer, 0, d.deflate(buffer));
                }
                return new Body(out.toByteArray(), raw.length);
            } finally {
                d.end();
            }
        }

        /** Compressed with LZ4's fast block format. */
        public static Body lz4(byte[] raw) {
            return new Body(LZ4.fastCompressor().compress(raw), raw.length, Form.LZ4);
        }

        /** The same bytes deflated: the form the SQL store's columns hold. */
        public Body deflated() {
            return form == Form.DEFLATED ? this : of(inflate());
        }

        /** The message as received. */
        public byte[] inflate() {
            return switch (form) {
                case RAW -> stored;
                case LZ4 -> LZ4.fastDecompressor().decompress(stored, bytes);
                case DEFLATED -> inflated();
            };
        }

        private byte[] inflated() {
            java.util.zip.Inflater i = new java.util.zip.Inflater();
            try {
                i.setInput(stored);
                byte[] raw = new byte[bytes];
                int n = 0;
                while (n < bytes && !i.finished()) {
                    n += i.inflate(raw, n, bytes - n);
                }
                return raw;
            } catch (java.util.zip.DataFormatException e) {
                throw new IllegalStateException(e);
            } finally {
                i.end();
            }
        }
    }

    /** A message's bytes in the form the store keeps (see {@link Body}); call on the sender's thread. */
    public Body body(byte[] raw) {
        return rocks != null ? Body.lz4(raw) : Body.of(raw);
    }

    /**
     * The receipts of the documents of a message, for its sender. A resend (the same guid, type and sender) is answered
     * as the first time; another message under a guid already used is refused ({@link GuidTaken}), nothing stored.
     */
    public List<Receipt> receive(Incoming in) {
        // what can be decided of its lists from the lists alone, on the caller's thread: their own checks and their
        // taxes (the writer is the one thread every message passes through)
        List<Prepared> prepared = prepared(in.message());
        Handled h = processor.submit(now -> handle(in, now, prepared), in.message().documents().size());
        if (h.taken() != null) {
            throw new GuidTaken(in.message().guid(), h.taken());
        }
        return h.receipts();
    }

    /** What the writer made of a message: its receipts, or the message that holds its guid already. */
    private record Handled(List<Receipt> receipts, CbecWork.StoredMessage taken) {
    }

    /**
     * A message whose guid is already another message's (another type, or another sender's): a guid names one message
     * (and a resend of it) only, and a sender must not be answered with another enterprise's receipts.
     */
    public static final class GuidTaken extends RuntimeException {
        private final transient CbecWork.StoredMessage holder;

        GuidTaken(String guid, CbecWork.StoredMessage holder) {
            super("message guid " + guid + " was already used by another message");
            this.holder = holder;
        }

        /** The type of the message that holds the guid (its sender is not told to others). */
        public CebMessageType holderType() {
            return holder.type();
        }
    }

    /**
     * Write what the writer holds and forget what it remembers, as after a restart: the next decisions read the
     * documents and lists back from the database (for tests).
     */
    void forgetWorkingMemory() {
        processor.submit(now -> {
            work().flush();
            buffered.forget();
            if (rocks != null) {
                rocks.forget();
            }
            return null;
        });
    }

    /** With the RocksDB store: close it and open it again, as a restart of the writer would (for tests). */
    void reopenRocks() {
        processor.submit(now -> {
            rocks.flush();
            rocks.close();
            rocks = openRocks.get();
            return null;
        });
    }

    /**
     * With the RocksDB store: a consistent copy of it as of the last group written, in a new folder under
     * {@code parent}; returns the folder. Empty with the SQL store, which is backed up with the database.
     */
    public Optional<java.nio.file.Path> backup(java.nio.file.Path parent) {
        if (rocks == null) {
            return Optional.empty();
        }
        return Optional.of(processor.submit(now -> {
            String name = "cbec-rocksdb-" + now.utc().format(
                    java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'"));
            java.nio.file.Path target = parent.resolve(name);
            for (int n = 2; java.nio.file.Files.exists(target); n++) {
                target = parent.resolve(name + "-" + n);
            }
            try {
                java.nio.file.Files.createDirectories(parent);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            rocks.checkpoint(target);
            return target;
        }));
    }

    /** Refuse the lists that waited longer than allowed for their documents; returns how many. */
    public int refuseOverdue() {
        return processor.submit(now -> {
            List<OwnedReceipt> receipts = new ArrayList<>();
            List<StoredList> overdue = work().pendingSince(now.utc().minus(properties.pendingTimeout()), 1000);
            for (StoredList l : overdue) {
                decide(l, true, now, null, receipts);
            }
            work().insertReceipts(receipts);
            return overdue.size();
        });
    }

    /**
     * A list as its sender's thread prepared it for the writer: its own checks and taxes for a day, and its buyer's key
     * ({@link PersonKeys}: an HMAC, which the writer then neither makes nor waits for).
     */
    private record Prepared(InventoryClearance.Prechecked checked, String buyer) {
    }

    /** Each list of the message prepared for today (by position), or null when it has none. */
    private List<Prepared> prepared(CebMessage m) {
        if (!(m instanceof Ceb621Message i)) {
            return null;
        }
        InventoryClearance clearance = engine.clearance();
        LocalDate today = processor.today();
        List<Prepared> out = new ArrayList<>(i.inventories().size());
        for (Inventory list : i.inventories()) {
            out.add(new Prepared(
                    clearance.precheck(list, today, transactionId(list.head().agentCode(), list.head().copNo())),
                    keys.of(trim(list.head().buyerIdNumber()))));
        }
        return out;
    }

    private Handled handle(Incoming in, Now now, List<Prepared> prepared) {
        CebMessage m = in.message();
        Optional<CbecWork.StoredMessage> earlier = work().storedMessage(m.guid());
        if (earlier.isPresent()) {
            CbecWork.StoredMessage e = earlier.get();
            return e.type() == m.type() && e.sender().equals(in.sender())
                    ? new Handled(work().receiptsOfMessage(m.guid()), null) : new Handled(null, e);
        }
        work().prefetch(m, prepared == null ? List.of() : prepared.stream().map(Prepared::buyer).toList(),
                now.china().toLocalDate());
        try {
            return handleNew(in, m, now, prepared);
        } finally {
            work().handled();
        }
    }

    private Handled handleNew(Incoming in, CebMessage m, Now now, List<Prepared> prepared) {
        List<OwnedReceipt> receipts = new ArrayList<>();
        String sender = in.sender();
        if (m instanceof Ceb311Message o) {
                work().insertMessage(m.guid(), CebMessageType.CEB311, sender, now.utc(), o.orders().size(), in.body(),
                        in.contentType());
                for (int n = 0; n < o.orders().size(); n++) {
                    Order order = o.orders().get(n);
                    receipts.add(own(sender, m.guid(), order(order, m.guid(), n, sender, now)));
                    work().pendingForOrder(order.head().ebpCode(), order.head().orderNo())
                            .forEach(l -> decide(l, false, now, null, receipts));
                }
        } else if (m instanceof Ceb411Message p) {
                work().insertMessage(m.guid(), CebMessageType.CEB411, sender, now.utc(), p.payments().size(), in.body(),
                        in.contentType());
                for (int n = 0; n < p.payments().size(); n++) {
                    PaymentHead payment = p.payments().get(n);
                    receipts.add(own(sender, m.guid(), payment(payment, m.guid(), n, sender, now)));
                    work().pendingForOrder(payment.ebpCode(), payment.orderNo())
                            .forEach(l -> decide(l, false, now, null, receipts));
                }
        } else if (m instanceof Ceb511Message w) {
                work().insertMessage(m.guid(), CebMessageType.CEB511, sender, now.utc(), w.logistics().size(),
                        in.body(), in.contentType());
                for (int n = 0; n < w.logistics().size(); n++) {
                    LogisticsHead waybill = w.logistics().get(n);
                    receipts.add(own(sender, m.guid(), waybill(waybill, m.guid(), n, sender, now)));
                    work().pendingForWaybill(waybill.logisticsCode(), waybill.logisticsNo())
                            .forEach(l -> decide(l, false, now, null, receipts));
                }
        } else if (m instanceof Ceb621Message i) {
                work().insertMessage(m.guid(), CebMessageType.CEB621, sender, now.utc(), i.inventories().size(),
                        in.body(), in.contentType());
                for (int position = 0; position < i.inventories().size(); position++) {
                    inventory(i.inventories().get(position), m.guid(), position, sender, now, receipts,
                            prepared == null ? null : prepared.get(position));
                }
        } else if (m instanceof Ceb623Message c) {
                work().insertMessage(m.guid(), CebMessageType.CEB623, sender, now.utc(), c.invtCancels().size(),
                        in.body(), in.contentType());
                for (InvtCancel cancel : c.invtCancels()) {
                    receipts.add(own(sender, m.guid(), cancel(cancel, sender, now)));
                }
        } else if (m instanceof Ceb625Message r) {
                work().insertMessage(m.guid(), CebMessageType.CEB625, sender, now.utc(), r.invtRefunds().size(),
                        in.body(), in.contentType());
                for (InvtRefund refund : r.invtRefunds()) {
                    receipts.add(own(sender, m.guid(), refund(refund, sender, now)));
                }
        }
        work().insertReceipts(receipts);
        List<Receipt> answer = receipts.stream().filter(r -> m.guid().equals(r.messageGuid()))
                .map(OwnedReceipt::receipt).toList();
        work().answered(m.guid(), answer);
        return new Handled(answer, null);
    }

    private static OwnedReceipt own(String owner, String messageGuid, Receipt r) {
        return new OwnedReceipt(owner, messageGuid, r);
    }

    // --- order, payment, waybill ---

    private Receipt order(Order order, String messageGuid, int position, String sender, Now now) {
        var h = order.head();
        List<Finding> problems = engine.clearance().orderConsistency(order);
        String info;
        String status;
        Optional<ResidentIdNumber.Problem> id = ResidentIdNumber.problem(trim(h.buyerIdNumber()));
        if (!problems.isEmpty() || id.isPresent()) {
            status = "100";
            info = refusal("-301008", "参数校验不通过", "the order fails its checks", problems,
                    id.map(p -> "订购人身份证号码" + p.zh() + "|the buyer's ID number: " + p.en()).orElse(null));
        } else if (!work().insertOrder(order, messageGuid, position, sender, now.utc())) {
            status = "100";
            info = "-301010 已存在相同编号的订单 an order with this number was already received";
        } else {
            status = "120";
            info = "订单已入库 order stored";
        }
        return Receipt.order(h.guid(), h.ebpCode(), h.ebcCode(), h.orderNo(), status, now.returnTime(), cut(info));
    }

    private Receipt payment(PaymentHead p, String messageGuid, int position, String sender, Now now) {
        String info;
        String status;
        Optional<ResidentIdNumber.Problem> id = ResidentIdNumber.problem(trim(p.payerIdNumber()));
        if (id.isPresent()) {
            status = "100";
            info = "-401009 参数校验不通过，[支付人身份证号码" + id.get().zh() + "] the payment fails its checks: [the payer's "
                    + "ID number " + id.get().en() + "]";
        } else if (!work().insertPayment(p, messageGuid, position, sender, now.utc())) {
            status = "100";
            info = "-401007 已存在相同编号的支付单 a payment of this order was already received";
        } else {
            status = "120";
            info = "支付凭证已入库 payment stored";
        }
        return Receipt.payment(p.guid(), p.payCode(), p.payTransactionId(), status, now.returnTime(), cut(info));
    }

    private Receipt waybill(LogisticsHead l, String messageGuid, int position, String sender, Now now) {
        boolean stored = work().insertWaybill(l, messageGuid, position, sender, now.utc());
        return Receipt.logistics(l.guid(), l.logisticsCode(), l.logisticsNo(), stored ? "120" : "100",
                now.returnTime(), stored ? "运单已入库 waybill stored"
                        : "-504015 已存在相同编号的运单 a waybill with this number was already received");
    }

    // --- inventory lists ---

    private void inventory(Inventory list, String messageGuid, int position, String sender, Now now,
                           List<OwnedReceipt> receipts, Prepared prepared) {
        InventoryHead h = list.head();
        Optional<StoredList> earlier = work().listByCopNo(h.agentCode(), h.copNo());
        if (earlier.isPresent() && !"REFUSED".equals(earlier.get().status())) {
            StoredList e = earlier.get();
            String info = "-621004 清单[" + h.copNo() + "]已经申报过，请勿重复申报 list " + h.copNo() + " was already declared";
            receipts.add(own(sender, messageGuid, Receipt.inventory(CebMessageType.CEB622, h.guid(), code4(h.customsCode()),
                    h.ebpCode(), h.ebcCode(), h.agentCode(), h.copNo(), e.preNo(), e.invtNo(), "100", now.returnTime(),
                    info)));
            work().counts().refusal(now.china().toLocalDate(), info);
            return;
        }
        String preNo = number("B", now);
        String id = trim(h.buyerIdNumber());
        String buyer;
        if (prepared != null) {
            buyer = prepared.buyer();
            // its ledger debit asks for the same key on this thread
            keys.remember(id, buyer);
        } else {
            buyer = keys.of(id);
        }
        StoredList stored = new StoredList(h.guid(), h.agentCode(), h.copNo(), preNo, null, h.ebpCode(), h.orderNo(),
                h.logisticsCode(), h.logisticsNo(), buyer, ResidentIdNumber.mask(id), "PENDING", "120",
                now.utc(), null, null, null, sender, list);
        if (earlier.isPresent()) {
            // a list refused before, declared again under the same number: the new one replaces it
            work().replaceRefusedList(earlier.get().guid(), stored, messageGuid, position);
        } else {
            work().insertList(stored, messageGuid, position);
        }
        work().counts().add(now.china().toLocalDate(), CbecCounts.RECEIVED);
        decide(stored, false, now, messageGuid, receipts, prepared == null ? null : prepared.checked());
    }

    /** Decide a list (now or when its last document arrives) and write its receipt for its sender. */
    private void decide(StoredList l, boolean timedOut, Now now, String messageGuid, List<OwnedReceipt> receipts) {
        decide(l, timedOut, now, messageGuid, receipts, null);
    }

    /**
     * With the list {@code prechecked} by its sender's thread, used when it still holds (the same day and tariff);
     * else checked here.
     */
    private void decide(StoredList l, boolean timedOut, Now now, String messageGuid, List<OwnedReceipt> receipts,
                        InventoryClearance.Prechecked prechecked) {
        Inventory list = l.inventory();
        InventoryHead h = list.head();
        InventoryClearance clearance = engine.clearance();
        LocalDate day = now.china().toLocalDate();
        Order order = work().order(l.ebpCode(), l.orderNo()).orElse(null);
        PaymentHead payment = work().payment(l.ebpCode(), l.orderNo()).orElse(null);
        LogisticsHead waybill = work().waybill(l.logisticsCode(), l.logisticsNo()).orElse(null);
        ClearanceDecision d = prechecked != null && prechecked.holdsFor(clearance, list, day, transactionId(l))
                ? clearance.decide(prechecked, order, payment, waybill, timedOut, work().ledger())
                : clearance.decide(list, order, payment, waybill, day, timedOut, work().ledger(), transactionId(l));
        Receipt base = Receipt.inventory(CebMessageType.CEB622, l.guid(), code4(h.customsCode()), h.ebpCode(),
                h.ebcCode(), h.agentCode(), l.copNo(), l.preNo(), null, d.returnStatus(), now.returnTime(), "-");
        if (d instanceof ClearanceDecision.Waiting w) {
                if (messageGuid != null) {
                    // a list that still waits after another document is not answered again
                    receipts.add(own(l.senderCode(), messageGuid, base.withReturn("120", now.returnTime(),
                            cut(w.returnInfo()))));
                }
        } else if (d instanceof ClearanceDecision.Refused r) {
                work().updateList(l, "REFUSED", "100", null, now.utc(), null, null);
                receipts.add(own(l.senderCode(), messageGuid, base.withReturn("100", now.returnTime(),
                        cut(r.returnInfo()))));
                work().counts().add(now.china().toLocalDate(), CbecCounts.REFUSED);
                work().counts().refusal(now.china().toLocalDate(), cut(r.returnInfo()));
        } else if (d instanceof ClearanceDecision.Released r) {
                String invtNo = invtNo(h.customsCode(), now);
                CbecTaxBill bill = r.bill();
                work().updateList(l, "RELEASED", "800", invtNo, now.utc(), now.china().toLocalDate(),
                        bill.taxTotal());
                work().counts().add(now.china().toLocalDate(), CbecCounts.RELEASED);
                work().insertTaxBill(new StoredTaxBill(invtNo, l.guid(), l.copNo(), l.senderCode(), l.orderNo(),
                        bill.customsTax(), bill.valueAddedTax(), bill.consumptionTax(), bill.taxTotal(), "ISSUED",
                        now.utc(), null), bill, bills);
                receipts.add(own(l.senderCode(), messageGuid, base.withInvtNo(invtNo).withReturn("800",
                        now.returnTime(), cut("放行；税款 " + bill.taxTotal().toPlainString() + " 元 released; taxes "
                                + bill.taxTotal().toPlainString() + " yuan"))));
        }
    }

    private static String transactionId(StoredList l) {
        return transactionId(l.agentCode(), l.copNo());
    }

    /** The identity a list's allowance debit is kept under in the ledger. */
    static String transactionId(String agentCode, String copNo) {
        return "CEB621:" + agentCode + ":" + copNo;
    }

    // --- cancellation and return ---

    private Receipt cancel(InvtCancel c, String sender, Now now) {
        Optional<StoredList> found = c.invtNo() == null ? Optional.empty() : work().listByInvtNo(c.invtNo())
                .filter(l -> l.senderCode().equals(sender));
        String preNo = found.map(StoredList::preNo).orElse(number("C", now));
        Receipt base = Receipt.inventory(CebMessageType.CEB624, c.guid(), code4(c.customsCode()), c.ebpCode(),
                c.ebcCode(), c.agentCode(), c.copNo() == null ? c.invtNo() : c.copNo(), preNo,
                found.map(StoredList::invtNo).orElse(null), "100", now.returnTime(), "-");
        if (found.isEmpty()) {
            return base.withReturn("100", now.returnTime(), cut("-623003 系统中不存在清单编号为[" + c.invtNo()
                    + "]的清单！ there is no inventory list " + c.invtNo() + " of yours"));
        }
        StoredList l = found.get();
        if (!"RELEASED".equals(l.status())) {
            return base.withReturn("100", now.returnTime(), cut("-623005 清单的状态不符合撤单申报要求(清单编号[" + c.invtNo()
                    + "])！ the list is " + l.status() + ", only a released list can be cancelled"));
        }
        // the allowance debited for it is given back whole; its tax bill is withdrawn
        CbecTaxBill bill = work().taxBill(l.invtNo(), bills).orElseThrow();
        work().ledger().credit(AllowanceScheme.CBEC_RETAIL_IMPORT, trim(l.inventory().head().buyerIdNumber()),
                transactionId(l), "CEB623:" + c.guid(), bill.dutiablePrice());
        work().updateList(l, "CANCELLED", "399", l.invtNo(), now.utc(), l.releaseDate(), l.taxTotal());
        work().updateTaxBillStatus(l.invtNo(), "CANCELLED");
        work().counts().add(now.china().toLocalDate(), CbecCounts.CANCELLED);
        return base.withReturn("399", now.returnTime(), "撤单审核通过 cancellation accepted");
    }

    private Receipt refund(InvtRefund r, String sender, Now now) {
        var h = r.head();
        Optional<StoredList> found = h.invtNo() == null ? Optional.empty() : work().listByInvtNo(h.invtNo())
                .filter(l -> l.senderCode().equals(sender));
        Receipt base = Receipt.inventory(CebMessageType.CEB626, h.guid(), code4(h.customsCode()), h.ebpCode(),
                h.ebcCode(), h.agentCode(), h.copNo() == null ? h.invtNo() : h.copNo(),
                found.map(StoredList::preNo).orElse(number("R", now)), found.map(StoredList::invtNo).orElse(null),
                "100", now.returnTime(), "-");
        if (found.isEmpty() || !"RELEASED".equals(found.get().status())) {
            return base.withReturn("100", now.returnTime(), cut("-625004 退货申请单申报失败，[清单" + h.invtNo()
                    + "不存在或未放行] the return is refused: list " + h.invtNo() + " does not exist or is not released"));
        }
        StoredList l = found.get();
        CbecTaxBill bill = work().taxBill(l.invtNo(), bills).orElseThrow();
        List<ReturnedLine> lines = new ArrayList<>();
        for (InvtRefundItem it : r.items()) {
            lines.add(new ReturnedLine(it.gnum(), it.qty()));
        }
        CbecReturnResult result = engine.returns().process(new CbecReturnRequest("CEB625:" + h.guid(),
                transactionId(l), trim(l.inventory().head().buyerIdNumber()), bill, l.releaseDate(),
                now.china().toLocalDate(), lines), work().ledger());
        if (result instanceof CbecRefused refused) {
            return base.withReturn("100", now.returnTime(), cut(String.join("; ",
                    refused.rejections().stream().map(CbecRejection::returnInfo).toList())));
        }
        CbecReturnAccepted accepted = (CbecReturnAccepted) result;
        work().updateTaxBillStatus(l.invtNo(), "REFUNDED");
        BigDecimal refund = accepted.refund().taxTotal();
        return base.withReturn("399", now.returnTime(), cut("退货审核通过，退还税款 " + refund.toPlainString()
                + " 元 return accepted, taxes refunded " + refund.toPlainString() + " yuan"));
    }

    // --- numbers ---

    /**
     * The next number of the sequence. Numbers are taken on the processor's thread only, a thousand at a time from
     * the database sequence, so that they stay unique across restarts without a round trip each (a restart skips the
     * rest of its block).
     */
    private long nextNumber() {
        if (next >= blockEnd) {
            long block = work().nextNumberBlock();
            next = block * 1000;
            blockEnd = next + 1000;
        }
        return ++next;
    }

    /** The single window's number of a document: a letter, the day and a sequence, 18 characters. */
    private String number(String letter, Now now) {
        return letter + CebTimes.formatDate(now.china().toLocalDate()) + nineDigits(nextNumber());
    }

    /** The customs list number: the customs code, the year, I, a sequence (18 characters). */
    private String invtNo(String customsCode, Now now) {
        return code4(customsCode) + now.china().getYear() + "I" + nineDigits(nextNumber());
    }

    /** The last nine digits of {@code n}, zeros in front (as {@code %09d}, without a Formatter per list). */
    static String nineDigits(long n) {
        String digits = Long.toString(n % 1_000_000_000L);
        return "000000000".substring(digits.length()) + digits;
    }

    private static String code4(String customsCode) {
        String c = customsCode == null ? "" : customsCode.strip();
        return c.length() >= 4 ? c.substring(0, 4) : (c + "0000").substring(0, 4);
    }

    private static String refusal(String code, String zhTitle, String enTitle, List<Finding> findings, String extra) {
        StringBuilder zh = new StringBuilder(code + " " + zhTitle + "，[");
        StringBuilder en = new StringBuilder(enTitle + ": [");
        int i = 0;
        for (Finding f : findings) {
            zh.append(i == 0 ? "" : "；").append(f.zh()).append("（").append(f.code()).append("）");
            en.append(i++ == 0 ? "" : "; ").append(f.en()).append(" (").append(f.code()).append(")");
        }
        if (extra != null) {
            String[] parts = extra.split("\\|", 2);
            zh.append(i == 0 ? "" : "；").append(parts[0]);
            en.append(i == 0 ? "" : "; ").append(parts.length > 1 ? parts[1] : parts[0]);
        }
        return zh.append("] ").append(en).append("]").toString();
    }

    /** The schema allows 1,000 characters of returnInfo; the rest is cut with an ellipsis. */
    private static String cut(String info) {
        return info == null || info.length() <= 1000 ? info : info.substring(0, 999) + "…";
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
