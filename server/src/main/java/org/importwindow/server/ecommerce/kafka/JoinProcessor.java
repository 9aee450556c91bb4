package org.importwindow.server.ecommerce.kafka;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.ecommerce.clearance.ClearanceDecision;
import org.importwindow.ecommerce.clearance.Finding;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.InventoryHead;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.OrderHead;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second stage, partitioned by order number: keeps the orders, payments and waybills, answers each with its
 * receipt, and holds each inventory list until its three documents are there. Orders and payments name their order;
 * waybills and lists too, so all four documents of a purchase meet in the same partition (stores are keyed by each
 * document's full identity: platform and order number, logistics company and waybill number, agent and copNo).
 *
 * <p>A list is checked on its own at once (codes, buyer's ID, price x quantity: refused without waiting, as the
 * embedded runtime does); then, once its order, payment and waybill are all there, it is sent with them to its
 * buyer's partition, where the allowance is. A list still waiting when its time is up (wall clock, checked every
 * {@link CbecStreamsSettings#sweepInterval()}) is refused (CBEC-104).
 */
final class JoinProcessor implements Processor<String, CbecEvent, String, CbecEvent> {
    private static final Logger log = LoggerFactory.getLogger(JoinProcessor.class);
    static final String PENDING = "PENDING";
    static final String FORWARDED = "FORWARDED";
    static final String REFUSED = "REFUSED";

    /** A list as this stage keeps it: in full while it waits, then only what a duplicate's receipt needs. */
    record ListState(String status, String guid, String preNo, String sender, String messageGuid, long receivedAt,
                     Inventory inventory) {
        ListState slim(String newStatus) {
            return new ListState(newStatus, guid, preNo, sender, null, receivedAt, null);
        }
    }

    private final CbecCore core;
    private final CbecStreamsSettings settings;
    private ProcessorContext<String, CbecEvent> context;
    private KeyValueStore<String, String> documents;
    private KeyValueStore<String, String> pending;
    private Numbers numbers;

    JoinProcessor(CbecCore core, CbecStreamsSettings settings) {
        this.core = core;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, CbecEvent> context) {
        this.context = context;
        this.documents = context.getStateStore(CbecTopology.DOCUMENTS_STORE);
        this.pending = context.getStateStore(CbecTopology.PENDING_STORE);
        this.numbers = new Numbers(documents, context.taskId().partition());
        context.schedule(settings.sweepInterval(), PunctuationType.WALL_CLOCK_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, CbecEvent> record) {
        CbecEvent e = record.value();
        long ts = record.timestamp();
        try {
            switch (e.kind()) {
                case ORDER -> order(e, ts);
                case PAYMENT -> payment(e, ts);
                case WAYBILL -> waybill(e, ts);
                case LIST -> list(e, ts);
                default -> log.warn("the order stage got a {} event; ignored", e.kind());
            }
        } catch (RuntimeException ex) {
            CbecTopology.failed(context, log, e, ts, ex);
        }
    }

    // --- order, payment, waybill ---

    private void order(CbecEvent e, long ts) {
        Order order = e.order();
        OrderHead h = order.head();
        List<Finding> problems = core.clearance().get().orderConsistency(order);
        Optional<ResidentIdNumber.Problem> id = ResidentIdNumber.problem(Numbers.trim(h.buyerIdNumber()));
        String key = orderKey(h.ebpCode(), h.orderNo());
        String status;
        String info;
        if (!problems.isEmpty() || id.isPresent()) {
            status = "100";
            info = refusal("-301008", "参数校验不通过", "the order fails its checks", problems,
                    id.map(p -> "订购人身份证号码" + p.zh() + "|the buyer's ID number: " + p.en()).orElse(null));
        } else if (documents.get(key) != null) {
            status = "100";
            info = "-301010 已存在相同编号的订单 an order with this number was already received";
        } else {
            documents.put(key, KafkaJson.write(order));
            status = "120";
            info = "订单已入库 order stored";
        }
        receipt(e, ts, Receipt.order(h.guid(), h.ebpCode(), h.ebcCode(), h.orderNo(), status, Numbers.returnTime(ts),
                Numbers.cut(info)));
        reconsider(h.orderNo(), ts);
    }

    private void payment(CbecEvent e, long ts) {
        PaymentHead p = e.payment();
        Optional<ResidentIdNumber.Problem> id = ResidentIdNumber.problem(Numbers.trim(p.payerIdNumber()));
        String key = paymentKey(p.ebpCode(), p.orderNo());
        String status;
        String info;
        if (id.isPresent()) {
            status = "100";
            info = "-401009 参数校验不通过，[支付人身份证号码" + id.get().zh() + "] the payment fails its checks: [the payer's "
                    + "ID number " + id.get().en() + "]";
        } else if (documents.get(key) != null) {
            status = "100";
            info = "-401007 已存在相同编号的支付单 a payment of this order was already received";
        } else {
            documents.put(key, KafkaJson.write(p));
            status = "120";
            info = "支付凭证已入库 payment stored";
        }
        receipt(e, ts, Receipt.payment(p.guid(), p.payCode(), p.payTransactionId(), status, Numbers.returnTime(ts),
                Numbers.cut(info)));
        reconsider(p.orderNo(), ts);
    }

    private void waybill(CbecEvent e, long ts) {
        LogisticsHead w = e.waybill();
        String key = waybillKey(w.logisticsCode(), w.logisticsNo());
        boolean stored = documents.get(key) == null;
        if (stored) {
            documents.put(key, KafkaJson.write(w));
        }
        receipt(e, ts, Receipt.logistics(w.guid(), w.logisticsCode(), w.logisticsNo(), stored ? "120" : "100",
                Numbers.returnTime(ts), stored ? "运单已入库 waybill stored"
                        : "-504015 已存在相同编号的运单 a waybill with this number was already received"));
        reconsider(w.orderNo(), ts);
    }

    // --- inventory lists ---

    private void list(CbecEvent e, long ts) {
        InventoryHead h = e.list().head();
        String key = listKey(h.agentCode(), h.copNo());
        ListState earlier = KafkaJson.read(documents.get(key), ListState.class);
        if (earlier != null && PENDING.equals(earlier.status())) {
            receipt(e, ts, Receipt.inventory(CebMessageType.CEB622, h.guid(), Numbers.code4(h.customsCode()),
                    h.ebpCode(), h.ebcCode(), h.agentCode(), h.copNo(), earlier.preNo(), null, "100",
                    Numbers.returnTime(ts), "-621004 清单[" + h.copNo() + "]已经申报过，请勿重复申报 list " + h.copNo()
                            + " was already declared"));
            return;
        }
        // a list decided before (refused here, or sent on to its buyer, who answers a duplicate) is taken again;
        // its pre-entry number was given by the copNo stage (lists that came straight from intake, before that stage
        // existed, are given one here)
        String preNo = e.preNo() != null ? e.preNo() : numbers.preNo("B", day(ts));
        consider(new ListState(PENDING, h.guid(), preNo, e.sender(), e.messageGuid(), ts, e.list()), true, ts);
    }

    /** The lists of an order number that wait, looked at again because one of its documents arrived. */
    private void reconsider(String orderNo, long ts) {
        String waiting = pending.get(orderNo);
        if (waiting == null) {
            return;
        }
        for (String entry : waiting.split("\n")) {
            ListState s = KafkaJson.read(documents.get(listKeyOf(entry)), ListState.class);
            if (s != null && PENDING.equals(s.status())) {
                consider(s, false, ts);
            }
        }
    }

    /**
     * Send the list on when its three documents are there; otherwise let the core judge what can be judged now
     * (its own consistency) and keep it waiting.
     */
    private void consider(ListState s, boolean arriving, long ts) {
        Inventory list = s.inventory();
        InventoryHead h = list.head();
        String key = listKey(h.agentCode(), h.copNo());
        String order = documents.get(orderKey(h.ebpCode(), h.orderNo()));
        String payment = documents.get(paymentKey(h.ebpCode(), h.orderNo()));
        String waybill = documents.get(waybillKey(h.logisticsCode(), h.logisticsNo()));
        if (order != null && payment != null && waybill != null) {
            context.forward(new Record<>(core.personKey().apply(h.buyerIdNumber()), CbecEvent.decide(
                    arriving ? s.messageGuid() : null, s.sender(), s.receivedAt(), list,
                    KafkaJson.read(order, Order.class), KafkaJson.read(payment, PaymentHead.class),
                    KafkaJson.read(waybill, LogisticsHead.class), s.preNo(), s.messageGuid()), ts));
            documents.put(key, KafkaJson.write(s.slim(FORWARDED)));
            unpend(h);
            return;
        }
        ClearanceDecision d = core.clearance().get().decide(list, KafkaJson.read(order, Order.class),
                KafkaJson.read(payment, PaymentHead.class), KafkaJson.read(waybill, LogisticsHead.class), day(ts),
                false, NoLedger.INSTANCE, BuyerProcessor.transactionId(h));
        if (d instanceof ClearanceDecision.Refused r) {
            refuse(s, arriving ? s.messageGuid() : null, r, ts);
        } else if (d instanceof ClearanceDecision.Waiting w && arriving) {
            documents.put(key, KafkaJson.write(s));
            String waiting = pending.get(h.orderNo());
            String entry = ts + " " + key;
            pending.put(h.orderNo(), waiting == null ? entry : waiting + "\n" + entry);
            receipt(s.sender(), s.messageGuid(), listReceipt(s, "120", w.returnInfo(), ts), ts);
            view(s, PENDING, "120", null, ts);
        }
    }

    /** The list no longer waits: out of its order number's entry in the pending store. */
    private void unpend(InventoryHead h) {
        String waiting = pending.get(h.orderNo());
        if (waiting == null) {
            return;
        }
        String key = listKey(h.agentCode(), h.copNo());
        StringBuilder rest = new StringBuilder();
        for (String entry : waiting.split("\n")) {
            if (!listKeyOf(entry).equals(key)) {
                rest.append(rest.length() == 0 ? "" : "\n").append(entry);
            }
        }
        if (rest.length() == 0) {
            pending.delete(h.orderNo());
        } else {
            pending.put(h.orderNo(), rest.toString());
        }
    }

    private void refuse(ListState s, String messageGuid, ClearanceDecision.Refused r, long ts) {
        InventoryHead h = s.inventory().head();
        documents.put(listKey(h.agentCode(), h.copNo()), KafkaJson.write(s.slim(REFUSED)));
        unpend(h);
        receipt(s.sender(), messageGuid, listReceipt(s, "100", r.returnInfo(), ts), ts);
        view(s, REFUSED, "100", ts, ts);
    }

    /** The list's state for the read side (see {@link KafkaListView}): waiting, or refused here. */
    private void view(ListState s, String status, String returnStatus, Long decidedAt, long ts) {
        InventoryHead h = s.inventory().head();
        String id = Numbers.trim(h.buyerIdNumber());
        KafkaListView v = new KafkaListView(s.guid(), h.agentCode(), h.copNo(), s.preNo(), null, h.ebpCode(),
                h.orderNo(), h.logisticsCode(), h.logisticsNo(), core.personKey().apply(id),
                ResidentIdNumber.mask(id), status, returnStatus, s.receivedAt(), decidedAt, null, null, s.sender(),
                s.messageGuid(), s.inventory(), null, null);
        context.forward(new Record<>(v.personKey(), CbecEvent.listView(v), ts));
    }

    /** Refuse the lists that waited longer than allowed for their documents. */
    private void sweep(long now) {
        long before = now - settings.pendingTimeout().toMillis();
        List<String> overdue = new ArrayList<>();
        try (KeyValueIterator<String, String> it = pending.all()) {
            while (it.hasNext()) {
                for (String entry : it.next().value.split("\n")) {
                    if (Long.parseLong(entry.substring(0, entry.indexOf(' '))) < before) {
                        overdue.add(listKeyOf(entry));
                    }
                }
            }
        }
        for (String key : overdue) {
            ListState s = KafkaJson.read(documents.get(key), ListState.class);
            if (s == null || !PENDING.equals(s.status())) {
                continue;
            }
            InventoryHead h = s.inventory().head();
            try {
                ClearanceDecision d = core.clearance().get().decide(s.inventory(),
                        KafkaJson.read(documents.get(orderKey(h.ebpCode(), h.orderNo())), Order.class),
                        KafkaJson.read(documents.get(paymentKey(h.ebpCode(), h.orderNo())), PaymentHead.class),
                        KafkaJson.read(documents.get(waybillKey(h.logisticsCode(), h.logisticsNo())),
                                LogisticsHead.class), day(now), true, NoLedger.INSTANCE, BuyerProcessor.transactionId(h));
                if (d instanceof ClearanceDecision.Refused r) {
                    refuse(s, null, r, now);
                }
            } catch (RuntimeException ex) {
                CbecTopology.failed(context, log, null, now, ex);
            }
        }
    }

    // --- receipts and keys ---

    private Receipt listReceipt(ListState s, String status, String info, long ts) {
        InventoryHead h = s.inventory().head();
        return Receipt.inventory(CebMessageType.CEB622, h.guid(), Numbers.code4(h.customsCode()), h.ebpCode(),
                h.ebcCode(), h.agentCode(), h.copNo(), s.preNo(), null, status, Numbers.returnTime(ts),
                Numbers.cut(info));
    }

    private void receipt(CbecEvent e, long ts, Receipt r) {
        receipt(e.sender(), e.messageGuid(), r, ts);
    }

    private void receipt(String owner, String messageGuid, Receipt r, long ts) {
        context.forward(new Record<>(owner, CbecEvent.receipt(owner, messageGuid, r), ts));
    }

    private static LocalDate day(long ts) {
        return Numbers.china(ts).toLocalDate();
    }

    static String orderKey(String ebpCode, String orderNo) {
        return "O|" + ebpCode + "|" + orderNo;
    }

    static String paymentKey(String ebpCode, String orderNo) {
        return "P|" + ebpCode + "|" + orderNo;
    }

    static String waybillKey(String logisticsCode, String logisticsNo) {
        return "W|" + logisticsCode + "|" + logisticsNo;
    }

    static String listKey(String agentCode, String copNo) {
        return "L|" + agentCode + "|" + copNo;
    }

    /** A pending entry is "receivedAt listKey". */
    private static String listKeyOf(String entry) {
        return entry.substring(entry.indexOf(' ') + 1);
    }

    static String refusal(String code, String zhTitle, String enTitle, List<Finding> findings, String extra) {
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
}
