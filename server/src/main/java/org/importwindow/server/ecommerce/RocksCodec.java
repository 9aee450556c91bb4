package org.importwindow.server.ecommerce;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.ecommerce.CbecLineTax;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.CbecTaxMode;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;

/**
 * The compact binary values of {@link RocksWork} and {@link RocksLedger} (prototype), instead of JSON: each value
 * starts with a version byte ({@link #V1}); strings are a presence byte and modified UTF-8 ({@link
 * java.io.DataOutputStream#writeUTF}, as {@link ValueOut} writes it), amounts their scale and unscaled long (or text
 * when that does not fit), times epoch seconds, nanoseconds and offset. A list's state does not hold its inventory document but where it is: its CEB621
 * message's guid and its position in it (as orders, payments and waybills are kept). A tax bill keeps its figures
 * and each line's figures (what a cancellation and a return read), not the measures' working, the ledger's
 * acceptance or the explanation: its JSON is made from those figures only when it is read.
 */
final class RocksCodec {
    static final byte V1 = 1;

    private RocksCodec() {
    }

    /** Where a list's inventory is: its CEB621 message and its position in it. */
    record Where(String messageGuid, int position) {
    }

    /**
     * A list's state as stored: the list without its inventory, where the inventory is, and what the pages show of it
     * (null in states stored before 2026-11-28, which kept it under its own key).
     */
    record ListState(StoredList list, Where where, Summary summary) {
    }

    @FunctionalInterface
    interface Writer {
        void write(ValueOut out);
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    static byte[] bytes(int size, Writer w) {
        ValueOut out = new ValueOut(size);
        out.writeByte(V1);
        w.write(out);
        return out.toByteArray();
    }

