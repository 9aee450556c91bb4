package org.importwindow.server.ecommerce.kafka;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.InventoryHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.kafka.CbecEvent.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stage of inventory lists before the order stage, partitioned by the declaring agent and its copNo (the
 * enterprise's own number of the list, unique per agent: "-621004 清单已经申报过"). The order stage and the buyer
 * stage each see only their own order numbers and buyers, so a copNo reused for a list of another order and another
 * buyer met neither of the lists declared under it before. Here every list of one copNo meets the others: the first
 * claims the copNo for its order; a list of the same order goes on (the order stage tells a resend from a list
 * declared again after a refusal, as before); a list of another order is refused with -621004, under the pre-entry
 * number of the copNo's latest list, as the embedded runtime answers. Pre-entry numbers are given here, one to each
 * list that goes on (its partition's counter, in the claims' store).
 *
 * <p>Unlike the embedded runtime, a copNo stays its first order's even when that list was refused further on (this
 * stage does not hear of the decisions): a list for another order must take a new copNo.
 */
final class CopNoProcessor implements Processor<String, CbecEvent, String, CbecEvent> {
    private static final Logger log = LoggerFactory.getLogger(CopNoProcessor.class);

    private ProcessorContext<String, CbecEvent> context;
    /** agent|copNo -> "ebp|orderNo preNo" of the order that claimed it and the pre-entry number of its latest list. */
    private KeyValueStore<String, String> claims;
    private Numbers numbers;

    @Override
    public void init(ProcessorContext<String, CbecEvent> context) {
        this.context = context;
        this.claims = context.getStateStore(CbecTopology.COPNOS_STORE);
        this.numbers = new Numbers(claims, context.taskId().partition());
    }

    @Override
    public void process(Record<String, CbecEvent> record) {
        CbecEvent e = record.value();
        long ts = record.timestamp();
        try {
            if (e.kind() != Kind.LIST) {
                log.warn("the copNo stage got a {} event; ignored", e.kind());
                return;
            }
            InventoryHead h = e.list().head();
            String key = JoinProcessor.listKey(h.agentCode(), h.copNo());
            String order = JoinProcessor.orderKey(h.ebpCode(), h.orderNo());
            String claim = claims.get(key);
            if (claim != null && !claim.startsWith(order + " ")) {
                String preNo = claim.substring(claim.lastIndexOf(' ') + 1);
                Receipt r = Receipt.inventory(CebMessageType.CEB622, h.guid(), Numbers.code4(h.customsCode()),
                        h.ebpCode(), h.ebcCode(), h.agentCode(), h.copNo(), preNo, null, "100",
                        Numbers.returnTime(ts), "-621004 清单[" + h.copNo() + "]已经申报过，请勿重复申报 list " + h.copNo()
                                + " was already declared (for another order)");
                context.forward(new Record<>(e.sender(), CbecEvent.receipt(e.sender(), e.messageGuid(), r), ts));
                return;
            }
            String preNo = numbers.preNo("B", Numbers.china(ts).toLocalDate());
            claims.put(key, order + " " + preNo);
            // on to the order stage, keyed by order number as the other documents
            context.forward(new Record<>(h.orderNo(), e.withPreNo(preNo), ts));
        } catch (RuntimeException ex) {
            CbecTopology.failed(context, log, e, ts, ex);
        }
    }
}
