package org.importwindow.server.ecommerce;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;

/**
 * The API's reads from the RocksDB state of record ({@code importwindow.cbec.store=rocksdb}): from the store open now
 * (the writer may close it and open it again, as a restart does; a read that finds it closed is tried again on the
 * one opened after it).
 */
final class RocksReads implements CbecReads {
    private static final int TRIES = 100;

    private final Supplier<RocksWork> store;

    RocksReads(Supplier<RocksWork> store) {
        this.store = store;
    }

    private <T> T read(java.util.function.Function<RocksWork, T> read) {
        RocksWork.Closed last = null;
        for (int i = 0; i < TRIES; i++) {
            try {
                return read.apply(store.get());
            } catch (RocksWork.Closed e) {
                last = e;
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    @Override
    public List<Receipt> receipts(String owner, String copNo, String orderNo, String guid, int limit) {
        return read(r -> r.readReceipts(owner, copNo, orderNo, guid, limit));
    }

    @Override
    public List<StoredTaxBill> taxBills(String owner, String copNo, String invtNo, int limit) {
        return read(r -> r.readTaxBills(owner, copNo, invtNo, limit));
    }

    @Override
    public Optional<BillDetail> billDetail(StoredTaxBill bill) {
        return read(r -> r.readBillDetail(bill.invtNo()));
    }

    /** The officer's counters, with their counts on the China day {@code today}. */
    List<RocksWork.Counter> counters(java.time.LocalDate today) {
        return read(r -> r.readCounters(today));
    }

    /** The lists waiting now: {@code [received since dayStart, all]}. */
    long[] pending(java.time.OffsetDateTime dayStart) {
        return read(r -> r.readPending(dayStart));
    }

    List<RocksWork.PageList> listsOfPerson(String personKey, int limit) {
        return read(r -> r.readListsOfPerson(personKey, limit));
    }

    List<RocksWork.PageList> listsOfEnterprise(String code, String status, String number, int limit) {
        return read(r -> r.readListsOfEnterprise(code, status, number, limit));
    }

    List<Receipt> receiptsOf(String owner, int limit) {
        return read(r -> r.readReceiptsOf(owner, limit));
    }

    /** Null when nothing is recorded. */
    java.math.BigDecimal usage(String personKey, String period) {
        return read(r -> r.readUsage(personKey, period));
    }

    @Override
    public Optional<CbecStore.StoredList> listByNumber(String number, java.util.Collection<String> agentCodes) {
        return read(r -> r.readListByNumber(number, agentCodes));
    }
}