    static <T> T read(byte[] v, Reader<T> r) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(v))) {
            int version = in.readByte();
            if (version != V1) {
                throw new IllegalStateException("unknown value version " + version);
            }
            return r.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- fields ---

    static void str(ValueOut out, String s) {
        if (s == null) {
            out.writeByte(0);
        } else {
            out.writeByte(1);
            out.writeUTF(s);
        }
    }

    static String str(DataInputStream in) throws IOException {
        return in.readByte() == 0 ? null : in.readUTF();
    }

    static void dec(ValueOut out, BigDecimal d) {
        if (d == null) {
            out.writeByte(0);
            return;
        }
        boolean scaleFits = d.scale() >= Short.MIN_VALUE && d.scale() <= Short.MAX_VALUE;
        if (scaleFits && d.precision() <= 18) {
            // the unscaled value without making a BigInteger of it (amounts are all this small)
            out.writeByte(1);
            out.writeShort(d.scale());
            out.writeLong(d.scaleByPowerOfTen(d.scale()).longValueExact());
            return;
        }
        BigInteger u = d.unscaledValue();
        if (u.bitLength() < 64 && scaleFits) {
            out.writeByte(1);
            out.writeShort(d.scale());
            out.writeLong(u.longValue());
        } else {
            out.writeByte(2);
            out.writeUTF(d.toString());
        }
    }

    static BigDecimal dec(DataInputStream in) throws IOException {
        return switch (in.readByte()) {
            case 0 -> null;
            case 1 -> {
                int scale = in.readShort();
                yield BigDecimal.valueOf(in.readLong(), scale);
            }
            default -> new BigDecimal(in.readUTF());
        };
    }

    static void time(ValueOut out, OffsetDateTime t) {
        if (t == null) {
            out.writeByte(0);
            return;
        }
        out.writeByte(1);
        out.writeLong(t.toEpochSecond());
        out.writeInt(t.getNano());
        out.writeInt(t.getOffset().getTotalSeconds());
    }

    static OffsetDateTime time(DataInputStream in) throws IOException {
        if (in.readByte() == 0) {
            return null;
        }
        long seconds = in.readLong();
        int nano = in.readInt();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nano), offset);
    }

    static void date(ValueOut out, LocalDate d) {
        out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
    }

    static LocalDate date(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    // --- receipts ---

    static void receipt(ValueOut out, Receipt r) {
        out.writeUTF(r.type().name());
        str(out, r.guid());
        str(out, r.ebpCode());
        str(out, r.ebcCode());
        str(out, r.orderNo());
        str(out, r.payCode());
        str(out, r.payTransactionId());
        str(out, r.logisticsCode());
        str(out, r.logisticsNo());
        str(out, r.customsCode());
        str(out, r.agentCode());
        str(out, r.copNo());
        str(out, r.preNo());
        str(out, r.invtNo());
        str(out, r.returnStatus());
        str(out, r.returnTime());
        str(out, r.returnInfo());
    }

    static Receipt receipt(DataInputStream in) throws IOException {
        return new Receipt(CebMessageType.valueOf(in.readUTF()), str(in), str(in), str(in), str(in), str(in), str(in),
                str(in), str(in), str(in), str(in), str(in), str(in), str(in), str(in), str(in), str(in));
    }

    static byte[] receipt(Receipt r) {
        return bytes(256, out -> receipt(out, r));
    }

    static Receipt receipt(byte[] v) {
        return read(v, RocksCodec::receipt);
    }

    static byte[] receipts(List<Receipt> receipts) {
        return listOf(receipts, 256, RocksCodec::receipt);
    }

    static List<Receipt> receipts(byte[] v) {
        return listOf(v, RocksCodec::receipt);
    }

    /** A list of items, its size first, each written by {@code one} (about {@code each} bytes). */
    private static <T> byte[] listOf(List<T> items, int each, java.util.function.BiConsumer<ValueOut, T> one) {
        return bytes(16 + each * items.size(), out -> {
            out.writeInt(items.size());
            for (T item : items) {
                one.accept(out, item);
            }
        });
    }

    private static <T> List<T> listOf(byte[] v, Reader<T> one) {
        return read(v, in -> {
            int n = in.readInt();
            List<T> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(one.read(in));
            }
            return items;
        });
    }

    // --- a list's state ---

    /** The list's state, with what the pages show of its inventory (written last, and only when known). */
    static byte[] list(StoredList l, Where where, Summary summary) {
        return bytes(384 + (summary == null ? 0 : 64 + 48 * summary.goods().size()), out -> {
            str(out, where.messageGuid());
            out.writeInt(where.position());
            str(out, l.guid());
            str(out, l.agentCode());
            str(out, l.copNo());
            str(out, l.preNo());
            str(out, l.invtNo());
            str(out, l.ebpCode());
            str(out, l.orderNo());
            str(out, l.logisticsCode());
            str(out, l.logisticsNo());
            str(out, l.personKey());
            str(out, l.personMasked());
            str(out, l.status());
            str(out, l.returnStatus());
            time(out, l.receivedAt());
            time(out, l.decidedAt());
            date(out, l.releaseDate());
            dec(out, l.taxTotal());
            str(out, l.senderCode());
            if (summary != null) {
                summary(out, summary);
            }
        });
    }

    /** The list's state; its inventory is {@code inventory}'s answer for where it is (e.g. read from its message). */
    static ListState list(byte[] v, java.util.function.Function<Where, Inventory> inventory) {
        return read(v, in -> {
            Where where = new Where(str(in), in.readInt());
            String guid = str(in);
            String agentCode = str(in);
            String copNo = str(in);
            String preNo = str(in);
            String invtNo = str(in);
            String ebpCode = str(in);
            String orderNo = str(in);
            String logisticsCode = str(in);
            String logisticsNo = str(in);
            String personKey = str(in);
            String personMasked = str(in);
            String status = str(in);
            String returnStatus = str(in);
            OffsetDateTime receivedAt = time(in);
            OffsetDateTime decidedAt = time(in);
            LocalDate releaseDate = date(in);
            BigDecimal taxTotal = dec(in);
            String senderCode = str(in);
            Summary summary = in.available() > 0 ? summary(in) : null;
            return new ListState(new StoredList(guid, agentCode, copNo, preNo, invtNo, ebpCode, orderNo, logisticsCode,
                    logisticsNo, personKey, personMasked, status, returnStatus, receivedAt, decidedAt, releaseDate,
                    taxTotal, senderCode, inventory == null ? null : inventory.apply(where)), where, summary);
        });
    }

    /** Only where a stored list's inventory is (its state not decoded). */
    static Where where(byte[] v) {
        return read(v, in -> new Where(str(in), in.readInt()));
    }

    // --- the ledger ---

    static byte[] usage(BigDecimal used) {
        return bytes(16, out -> dec(out, used));
    }

    static BigDecimal usage(byte[] v) {
        return read(v, RocksCodec::dec);
    }

    static byte[] entry(RocksLedger.Entry e) {
        return bytes(128, out -> {
            out.writeBoolean("DEBIT".equals(e.kind()));
            str(out, e.person());
            str(out, e.period());
            date(out, e.date());
            dec(out, e.amount());
            out.writeBoolean(e.singleLimit());
            dec(out, e.usageAfter());
            str(out, e.debitId());
            dec(out, e.credited());
        });
    }

    static RocksLedger.Entry entry(byte[] v) {
        return read(v, in -> new RocksLedger.Entry(in.readBoolean() ? "DEBIT" : "CREDIT", str(in), str(in), date(in),
                dec(in), in.readBoolean(), dec(in), str(in), dec(in)));
    }

    // --- tax bills ---

    /**
     * A stored bill: its row's fields, the bill's figures (billJson is not kept; see {@link #taxBill}) and the key of
     * its list's state ({@code l|agent|copNo}; null in bills stored before 2026-11-28, whose list is found through
     * {@code i|invtNo}).
     */
    record Bill(StoredTaxBill row, CbecTaxBill bill, String listKey) {
        Bill(StoredTaxBill row, CbecTaxBill bill) {
            this(row, bill, null);
        }
    }

    static byte[] taxBill(StoredTaxBill b, CbecTaxBill bill) {
        return taxBill(b, bill, null);
    }

    /** The bill, and the key of its list's state when known (written last). */
    static byte[] taxBill(StoredTaxBill b, CbecTaxBill bill, String listKey) {
        return bytes(256 + 160 * bill.lines().size(), out -> {
            str(out, b.invtNo());
            str(out, b.inventoryGuid());
            str(out, b.copNo());
            str(out, b.owner());
            str(out, b.orderNo());
            str(out, b.status());
            time(out, b.issuedAt());
            date(out, bill.date());
            out.writeUTF(bill.mode().name());
            dec(out, bill.fraction());
            dec(out, bill.goodsValue());
            dec(out, bill.freight());
            dec(out, bill.insuredFee());
            dec(out, bill.dutiablePrice());
            dec(out, bill.customsTax());
            dec(out, bill.valueAddedTax());
            dec(out, bill.consumptionTax());
            dec(out, bill.taxTotal());
            out.writeInt(bill.lines().size());
            for (CbecLineTax t : bill.lines()) {
                out.writeInt(t.gnum());
                str(out, t.commodityCode());
                dec(out, t.quantity());
                dec(out, t.declaredQuantity());
                dec(out, t.price());
                dec(out, t.freight());
                dec(out, t.insurance());
                dec(out, t.dutiablePrice());
                dec(out, t.customsTax());
                dec(out, t.valueAddedTax());
                dec(out, t.consumptionTax());
                dec(out, t.taxTotal());
                dec(out, t.statutoryValueAddedTax());
                dec(out, t.statutoryConsumptionTax());
                out.writeLong(t.positiveListSid());
            }
            if (listKey != null) {
                str(out, listKey);
            }
        });
    }

    /**
     * The stored bill. Its {@link CbecTaxBill} has the figures only: no measures (duty, taxes applied), no item
     * assessment, no ledger acceptance, no explanation; the row's billJson is null (made from the figures when read).
     */
    static Bill taxBill(byte[] v) {
        return read(v, in -> {
            String invtNo = str(in);
            String inventoryGuid = str(in);
            String copNo = str(in);
            String owner = str(in);
            String orderNo = str(in);
            String status = str(in);
            OffsetDateTime issuedAt = time(in);
            LocalDate date = date(in);
            CbecTaxMode mode = CbecTaxMode.valueOf(in.readUTF());
            BigDecimal fraction = dec(in);
            BigDecimal goodsValue = dec(in);
            BigDecimal freight = dec(in);
            BigDecimal insuredFee = dec(in);
            BigDecimal dutiablePrice = dec(in);
            BigDecimal customsTax = dec(in);
            BigDecimal vat = dec(in);
            BigDecimal ct = dec(in);
            BigDecimal total = dec(in);
            int n = in.readInt();
            List<CbecLineTax> lines = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                lines.add(new CbecLineTax(in.readInt(), str(in), dec(in), dec(in), dec(in), dec(in), dec(in), dec(in),
                        dec(in), dec(in), dec(in), dec(in), dec(in), dec(in), null, null, null, in.readLong(), null));
            }
            CbecTaxBill bill = new CbecTaxBill(date, mode, fraction, goodsValue, freight, insuredFee, dutiablePrice,
                    lines, customsTax, vat, ct, total, null, List.of());
            String listKey = in.available() > 0 ? str(in) : null;
            return new Bill(new StoredTaxBill(invtNo, inventoryGuid, copNo, owner, orderNo, customsTax, vat, ct, total,
                    status, issuedAt, null), bill, listKey);
        });
    }

    // --- the enterprises' pages ---

    /** A block of an enterprise's page entries (each {@code newestFirst|agent|copNo}). */
    static byte[] pageEntries(List<String> entries) {
        return listOf(entries, 48, RocksCodec::str);
    }

    static List<String> pageEntries(byte[] v) {
        return listOf(v, RocksCodec::str);
    }

    // --- what the pages show of a list's inventory ---

    /**
     * What the pages show of a list's inventory, kept once when the list is received so that a page of lists does not
     * read their CEB621 messages again: the platform's and the buyer's names, each item's name (gname, else
     * itemName) and the goods' value (the sum of the items' totalPrice).
     */
    record Summary(String ebpName, String buyerName, List<String> goods, BigDecimal goodsValue) {
        static Summary of(Inventory inventory) {
            List<String> goods = new ArrayList<>(inventory.items().size());
            BigDecimal value = BigDecimal.ZERO;
            for (org.importwindow.ecommerce.message.InventoryItem item : inventory.items()) {
                goods.add(item.gname() != null ? item.gname() : item.itemName());
                if (item.totalPrice() != null) {
                    value = value.add(item.totalPrice());
                }
            }
            return new Summary(inventory.head().ebpName(), inventory.head().buyerName(), goods, value);
        }
    }

    /** A summary under its own key ({@code s|agent|copNo}), as lists stored before 2026-11-28 keep it. */
    static byte[] summary(Summary s) {
        return bytes(64 + 48 * s.goods().size(), out -> summary(out, s));
    }

    static Summary summary(byte[] v) {
        return read(v, RocksCodec::summary);
    }

    private static void summary(ValueOut out, Summary s) {
        str(out, s.ebpName());
        str(out, s.buyerName());
        out.writeInt(s.goods().size());
        for (String g : s.goods()) {
            str(out, g);
        }
        dec(out, s.goodsValue());
    }

    private static Summary summary(DataInputStream in) throws IOException {
        String ebpName = str(in);
        String buyerName = str(in);
        int n = in.readInt();
        List<String> goods = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            goods.add(str(in));
        }
        return new Summary(ebpName, buyerName, goods, dec(in));
    }
}
