package org.importwindow.server.tariff;

import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.reference.ReferenceData;
import org.importwindow.server.exchange.ExchangeRateStore;
import org.importwindow.server.nomenclature.NomenclatureStore;
import org.importwindow.server.reference.ReferenceStore;
import org.importwindow.server.seed.BundledDataSource;
import org.importwindow.tariff.TariffSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link TariffCatalogue.Snapshot} from the database (never from the bundled files directly, so that what
 * the single window serves is what the database holds, imports included).
 */
@Component
@DependsOnDatabaseInitialization
public class CatalogueBuilder {
    private static final Logger log = LoggerFactory.getLogger(CatalogueBuilder.class);

    private final NomenclatureStore nomenclature;
    private final ReferenceStore reference;
    private final TariffStore tariff;
    private final ExchangeRateStore exchangeRates;
    private final BundledDataSource bundled;

    public CatalogueBuilder(NomenclatureStore nomenclature, ReferenceStore reference, TariffStore tariff,
                            ExchangeRateStore exchangeRates, BundledDataSource bundled) {
        this.nomenclature = nomenclature;
        this.reference = reference;
        this.tariff = tariff;
        this.exchangeRates = exchangeRates;
        this.bundled = bundled;
    }

    public TariffCatalogue.Snapshot build() {
        long start = System.nanoTime();
        Nomenclature tree = nomenclature.load();
        ReferenceData geography = reference.load();
        TariffSchedule schedule = tariff.loadSchedule(tree);
        CustomsExchangeRates rates = exchangeRates.load();
        TariffCatalogue.Snapshot snapshot = new TariffCatalogue.Snapshot(schedule, geography, rates,
                bundled.legalParameters());
        log.info("Tariff catalogue built from the database in {} ms: {} commodities, {} measures, {} countries",
                (System.nanoTime() - start) / 1_000_000, tree.size(), schedule.measureCount(),
                geography.countries().size());
        return snapshot;
    }

    /** Rebuild from the database and swap it in; readers keep the old snapshot until the new one is complete. */
    public void refresh(TariffCatalogue catalogue) {
        catalogue.replace(build());
    }
}
