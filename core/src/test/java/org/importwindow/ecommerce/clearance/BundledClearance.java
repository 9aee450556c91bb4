package org.importwindow.ecommerce.clearance;

import org.importwindow.ecommerce.CbecMeasures;
import org.importwindow.ecommerce.CbecTax;
import org.importwindow.ecommerce.message.CustomsCodes;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.load.BundledMeasures;

/** The clearance the tests decide lists with: the bundled tariff with the e-commerce positive list, under {@code law}. */
final class BundledClearance {
    private BundledClearance() {
    }

    /** Built anew each call: two calls are two versions of the tariff, as after a measure import. */
    static InventoryClearance of(DatedParameters law) {
        Nomenclature nomenclature = NomenclatureLoader.loadBundled();
        ReferenceData reference = ReferenceDataLoader.loadBundled();
        BundledMeasures.Bundle bundle = CbecMeasures.withPositiveList(BundledMeasures.load(nomenclature, reference),
                nomenclature, reference);
        CbecTax tax = new CbecTax(bundle.schedule(nomenclature), reference, LayeredCustomsExchangeRates.bundled(), law);
        return new InventoryClearance(tax, nomenclature, CustomsCodes.bundled());
    }
}
