package org.importwindow.server.ecommerce.kafka;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.ecommerce.CbecRefused;
import org.importwindow.ecommerce.CbecRejection;
import org.importwindow.ecommerce.CbecReturnAccepted;
import org.importwindow.ecommerce.CbecReturnRequest;
import org.importwindow.ecommerce.CbecReturnResult;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.ReturnedLine;
import org.importwindow.ecommerce.clearance.ClearanceDecision;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.InventoryHead;
import org.importwindow.ecommerce.message.InvtCancel;
import org.importwindow.ecommerce.message.InvtRefund;
import org.importwindow.ecommerce.message.InvtRefundHead;
import org.importwindow.ecommerce.message.InvtRefundItem;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.api.JsonValues;
import org.importwindow.server.ecommerce.CbecJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The third stage, partitioned by buyer: the allowance ledger of the partition's buyers ({@link StoreLedger}) and
 * their decided lists. Decides each list that has its three documents with the core's clearance (matching,
 * consistency, tax, and the debit as its last step), numbers and releases it with its tax bill, and handles the
 * cancellations and returns of released lists, crediting the ledger back. One writer per partition: one buyer's
 * lists are decided one after the other, so they can never overspend the annual limit.
 */
final class BuyerProcessor implements Processor<String, CbecEvent, String, CbecEvent> {
    private static final Logger log = LoggerFactory.getLogger(BuyerProcessor.class);
    static final String RELEASED = "RELEASED";
    static final String REFUSED = "REFUSED";
    static final String CANCELLED = "CANCELLED";

    /**
     * A decided list of one of the partition's buyers (under its {@code personKey}, never its ID number), with its
     * tax bill once released; {@code billStatus} ISSUED, CANCELLED or REFUNDED.
     */
    record DecidedList(String status, String guid, String preNo, String invtNo, String sender, String personKey,
                       String customsCode, String ebpCode, String ebcCode, String agentCode, String copNo,
                       String orderNo, LocalDate releaseDate, CbecTaxBill bill, String billStatus) {
        DecidedList with(String newStatus, String newBillStatus) {
            return new DecidedList(newStatus, guid, preNo, invtNo, sender, personKey, customsCode, ebpCode, ebcCode,
                    agentCode, copNo, orderNo, releaseDate, bill, newBillStatus);
        }
    }

    private final CbecCore core;
    private ProcessorContext<String, CbecEvent> context;
    private KeyValueStore<String, String> lists;
    private StoreLedger ledger;
    private PersonKeyLedger byIdNumber;
    private Numbers numbers;

    BuyerProcessor(CbecCore core) {
        this.core = core;
    }

    @Override
    public void init(ProcessorContext<String, CbecEvent> context) {
        this.context = context;
        this.lists = context.getStateStore(CbecTopology.LISTS_STORE);
        KeyValueStore<String, String> entries = context.getStateStore(CbecTopology.LEDGER_STORE);
        this.ledger = new StoreLedger(StoreLedger.Entries.of(entries), core.parameters());
        this.byIdNumber = new PersonKeyLedger(ledger, core.personKey());
        this.numbers = new Numbers(lists, context.taskId().partition());
    }

    @Override
    public void process(Record<String, CbecEvent> record) {
        CbecEvent e = record.value();
        long ts = record.timestamp();
        try {
            switch (e.kind()) {
                case DECIDE -> decide(e, ts);
                case CANCEL -> cancel(e, record.key(), ts);
                case RETURN -> refund(e, record.key(), ts);
                default -> log.warn("the buyer stage got a {} event; ignored", e.kind());
            }
        } catch (RuntimeException ex) {
            CbecTopology.failed(context, log, e, ts, ex);
        }
    }

    static String transactionId(InventoryHead h) {
        return "CEB621:" + h.agentCode() + ":" + h.copNo();
    }

