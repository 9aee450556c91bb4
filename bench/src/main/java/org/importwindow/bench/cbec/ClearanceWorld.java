package org.importwindow.bench.cbec;

import org.importwindow.allowance.InMemoryLedger;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.CbecMeasures;
import org.importwindow.ecommerce.CbecTax;
import org.importwindow.ecommerce.clearance.InventoryClearance;
import org.importwindow.ecommerce.message.CustomsCodes;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.load.BundledMeasures;

/** The core's clearance over the bundled law (the tariff the server ships, with the positive list), as the server builds it. */
public final class ClearanceWorld {
    private final DatedParameters law;
    private final InventoryClearance clearance;

    private ClearanceWorld(DatedParameters law, InventoryClearance clearance) {
        this.law = law;
        this.clearance = clearance;
    }

    public static ClearanceWorld bundled() {
        Nomenclature nomenclature = NomenclatureLoader.loadBundled();
        ReferenceData reference = ReferenceDataLoader.loadBundled();
        BundledMeasures.Bundle bundle = CbecMeasures.withPositiveList(BundledMeasures.load(nomenclature, reference),
                nomenclature, reference);
        DatedParameters law = DatedParameters.loadBundled();
        CbecTax tax = new CbecTax(bundle.schedule(nomenclature), reference, LayeredCustomsExchangeRates.bundled(), law);
        return new ClearanceWorld(law, new InventoryClearance(tax, nomenclature, CustomsCodes.bundled()));
    }

    public InventoryClearance clearance() {
        return clearance;
    }

    /** An empty allowance ledger (every buyer's year starts unused). */
    public Ledger newLedger() {
        return new InMemoryLedger(law);
    }
}
