package org.importwindow.server.ecommerce;

import java.util.List;
import java.util.Optional;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;

/**
 * What the API reads back from the writer's state of record: an enterprise's receipts and tax bills. The SQL store
 * ({@link CbecStore}) or, with {@code importwindow.cbec.store=rocksdb}, the RocksDB one ({@link RocksWork}); both
 * answer the same, in the same order. Called on request threads, concurrently with the writer.
 */
interface CbecReads {
    /** The owner's receipts for the copNo, orderNo or guid (the first given), in the order produced. */
    List<Receipt> receipts(String owner, String copNo, String orderNo, String guid, int limit);

    /** The owner's tax bills for the copNo or invtNo (the first given), oldest first. */
    List<StoredTaxBill> taxBills(String owner, String copNo, String invtNo, int limit);

    /** What the CEB816 message of a bill needs: the bill's lines and the list's inventory (parties, items' gcode). */
    Optional<BillDetail> billDetail(StoredTaxBill bill);

    /** The list with this invtNo, else with this copNo under one of the agents. */
    Optional<StoredList> listByNumber(String number, java.util.Collection<String> agentCodes);

    record BillDetail(CbecTaxBill bill, Inventory inventory) {
    }

    /** The SQL store's answers. */
    final class Sql implements CbecReads {
        private final CbecStore store;
        private final TaxBillJson bills;

        Sql(CbecStore store, TaxBillJson bills) {
            this.store = store;
            this.bills = bills;
        }

        @Override
        public Optional<StoredList> listByNumber(String number, java.util.Collection<String> agentCodes) {
            Optional<StoredList> l = store.listByInvtNo(number);
            for (java.util.Iterator<String> a = agentCodes.iterator(); l.isEmpty() && a.hasNext(); ) {
                l = store.listByCopNo(a.next(), number);
            }
            return l;
        }

        @Override
        public List<Receipt> receipts(String owner, String copNo, String orderNo, String guid, int limit) {
            return store.receipts(owner, copNo, orderNo, guid, limit);
        }

        @Override
        public List<StoredTaxBill> taxBills(String owner, String copNo, String invtNo, int limit) {
            return store.taxBills(owner, copNo, invtNo, limit);
        }

        @Override
        public Optional<BillDetail> billDetail(StoredTaxBill b) {
            String json = b.billJson() != null ? b.billJson() : store.taxBillJson(b.invtNo()).orElse(null);
            if (json == null) {
                return Optional.empty();
            }
            return store.listByGuid(b.inventoryGuid()).map(l -> new BillDetail(bills.read(json), l.inventory()));
        }
    }
}
