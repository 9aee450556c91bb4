package org.importwindow.server.ecommerce;

import java.util.List;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.api.JsonValues;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;

/** The JSON answers of the cross-border e-commerce API (the contract's field names). */
public final class CbecJson {
    private CbecJson() {
    }

    /**
     * One receipt: {@code type} (CEB312...CEB626), the document's {@code guid}, its identifying numbers,
     * {@code returnStatus} (spec codes: 120 stored/waiting, 800 released, 100 refused, 399 concluded),
     * {@code returnTime} (yyyyMMddHHmmssSSS, China time) and {@code returnInfo} (a refusal starts with the spec's
     * error code, then the reason in Chinese and English).
     */
    public record ReceiptJson(String type, String guid, String copNo, String preNo, String invtNo, String orderNo,
                              String ebpCode, String ebcCode, String agentCode, String payCode,
                              String payTransactionId, String logisticsCode, String logisticsNo, String returnStatus,
                              String returnTime, String returnInfo) {
        static ReceiptJson of(Receipt r) {
            return new ReceiptJson(r.type().name(), r.guid(), r.copNo(), r.preNo(), r.invtNo(), r.orderNo(),
                    r.ebpCode(), r.ebcCode(), r.agentCode(), r.payCode(), r.payTransactionId(), r.logisticsCode(),
                    r.logisticsNo(), r.returnStatus(), r.returnTime(), r.returnInfo());
        }
    }

    public record Receipts(List<ReceiptJson> receipts) {
        static Receipts of(List<Receipt> receipts) {
            return new Receipts(receipts.stream().map(ReceiptJson::of).toList());
        }
    }

    /** A tax bill of a released list (like CEB816): amounts in yuan with two decimals. */
    public record TaxBillJson(String invtNo, String copNo, String orderNo, String customsTax, String valueAddedTax,
                              String consumptionTax, String taxTotal, String status) {
        static TaxBillJson of(StoredTaxBill b) {
            return new TaxBillJson(b.invtNo(), b.copNo(), b.orderNo(), JsonValues.money(b.customsTax()),
                    JsonValues.money(b.valueAddedTax()), JsonValues.money(b.consumptionTax()),
                    JsonValues.money(b.taxTotal()), b.status());
        }
    }

    public record TaxBills(List<TaxBillJson> taxBills) {
        static TaxBills of(List<StoredTaxBill> bills) {
            return new TaxBills(bills.stream().map(TaxBillJson::of).toList());
        }
    }
}