    private void decide(CbecEvent e, long ts) {
        Inventory list = e.list();
        InventoryHead h = list.head();
        String key = JoinProcessor.listKey(h.agentCode(), h.copNo());
        DecidedList earlier = KafkaJson.read(lists.get(key), DecidedList.class);
        Receipt base = Receipt.inventory(CebMessageType.CEB622, h.guid(), Numbers.code4(h.customsCode()),
                h.ebpCode(), h.ebcCode(), h.agentCode(), h.copNo(), e.preNo(), null, "100", Numbers.returnTime(ts),
                "-");
        if (earlier != null && !REFUSED.equals(earlier.status())) {
            receipt(e.sender(), e.messageGuid(), Receipt.inventory(CebMessageType.CEB622, h.guid(),
                    Numbers.code4(h.customsCode()), h.ebpCode(), h.ebcCode(), h.agentCode(), h.copNo(),
                    earlier.preNo(), earlier.invtNo(), "100", Numbers.returnTime(ts), "-621004 清单[" + h.copNo()
                            + "]已经申报过，请勿重复申报 list " + h.copNo() + " was already declared"), ts);
            return;
        }
        LocalDate day = Numbers.china(ts).toLocalDate();
        ClearanceDecision d = core.clearance().get().decide(list, e.order(), e.payment(), e.waybill(), day, false,
                byIdNumber, transactionId(h));
        if (d instanceof ClearanceDecision.Released r) {
            String invtNo = numbers.invtNo(h.customsCode(), day.getYear());
            CbecTaxBill bill = r.bill();
            DecidedList released = new DecidedList(RELEASED, h.guid(), e.preNo(), invtNo, e.sender(),
                    core.personKey().apply(h.buyerIdNumber()), h.customsCode(), h.ebpCode(), h.ebcCode(),
                    h.agentCode(), h.copNo(), h.orderNo(), day, bill, "ISSUED");
            lists.put(key, KafkaJson.write(released));
            lists.put(invtKey(invtNo), key);
            taxBill(released, ts);
            view(e, released, "800", ts, new KafkaListView.Bill(invtNo, "ISSUED", ts, bill), usage(released));
            receipt(e.sender(), e.messageGuid(), base.withInvtNo(invtNo).withReturn("800", Numbers.returnTime(ts),
                    Numbers.cut("放行；税款 " + bill.taxTotal().toPlainString() + " 元 released; taxes "
                            + bill.taxTotal().toPlainString() + " yuan")), ts);
        } else if (d instanceof ClearanceDecision.Refused r) {
            lists.put(key, KafkaJson.write(new DecidedList(REFUSED, h.guid(), e.preNo(), null, e.sender(), null,
                    h.customsCode(), h.ebpCode(), h.ebcCode(), h.agentCode(), h.copNo(), h.orderNo(), null, null,
                    null)));
            receipt(e.sender(), e.messageGuid(), base.withReturn("100", Numbers.returnTime(ts),
                    Numbers.cut(r.returnInfo())), ts);
            view(e, null, "100", ts, null, null);
        } else {
            // the three documents came with the list: clearance cannot wait for anything
            throw new IllegalStateException("a list with its three documents was not decided: " + d.returnStatus());
        }
    }

    /** The released list {@code invtNo} of this buyer, declared by {@code sender}; null when there is none. */
    private DecidedList released(String invtNo, String sender, String personKey) {
        String key = invtNo == null ? null : lists.get(invtKey(invtNo));
        DecidedList l = key == null ? null : KafkaJson.read(lists.get(key), DecidedList.class);
        return l != null && l.sender().equals(sender) && personKey.equals(l.personKey()) ? l : null;
    }

