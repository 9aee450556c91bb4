package org.importwindow.server.ecommerce;

import java.util.List;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.springframework.stereotype.Service;

/** What the enterprises read back: their receipts and tax bills (committed data; no need to queue for the writer). */
@Service
public class CbecReading {
    static final int LIMIT = 1000;

    private final CbecStore store;

    public CbecReading(CbecStore store) {
        this.store = store;
    }

    public List<Receipt> receipts(String owner, String copNo, String orderNo, String guid) {
        return store.receipts(owner, copNo, orderNo, guid, LIMIT);
    }

    public List<StoredTaxBill> taxBills(String owner, String copNo, String invtNo) {
        return store.taxBills(owner, copNo, invtNo, LIMIT);
    }
}
