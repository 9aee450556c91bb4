package org.importwindow.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.load.BundledMeasures;

/** The bundled law with the positive list, loaded once for the e-commerce tests, and typical lines. */
final class CbecWorld {
    static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 16);
    static final String BUYER = "11010519491231002X";
    static final Nomenclature NOMENCLATURE = NomenclatureLoader.loadBundled();
    static final ReferenceData REFERENCE = ReferenceDataLoader.loadBundled();
    static final BundledMeasures.Bundle BUNDLE = CbecMeasures.withPositiveList(
            BundledMeasures.load(NOMENCLATURE, REFERENCE), NOMENCLATURE, REFERENCE);
    static final TariffSchedule SCHEDULE = BUNDLE.schedule(NOMENCLATURE);
    static final DatedParameters LAW = DatedParameters.loadBundled();
    static final CbecTax TAX = new CbecTax(SCHEDULE, REFERENCE, LayeredCustomsExchangeRates.bundled(), LAW);

    private CbecWorld() {
    }

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    /** A bottle (0.75 l) of French red wine. */
    static CbecLine wine(int gnum, String price) {
        return new CbecLine(gnum, "22042100", "Bordeaux red wine 750ml", "FR", yuan("0.75"), "LTR", yuan(price),
                Map.of(CbecLine.ITEM_COUNT, "1"));
    }

    /** A 50 ml jar of face cream. */
    static CbecLine cream(int gnum, String price) {
        return new CbecLine(gnum, "33049900", "face cream 50ml", "JP", yuan("50"), "MLT", yuan(price), Map.of());
    }

    /** Two 900 g tins of milk powder. */
    static CbecLine milkPowder(int gnum, String price) {
        return new CbecLine(gnum, "04022100", "whole milk powder 2 x 900g", "NZ", yuan("1.8"), "KGM", yuan(price),
                Map.of(CbecLine.ITEM_COUNT, "2"));
    }

    static CbecLine watch(int gnum, String quantity, String price) {
        return new CbecLine(gnum, "91021100", "mechanical wrist-watch", "CH", yuan(quantity), "PCE", yuan(price),
                Map.of());
    }

    static CbecTaxRequest list(LocalDate date, String freight, CbecLine... lines) {
        return new CbecTaxRequest(date, BUYER, List.of(lines), yuan(freight), BigDecimal.ZERO);
    }
}
