package org.importwindow.declaration;

import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.law.LegalParameters;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.TariffSchedule;

/** What the declaration checks look things up in. */
public record CheckContext(TariffSchedule schedule, ReferenceData reference, CustomsExchangeRates exchangeRates,
                           LegalParameters parameters, CodeLists codeLists) {

    /** A context with the bundled code lists. */
    public static CheckContext of(TariffSchedule schedule, ReferenceData reference, CustomsExchangeRates exchangeRates,
                                  LegalParameters parameters) {
        return new CheckContext(schedule, reference, exchangeRates, parameters, CodeLists.loadBundled());
    }
}