    private void cancel(CbecEvent e, String personKey, long ts) {
        InvtCancel c = e.cancel();
        LocalDate day = Numbers.china(ts).toLocalDate();
        DecidedList l = released(c.invtNo(), e.sender(), personKey);
        Receipt base = Receipt.inventory(CebMessageType.CEB624, c.guid(), Numbers.code4(c.customsCode()),
                c.ebpCode(), c.ebcCode(), c.agentCode(), c.copNo() == null ? c.invtNo() : c.copNo(),
                l != null ? l.preNo() : numbers.preNo("C", day), l == null ? null : l.invtNo(), "100",
                Numbers.returnTime(ts), "-");
        String rt = Numbers.returnTime(ts);
        if (l == null) {
            receipt(e.sender(), e.messageGuid(), base.withReturn("100", rt, Numbers.cut("-623003 系统中不存在清单编号为["
                    + c.invtNo() + "]的清单！ there is no inventory list " + c.invtNo() + " of yours")), ts);
            return;
        }
        if (!RELEASED.equals(l.status())) {
            receipt(e.sender(), e.messageGuid(), base.withReturn("100", rt, Numbers.cut("-623005 清单的状态不符合撤单申报要求"
                    + "(清单编号[" + c.invtNo() + "])！ the list is " + l.status()
                    + ", only a released list can be cancelled")), ts);
            return;
        }
        // the allowance debited for it is given back whole; its tax bill is withdrawn
        ledger.credit(AllowanceScheme.CBEC_RETAIL_IMPORT, l.personKey(), "CEB621:" + l.agentCode() + ":" + l.copNo(),
                "CEB623:" + c.guid(), l.bill().dutiablePrice());
        DecidedList cancelled = l.with(CANCELLED, "CANCELLED");
        lists.put(JoinProcessor.listKey(l.agentCode(), l.copNo()), KafkaJson.write(cancelled));
        taxBill(cancelled, ts);
        change(cancelled, CANCELLED, "399", ts, usage(cancelled));
        receipt(e.sender(), e.messageGuid(), base.withReturn("399", rt, "撤单审核通过 cancellation accepted"), ts);
    }

    private void refund(CbecEvent e, String personKey, long ts) {
        InvtRefund r = e.refund();
        InvtRefundHead h = r.head();
        LocalDate day = Numbers.china(ts).toLocalDate();
        DecidedList l = released(h.invtNo(), e.sender(), personKey);
        String rt = Numbers.returnTime(ts);
        Receipt base = Receipt.inventory(CebMessageType.CEB626, h.guid(), Numbers.code4(h.customsCode()),
                h.ebpCode(), h.ebcCode(), h.agentCode(), h.copNo() == null ? h.invtNo() : h.copNo(),
                l != null ? l.preNo() : numbers.preNo("R", day), l == null ? null : l.invtNo(), "100", rt, "-");
        if (l == null || !RELEASED.equals(l.status())) {
            receipt(e.sender(), e.messageGuid(), base.withReturn("100", rt, Numbers.cut("-625004 退货申请单申报失败，[清单"
                    + h.invtNo() + "不存在或未放行] the return is refused: list " + h.invtNo()
                    + " does not exist or is not released")), ts);
            return;
        }
        List<ReturnedLine> lines = new ArrayList<>();
        for (InvtRefundItem it : r.items()) {
            lines.add(new ReturnedLine(it.gnum(), it.qty()));
        }
        CbecReturnResult result = core.returns().get().process(new CbecReturnRequest("CEB625:" + h.guid(),
                "CEB621:" + l.agentCode() + ":" + l.copNo(), Numbers.trim(h.buyerIdNumber()), l.bill(),
                l.releaseDate(), day, lines), byIdNumber);
        if (result instanceof CbecRefused refused) {
            receipt(e.sender(), e.messageGuid(), base.withReturn("100", rt, Numbers.cut(String.join("; ",
                    refused.rejections().stream().map(CbecRejection::returnInfo).toList()))), ts);
            return;
        }
        CbecReturnAccepted accepted = (CbecReturnAccepted) result;
        DecidedList refunded = l.with(RELEASED, "REFUNDED");
        lists.put(JoinProcessor.listKey(l.agentCode(), l.copNo()), KafkaJson.write(refunded));
        taxBill(refunded, ts);
        change(refunded, null, null, ts, usage(refunded));
        BigDecimal refund = accepted.refund().taxTotal();
        receipt(e.sender(), e.messageGuid(), base.withReturn("399", rt, Numbers.cut("退货审核通过，退还税款 "
                + refund.toPlainString() + " 元 return accepted, taxes refunded " + refund.toPlainString()
                + " yuan")), ts);
    }

