package org.importwindow.assessment;

import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.law.LegalParameters;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.TariffSchedule;

/**
 * Assesses consignments against a tariff schedule: the facade an e-commerce platform can embed to show the exact
 * tax at checkout. Thread-safe and allocation-light; it holds no state between calls.
 */
public final class Assessor {
    private final TariffSchedule schedule;
    private final ReferenceData reference;
    private final CustomsExchangeRates exchangeRates;
    private final LegalParameters parameters;

    public Assessor(TariffSchedule schedule, ReferenceData reference, CustomsExchangeRates exchangeRates,
                    LegalParameters parameters) {
        this.schedule = schedule;
        this.reference = reference;
        this.exchangeRates = exchangeRates;
        this.parameters = parameters;
    }

    /**
     * Assess a consignment as of its date. Throws {@link InvalidRequestException} listing every violation when the
     * request cannot be assessed.
     */
    public Assessment assess(AssessmentRequest request) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
