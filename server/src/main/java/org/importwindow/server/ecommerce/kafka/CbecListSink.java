package org.importwindow.server.ecommerce.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.server.ecommerce.CbecCounts;
import org.importwindow.server.ecommerce.CbecMeter;
import org.importwindow.server.ecommerce.CbecProcessor;
import org.importwindow.server.ecommerce.CbecStore;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the Kafka runtime, the lists' states the topology publishes ({@link KafkaListView} on the lists topic) kept in
 * the single window's database as the embedded runtime keeps them: the list ({@code cbec_inventory}), its tax bill
 * ({@code cbec_tax_bill}) and its buyer's usage ({@code allowance_usage}). So {@code GET /api/v1/cbec/tax-bills} (JSON
 * and CEB816), the buyer's, the enterprise's and the officer's pages read the same tables in both runtimes.
 *
 * <p>Read committed and at least once ({@link DatabaseSink}); every state is written so that writing it again, or
 * the states of a partition again from an earlier offset, ends where the topology is:
 * <ul>
 *     <li>a list's row is created once (by guid) and then only moves forward: waiting, then released or refused, then
 *     cancelled; an older state delivered again does not take it back. A list refused and declared again under the
 *     same copNo replaces the refused one, as in the embedded runtime; a state of another list with a copNo already
 *     taken by a list not refused (one the topology refuses as declared twice, or one of another buyer it could not
 *     see, see the package description) is not stored.</li>
 *     <li>a tax bill is created once (by invtNo) and its status leaves ISSUED (CANCELLED, REFUNDED) but never comes
 *     back to it.</li>
 *     <li>a buyer's usage is the ledger's value after the step, written over the row.</li>
 * </ul>
 */
public class CbecListSink extends DatabaseSink {
    private static final Logger log = LoggerFactory.getLogger(CbecListSink.class);
    static final String PENDING = "PENDING";
    static final String REFUSED = "REFUSED";
    static final String CANCELLED = "CANCELLED";
    static final String ISSUED = "ISSUED";

    private final CbecStore store;
    private final AllowanceUsageRows usage;

    private final CbecMeter meter;

    public CbecListSink(Map<String, Object> consumerProperties, CbecTopics topics, CbecStore store, JdbcClient db,
                        TransactionTemplate tx, CbecMeter meter) {
        super("list-sink", consumerProperties, topics, topics.lists(), tx, db);
        this.store = store;
        this.meter = meter;
        this.usage = new AllowanceUsageRows(db);
    }

    @Override
    void write(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> r : records) {
            KafkaListView v;
            try {
                v = KafkaListView.parse(r.value());
            } catch (RuntimeException e) {
                log.warn("list state at {}-{} offset {} not readable ({} bytes)", r.topic(), r.partition(),
                        r.offset(), r.value() == null ? 0 : r.value().length);
                continue;
            }
            store(v, counts);
        }
        // the officer's figures, counted on the changes the rows actually made (so a state delivered again counts
        // nothing), written in the same transaction
        CbecCounts.Drained d = counts.drain();
        store.addCounts(d.counts());
        meter.record(d.decided(), d.received());
    }

    private final CbecCounts counts = new CbecCounts();

    /** One state: the list, its bill, its buyer's usage. */
    void store(KafkaListView v, CbecCounts counts) {
        if (v.usage() != null) {
            usage.set(v.usage().scheme(), v.personKey(), v.usage().period(), v.usage().used());
        }
        if (list(v, counts) && v.bill() != null) {
            bill(v);
        }
    }

    /** Store the list's state; whether the row under its copNo is this list's (so its bill may be stored). */
    private boolean list(KafkaListView v, CbecCounts counts) {
        Optional<StoredList> mine = store.listByGuid(v.guid());
        if (mine.isPresent()) {
            StoredList l = mine.get();
            if (v.status() != null && rank(v.status()) >= rank(l.status())) {
                store.updateList(v.guid(), v.status(), v.returnStatus(), v.invtNo(), time(v.decidedAt()),
                        v.releaseDate(), v.taxTotal());
                if (!v.status().equals(l.status())) {
                    count(v, counts);
                }
            }
            return true;
        }
        if (!v.full()) {
            log.warn("list {} of {} changed to {} but was never stored; ignored", v.copNo(), v.agentCode(),
                    v.status());
            return false;
        }
        StoredList row = new StoredList(v.guid(), v.agentCode(), v.copNo(), v.preNo(), v.invtNo(), v.ebpCode(),
                v.orderNo(), v.logisticsCode(), v.logisticsNo(), v.personKey(), v.personMasked(), v.status(),
                v.returnStatus(), time(v.receivedAt()), time(v.decidedAt()), v.releaseDate(), v.taxTotal(),
                v.sender(), v.inventory());
        Optional<StoredList> other = store.listByCopNo(v.agentCode(), v.copNo());
        if (other.isEmpty()) {
            store.insertList(row, v.messageGuid());
        } else if (REFUSED.equals(other.get().status())) {
            store.replaceRefusedList(other.get().guid(), row, v.messageGuid());
        } else {
            log.info("list {} of {} ({}) not stored: copNo already taken by a list {}", v.copNo(), v.agentCode(),
                    v.status(), other.get().status());
            return false;
        }
        counts.add(chinaDay(v.receivedAt()), CbecCounts.RECEIVED);
        if (!PENDING.equals(v.status())) {
            count(v, counts);
        }
        return true;
    }

    /** A list's new state in the officer's figures, on the day it was decided (China). */
    private static void count(KafkaListView v, CbecCounts counts) {
        LocalDate day = v.releaseDate() != null && "RELEASED".equals(v.status()) ? v.releaseDate()
                : chinaDay(v.decidedAt() != null ? v.decidedAt() : v.receivedAt());
        switch (v.status()) {
            case "RELEASED" -> counts.add(day, CbecCounts.RELEASED);
            case REFUSED -> counts.add(day, CbecCounts.REFUSED);
            case CANCELLED -> counts.add(day, CbecCounts.CANCELLED);
            default -> {
            }
        }
    }

    private static LocalDate chinaDay(Long epochMillis) {
        return Instant.ofEpochMilli(epochMillis == null ? System.currentTimeMillis() : epochMillis)
                .atZone(CbecProcessor.CHINA).toLocalDate();
    }

    private void bill(KafkaListView v) {
        KafkaListView.Bill b = v.bill();
        List<StoredTaxBill> stored = store.taxBills(v.sender(), null, b.invtNo(), 1);
        if (stored.isEmpty()) {
            CbecTaxBill bill = b.bill();
            if (bill == null) {
                log.warn("tax bill {} changed to {} but was never stored; ignored", b.invtNo(), b.status());
                return;
            }
            store.insertTaxBill(new StoredTaxBill(b.invtNo(), v.guid(), v.copNo(), v.sender(), v.orderNo(),
                    bill.customsTax(), bill.valueAddedTax(), bill.consumptionTax(), bill.taxTotal(), b.status(),
                    time(b.issuedAt()), KafkaJson.write(bill)));
        } else if (!ISSUED.equals(b.status()) && !b.status().equals(stored.get(0).status())) {
            store.updateTaxBillStatus(b.invtNo(), b.status());
        }
    }

    /** A list's states in the order they follow one another. */
    private static int rank(String status) {
        return switch (status) {
            case PENDING -> 0;
            case CANCELLED -> 2;
            default -> 1;
        };
    }

    private static OffsetDateTime time(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC);
    }
}
