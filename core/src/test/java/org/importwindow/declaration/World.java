package org.importwindow.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.importwindow.enterprise.DemoEnterprises;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.load.BundledMeasures;

/** The bundled law and data, loaded once for the declaration tests, and builders of typical declarations. */
final class World {
    static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    static final Nomenclature NOMENCLATURE = NomenclatureLoader.loadBundled();
    static final ReferenceData REFERENCE = ReferenceDataLoader.loadBundled();
    static final TariffSchedule SCHEDULE = BundledMeasures.load(NOMENCLATURE, REFERENCE).schedule(NOMENCLATURE);
    static final DatedParameters PARAMETERS = DatedParameters.loadBundled();
    static final CheckContext CONTEXT = CheckContext.of(SCHEDULE, REFERENCE, LayeredCustomsExchangeRates.bundled(),
            PARAMETERS);
    static final DeclarationDesk DESK = new DeclarationDesk(SCHEDULE, REFERENCE,
            LayeredCustomsExchangeRates.bundled(), PARAMETERS);

    private World() {
    }

    static DeclarationItemRequest wine() {
        return new DeclarationItemRequest("22042100", "bottled red wine", "AU", new BigDecimal("900"), "LTR",
                new BigDecimal("100000.00"), "AUTO", "AU-CO-2026-1", Map.of());
    }

    static DeclarationItemRequest item(String code, String origin, String quantity, String unit, String value) {
        return new DeclarationItemRequest(code, "goods " + code, origin, new BigDecimal(quantity), unit,
                new BigDecimal(value), "AUTO", null, Map.of());
    }

    /** The JSON example: a CIF declaration in yuan of Australian wine by importer A. */
    static DeclarationRequest wineFromAustralia(String reference) {
        return declaration(reference, "CIF", "CNY", List.of(wine()));
    }

    static DeclarationRequest declaration(String reference, String terms, String currency,
                                          List<DeclarationItemRequest> items) {
        return new DeclarationRequest(reference, DemoEnterprises.A.uscc(), DAY, "0110", "2", "2201", "AU", terms,
                currency, new BigDecimal("0.00"), new BigDecimal("0.00"), List.of(), null, items);
    }

    static DeclarationRequest withHeader(DeclarationRequest r, String kind, String summaryReference,
                                         BigDecimal freight, BigDecimal insurance, List<String> licences,
                                         BigDecimal total) {
        return new DeclarationRequest(r.reference(), r.importer(), r.declarationDate(), r.tradeMode(),
                r.transportMode(), r.portOfEntry(), r.countryOfDispatch(), r.priceTerms(), r.currency(), freight,
                insurance, licences, r.rulingReference(), r.items(), kind, summaryReference, total);
    }
}
