package org.importwindow.server.ecommerce;

import java.util.List;
import java.util.Optional;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the enterprises read back: their receipts and tax bills (committed data; no need to queue for the writer),
 * from the writer's state of record: SQL, or RocksDB with {@code importwindow.cbec.store=rocksdb}.
 */
@Service
public class CbecReading {
    static final int LIMIT = 1000;

    private final CbecReads sql;
    private final CbecService service;

    /** The Kafka runtime keeps what it decided in SQL (CbecListSink), whatever the embedded writer's store is. */
    private final boolean kafka;

    public CbecReading(CbecStore store, CbecService service, JsonMapper json,
                       org.springframework.core.env.Environment env) {
        this.sql = new CbecReads.Sql(store, new TaxBillJson(json));
        this.service = service;
        this.kafka = "kafka".equalsIgnoreCase(env.getProperty("importwindow.cbec.runtime", ""));
    }

    private CbecReads reads() {
        CbecReads rocks = kafka ? null : service.rocksReads();
        return rocks != null ? rocks : sql;
    }

    public List<Receipt> receipts(String owner, String copNo, String orderNo, String guid) {
        return reads().receipts(owner, copNo, orderNo, guid, LIMIT);
    }

    public List<StoredTaxBill> taxBills(String owner, String copNo, String invtNo) {
        return reads().taxBills(owner, copNo, invtNo, LIMIT);
    }

    /**
     * The inventory list numbered {@code number} (its invtNo, else its copNo under one of the agents), from the
     * writer's store of record; without its inventory. The trace's link from an EPCIS event to an e-commerce list.
     */
    public Optional<CbecStore.StoredList> listByNumber(String number, java.util.Collection<String> agentCodes) {
        return reads().listByNumber(number, agentCodes);
    }

    /** What the CEB816 message of a bill needs (its lines, the list's inventory), from the same store. */
    Optional<CbecReads.BillDetail> billDetail(StoredTaxBill bill) {
        return reads().billDetail(bill);
    }
}
