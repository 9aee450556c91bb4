package org.importwindow.server.tariff;

import java.util.concurrent.atomic.AtomicReference;
import org.importwindow.assessment.Assessor;
import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.law.LegalParameters;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.TariffSchedule;

/**
 * The tariff the single window serves right now: an immutable snapshot of schedule, reference data, exchange rates
 * and legal parameters, built from the database, swapped atomically when measures are imported so that readers
 * never see half an import.
 */
public class TariffCatalogue {

    /** One consistent view of the tariff. */
    public record Snapshot(TariffSchedule schedule, ReferenceData reference, CustomsExchangeRates exchangeRates,
                           LegalParameters parameters, Assessor assessor) {
        public Snapshot(TariffSchedule schedule, ReferenceData reference, CustomsExchangeRates exchangeRates,
                        LegalParameters parameters) {
            this(schedule, reference, exchangeRates, parameters,
                    new Assessor(schedule, reference, exchangeRates, parameters));
        }
    }

    private final AtomicReference<Snapshot> current;

    public TariffCatalogue(Snapshot initial) {
        this.current = new AtomicReference<>(initial);
    }

    public Snapshot current() {
        return current.get();
    }

    public TariffSchedule schedule() {
        return current.get().schedule();
    }

    public ReferenceData reference() {
        return current.get().reference();
    }

    public CustomsExchangeRates exchangeRates() {
        return current.get().exchangeRates();
    }

    public LegalParameters parameters() {
        return current.get().parameters();
    }

    public Assessor assessor() {
        return current.get().assessor();
    }

    /** Replace the snapshot, e.g. after an import of measures. */
    public void replace(Snapshot next) {
        current.set(next);
    }
}
