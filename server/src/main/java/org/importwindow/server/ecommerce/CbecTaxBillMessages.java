package org.importwindow.server.ecommerce;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.ecommerce.CbecLineTax;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.message.CebTimes;
import org.importwindow.ecommerce.message.InventoryHead;
import org.importwindow.ecommerce.message.TaxBill;
import org.importwindow.ecommerce.message.TaxBills;
import org.importwindow.ecommerce.message.TaxHeadRd;
import org.importwindow.ecommerce.message.TaxListRd;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tax bills as the spec's CEB816 message: one Tax per released list (TaxHeadRd with the list's parties and the
 * three taxes, TaxListRd per line with its dutiable price). Status as the spec: 1 issued, 3 void (a cancelled list);
 * a refunded return stays 1 with the refund in the return's receipt.
 */
@Component
public class CbecTaxBillMessages {
    private final CbecStore store;
    private final TaxBillJson bills;

    public CbecTaxBillMessages(CbecStore store, JsonMapper json) {
        this.store = store;
        this.bills = new TaxBillJson(json);
    }

    public String xml(List<StoredTaxBill> stored, String messageGuid) {
        List<TaxBill> out = new ArrayList<>();
        for (StoredTaxBill b : stored) {
            StoredList list = store.listByGuid(b.inventoryGuid()).orElseThrow();
            InventoryHead h = list.inventory().head();
            CbecTaxBill bill = bills.read(b.billJson());
            List<TaxListRd> lines = new ArrayList<>();
            for (CbecLineTax l : bill.lines()) {
                String gcode = list.inventory().items().stream().filter(i -> i.gnum() == l.gnum()).findFirst()
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