    private void taxBill(DecidedList l, long ts) {
        CbecTaxBill b = l.bill();
        CbecJson.TaxBillJson json = new CbecJson.TaxBillJson(l.invtNo(), l.copNo(), l.orderNo(),
                JsonValues.money(b.customsTax()), JsonValues.money(b.valueAddedTax()),
                JsonValues.money(b.consumptionTax()), JsonValues.money(b.taxTotal()), l.billStatus());
        context.forward(new Record<>(l.sender(), CbecEvent.taxBill(l.sender(), json), ts));
    }

    /**
     * A decided list's whole state for the read side ({@link KafkaListView}): released ({@code l} with its bill) or
     * refused ({@code l} null).
     */
    private void view(CbecEvent e, DecidedList l, String returnStatus, long ts, KafkaListView.Bill bill,
                      KafkaListView.Usage usage) {
        InventoryHead h = e.list().head();
        String id = Numbers.trim(h.buyerIdNumber());
        KafkaListView v = new KafkaListView(h.guid(), h.agentCode(), h.copNo(), e.preNo(),
                l == null ? null : l.invtNo(), h.ebpCode(), h.orderNo(), h.logisticsCode(), h.logisticsNo(),
                core.personKey().apply(id), org.importwindow.ecommerce.ResidentIdNumber.mask(id),
                l == null ? REFUSED : RELEASED, returnStatus, e.receivedAt(), ts,
                l == null ? null : l.releaseDate(), l == null ? null : l.bill().taxTotal(), e.sender(),
                // a list forwarded before lists carried their message: the message it arrived with, if answered
                e.listMessage() != null ? e.listMessage() : e.messageGuid(), e.list(), bill, usage);
        context.forward(new Record<>(v.personKey(), CbecEvent.listView(v), ts));
    }

    /**
     * A released list cancelled ({@code status} CANCELLED) or returned ({@code status} null: the list stays released),
     * with its bill's new status and its buyer's usage, for the read side.
     */
    private void change(DecidedList l, String status, String returnStatus, long ts, KafkaListView.Usage usage) {
        KafkaListView v = new KafkaListView(l.guid(), l.agentCode(), l.copNo(), l.preNo(), l.invtNo(), l.ebpCode(),
                l.orderNo(), null, null, l.personKey(), null, status, returnStatus, null, status == null ? null : ts,
                l.releaseDate(), l.bill().taxTotal(), l.sender(), null, null,
                new KafkaListView.Bill(l.invtNo(), l.billStatus(), null, null), usage);
        context.forward(new Record<>(v.personKey(), CbecEvent.listView(v), ts));
    }

    /** The buyer's usage, after this step, in the period the list was debited in. */
    private KafkaListView.Usage usage(DecidedList l) {
        AllowanceScheme scheme = AllowanceScheme.CBEC_RETAIL_IMPORT;
        org.importwindow.allowance.Period period = scheme.periodOf(l.releaseDate());
        return new KafkaListView.Usage(scheme.name(), period.key(), ledger.usage(scheme, l.personKey(), period));
    }

    private void receipt(String owner, String messageGuid, Receipt r, long ts) {
        context.forward(new Record<>(owner, CbecEvent.receipt(owner, messageGuid, r), ts));
    }

    private static String invtKey(String invtNo) {
        return "I|" + invtNo;
    }
}
