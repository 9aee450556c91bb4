package org.importwindow.server.ecommerce.kafka;

import org.importwindow.server.ecommerce.JsonMessages;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.importwindow.ecommerce.message.Ceb311Message;
import org.importwindow.ecommerce.message.Ceb411Message;
import org.importwindow.ecommerce.message.Ceb511Message;
import org.importwindow.ecommerce.message.Ceb621Message;
import org.importwindow.ecommerce.message.Ceb623Message;
import org.importwindow.ecommerce.message.Ceb625Message;
import org.importwindow.ecommerce.message.CebMessage;
import org.importwindow.ecommerce.message.CebMessageError;
import org.importwindow.ecommerce.message.CebMessageException;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.CebNode;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.InvtCancel;
import org.importwindow.ecommerce.message.InvtRefund;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.server.ecommerce.kafka.CbecEvent.Kind;
import tools.jackson.core.JacksonException;

/**
 * The first stage, on the input topics' partitions: reads each message (XML, or the same as JSON) against the
 * official schema with the core's reader, drops a message whose guid was already received (the producers key messages
 * by guid, so a resend meets the first in the same partition), and splits it into its documents, each keyed for the
 * next stage: orders, payments, waybills and lists by their order number, cancellations and returns by their buyer.
 * A message that cannot be read goes to the rejected topic with the reader's errors.
 */
final class IntakeProcessor implements Processor<String, byte[], String, CbecEvent> {
    private final CbecCore core;
    private final CbecStreamsSettings settings;
    private ProcessorContext<String, CbecEvent> context;
    private WindowStore<String, Long> seen;

    IntakeProcessor(CbecCore core, CbecStreamsSettings settings) {
        this.core = core;
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, CbecEvent> context) {
        this.context = context;
        this.seen = context.getStateStore(CbecTopology.SEEN_STORE);
    }

    /**
     * What a guid's entry holds: the message's type and sender, as one negative number, so that a resend (same guid,
     * type and sender) is dropped and another message under the guid is set aside, as the embedded runtime refuses it.
     */
    static long holder(CebMessageType type, String sender) {
        return Long.MIN_VALUE | ((long) type.ordinal() << 32) | ((sender == null ? 0 : sender.hashCode()) & 0xFFFFFFFFL);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(null);
        CebMessage message;
        try {
            message = read(record.value());
        } catch (CebMessageException e) {
            List<String> problems = new ArrayList<>();
            for (CebMessageError m : e.errors()) {
                problems.add(m.code() + (m.path() == null ? "" : " " + m.path()) + ": " + m.messageEn()
                        + (m.line() > 0 ? " (line " + m.line() + ")" : "") + " | " + m.messageZh());
            }
            reject(record, topic, null, problems);
            return;
        }
        CebMessageType expected = settings.topics().typeOf(topic).orElse(message.type());
        if (expected != message.type()) {
            reject(record, topic, message.guid(), List.of("CEB-003: a " + message.type() + " message on the topic of "
                    + expected + " | " + expected + " 主题不接收 " + message.type() + " 报文"));
            return;
        }
        long ts = record.timestamp();
        long window = settings.duplicateWindow().toMillis();
        String sender = message.baseTransfer() == null ? null : Numbers.trim(message.baseTransfer().copCode());
        long holder = holder(message.type(), sender);
        try (WindowStoreIterator<Long> earlier = seen.fetch(message.guid(), ts - window, ts + window)) {
            if (earlier.hasNext()) {
                long first = earlier.next().value;
                // entries written before 2026-11-27 hold the time (not negative): taken as the same message
                if (first >= 0 || first == holder) {
                    // resent: its receipts were published the first time
                    return;
                }
                reject(record, topic, message.guid(), List.of("CEB-006: the message guid " + message.guid()
                        + " is already another message's: give each message a guid of its own; a resend must be the "
                        + "same message from the same sender | 报文编号已被另一报文使用：每份报文须有自己的编号；重发须为同一企业的同一报文"));
                return;
            }
        }
        seen.put(message.guid(), holder, ts);
        String guid = message.guid();
        if (message instanceof Ceb311Message m) {
            for (Order o : m.orders()) {
                forward(record, o.head().orderNo(), CbecEvent.document(Kind.ORDER, guid, sender, ts, o));
            }
        } else if (message instanceof Ceb411Message m) {
            for (PaymentHead p : m.payments()) {
                forward(record, p.orderNo(), CbecEvent.document(Kind.PAYMENT, guid, sender, ts, p));
            }
        } else if (message instanceof Ceb511Message m) {
            for (LogisticsHead w : m.logistics()) {
                forward(record, w.orderNo(), CbecEvent.document(Kind.WAYBILL, guid, sender, ts, w));
            }
        } else if (message instanceof Ceb621Message m) {
            for (Inventory i : m.inventories()) {
                forward(record, i.head().orderNo(), CbecEvent.document(Kind.LIST, guid, sender, ts, i));
            }
        } else if (message instanceof Ceb623Message m) {
            for (InvtCancel c : m.invtCancels()) {
                forward(record, buyer(c.buyerIdNumber()), CbecEvent.document(Kind.CANCEL, guid, sender, ts, c));
            }
        } else if (message instanceof Ceb625Message m) {
            for (InvtRefund r : m.invtRefunds()) {
                forward(record, buyer(r.head().buyerIdNumber()), CbecEvent.document(Kind.RETURN, guid, sender, ts, r));
            }
        }
    }

    private String buyer(String idNumber) {
        return core.personKey().apply(idNumber);
    }

    private CebMessage read(byte[] body) {
        if (body == null) {
            throw new CebMessageException(new CebMessageError(CebMessageError.NOT_WELL_FORMED,
                    CebMessageError.SPEC_OTHER_FORMAT, null, 0, 0, "The record has no value", "记录没有内容"));
        }
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i < body.length && body[i] == '{') {
            CebNode root;
            try {
                root = JsonMessages.tree(KafkaJson.MAPPER.readTree(body));
            } catch (JacksonException e) {
                throw new CebMessageException(new CebMessageError(CebMessageError.NOT_WELL_FORMED,
                        CebMessageError.SPEC_OTHER_FORMAT, null, 0, 0, "The value is not well-formed JSON: "
                        + e.getOriginalMessage(), "报文不是格式正确的 JSON"));
            }
            if (root == null) {
                throw new CebMessageException(new CebMessageError(CebMessageError.UNSUPPORTED_TYPE,
                        CebMessageError.SPEC_OTHER_FORMAT, null, 0, 0, "The JSON must be one object with one "
                        + "member, the message", "JSON 应为只含报文根节点的对象"));
            }
            return CebMessages.readTree(root, settings.maxMessageBytes());
        }
        return CebMessages.read(body, settings.maxMessageBytes());
    }

    private void forward(Record<String, byte[]> in, String key, CbecEvent event) {
        context.forward(new Record<>(key, event, in.timestamp()));
    }

    private void reject(Record<String, byte[]> in, String topic, String guid, List<String> problems) {
        context.forward(new Record<>(in.key(), CbecEvent.rejected(topic, guid, problems), in.timestamp()));
    }
}
