package org.importwindow.server.ecommerce;

import org.importwindow.ecommerce.CbecReturns;
import org.importwindow.ecommerce.CbecTax;
import org.importwindow.ecommerce.clearance.InventoryClearance;
import org.importwindow.ecommerce.message.CustomsCodes;
import org.importwindow.server.tariff.TariffCatalogue;
import org.springframework.stereotype.Component;

/**
 * The core's cross-border e-commerce engines (tax and allowance, clearance, returns) over the tariff as it stands;
 * rebuilt when the catalogue is replaced (a measure import), since the tax keeps its own zero-duty copy of it.
 */
@Component
public class CbecEngine {
    private final TariffCatalogue catalogue;
    private volatile Built built;

    public CbecEngine(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    private record Built(TariffCatalogue.Snapshot snapshot, CbecTax tax, InventoryClearance clearance,
                         CbecReturns returns) {
    }

    private Built built() {
        TariffCatalogue.Snapshot now = catalogue.current();
        Built b = built;
        if (b == null || b.snapshot() != now) {
            CbecTax tax = new CbecTax(now.schedule(), now.reference(), now.exchangeRates(), now.parameters());
            b = new Built(now, tax, new InventoryClearance(tax, now.schedule().nomenclature(), CustomsCodes.bundled()),
                    new CbecReturns(now.parameters()));
            built = b;
        }
        return b;
    }

    public CbecTax tax() {
        return built().tax();
    }

    public InventoryClearance clearance() {
        return built().clearance();
    }

    public CbecReturns returns() {
        return built().returns();
    }

    public TariffCatalogue catalogue() {
        return catalogue;
    }
}
