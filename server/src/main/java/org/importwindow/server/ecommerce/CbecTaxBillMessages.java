package org.importwindow.server.ecommerce;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.ecommerce.CbecLineTax;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.message.CebTimes;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.InventoryHead;
import org.importwindow.ecommerce.message.TaxBill;
import org.importwindow.ecommerce.message.TaxBills;
import org.importwindow.ecommerce.message.TaxHeadRd;
import org.importwindow.ecommerce.message.TaxListRd;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.springframework.stereotype.Component;

/**
 * The tax bills as the spec's CEB816 message: one Tax per released list (TaxHeadRd with the list's parties and the
 * three taxes, TaxListRd per line with its dutiable price). Status as the spec: 1 issued, 3 void (a cancelled list);
 * a refunded return stays 1 with the refund in the return's receipt.
 */
@Component
public class CbecTaxBillMessages {
    private final CbecReading reading;

    public CbecTaxBillMessages(CbecReading reading) {
        this.reading = reading;
    }

    public String xml(List<StoredTaxBill> stored, String messageGuid) {
        List<TaxBill> out = new ArrayList<>();
        for (StoredTaxBill b : stored) {
            CbecReads.BillDetail detail = reading.billDetail(b).orElseThrow(() -> new IllegalStateException(
                    "tax bill " + b.invtNo() + ": its list or figures are not stored"));
            Inventory inventory = detail.inventory();
            InventoryHead h = inventory.head();
            CbecTaxBill bill = detail.bill();
            List<TaxListRd> lines = new ArrayList<>();
            for (CbecLineTax l : bill.lines()) {
                String gcode = inventory.items().stream().filter(i -> i.gnum() == l.gnum()).findFirst()
                        .map(i -> i.gcode()).orElse(l.commodityCode());
                lines.add(new TaxListRd(l.gnum(), gcode, l.dutiablePrice(), l.customsTax(), l.valueAddedTax(),
                        l.consumptionTax()));
            }
            String status = "CANCELLED".equals(b.status()) ? "3" : "1";
            out.add(new TaxBill(new TaxHeadRd(b.inventoryGuid(), CebTimes.formatReturnTime(b.issuedAt()
                    .atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime()), b.invtNo(), b.invtNo() + "01",
                    b.customsTax(), b.valueAddedTax(), b.consumptionTax(), status, null, null, h.assureCode(),
                    h.ebcCode(), h.logisticsCode(), h.agentCode(), h.customsCode()), lines));
        }
        return TaxBills.toXml(out, messageGuid);
    }
}
