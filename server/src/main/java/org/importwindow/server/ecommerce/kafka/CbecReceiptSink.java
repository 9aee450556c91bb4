package org.importwindow.server.ecommerce.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecCounts;
import org.importwindow.server.ecommerce.CbecStore;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the Kafka runtime, the receipts the topology publishes are also kept in the single window's database, so that
 * senders fetch them with {@code GET /api/v1/cbec/receipts} as in the embedded runtime (see {@link DatabaseSink}: read
 * committed, a poll's receipts in one batch with the partitions' positions, offsets committed after). Receipts
 * delivered again after a crash between the two are recognised by those positions and stored once.
 */
public class CbecReceiptSink extends DatabaseSink {
    private static final Logger log = LoggerFactory.getLogger(CbecReceiptSink.class);

    private final CbecStore store;

    public CbecReceiptSink(Map<String, Object> consumerProperties, CbecTopics topics, CbecStore store,
                           TransactionTemplate tx, org.springframework.jdbc.core.simple.JdbcClient db) {
        super("receipt-sink", consumerProperties, topics, topics.receipts(), tx, db);
        this.store = store;
    }

    @Override
    void write(List<ConsumerRecord<String, byte[]>> records) {
        List<OwnedReceipt> batch = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                KafkaReceipt k = KafkaReceipt.parse(r.value());
                batch.add(new OwnedReceipt(k.owner() != null ? k.owner() : r.key(), k.messageGuid(),
                        new Receipt(CebMessageType.valueOf(k.type()), k.guid(), k.ebpCode(), k.ebcCode(),
                                k.orderNo(), k.payCode(), k.payTransactionId(), k.logisticsCode(),
                                k.logisticsNo(), k.customsCode(), k.agentCode(), k.copNo(), k.preNo(),
                                k.invtNo(), k.returnStatus(), k.returnTime(), k.returnInfo())));
            } catch (RuntimeException e) {
                log.warn("receipt at {}-{} offset {} not readable ({} bytes)", r.topic(), r.partition(), r.offset(),
                        r.value() == null ? 0 : r.value().length);
            }
        }
        if (!batch.isEmpty()) {
            store.insertReceipts(batch);
            // refusals by reason for the officer (once, as the receipts are stored once)
            CbecCounts counts = new CbecCounts();
            for (OwnedReceipt o : batch) {
                Receipt r = o.receipt();
                if (r.type() == CebMessageType.CEB622 && "100".equals(r.returnStatus()) && r.returnTime() != null
                        && r.returnTime().length() >= 8) {
                    counts.refusal(java.time.LocalDate.parse(r.returnTime().substring(0, 8),
                            java.time.format.DateTimeFormatter.BASIC_ISO_DATE), r.returnInfo());
                }
            }
            store.addCounts(counts.drain().counts());
        }
    }
}
