package org.importwindow.server.ecommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.importwindow.ecommerce.CbecLineTax;
import org.importwindow.ecommerce.CbecTaxBill;
import tools.jackson.databind.json.JsonMapper;

/**
 * A released list's tax bill kept as JSON and read back for a cancellation or a return: the figures of each line
 * (taxes, measures, quantities), without the engine's full working of each item, which the bill's explanation
 * already says in words and which a refund does not need.
 */
final class TaxBillJson {
    @JsonIgnoreProperties(value = "assessment", allowGetters = false)
    private abstract static class LineWithoutWorking {
    }

    private final JsonMapper json;

    TaxBillJson(JsonMapper base) {
        this.json = base.rebuild().addMixIn(CbecLineTax.class, LineWithoutWorking.class).build();
    }

    String write(CbecTaxBill bill) {
        return json.writeValueAsString(bill);
    }

    CbecTaxBill read(String text) {
        return json.readValue(text, CbecTaxBill.class);
    }
}
