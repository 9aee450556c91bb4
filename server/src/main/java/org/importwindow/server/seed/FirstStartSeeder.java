package org.importwindow.server.seed;

import org.importwindow.nomenclature.Commodity;
import org.importwindow.server.ImportWindowProperties;
import org.importwindow.server.exchange.ExchangeRateStore;
import org.importwindow.server.nomenclature.NomenclatureStore;
import org.importwindow.server.reference.ReferenceStore;
import org.importwindow.server.tariff.TariffStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fills an empty database with the bundled reference and demo data, in one transaction, with JDBC batches. A
 * database that already holds commodities is left alone, so operators' imports survive restarts.
 */
@Component
@DependsOnDatabaseInitialization
public class FirstStartSeeder {
    private static final Logger log = LoggerFactory.getLogger(FirstStartSeeder.class);

    private final BundledDataSource source;
    private final NomenclatureStore nomenclature;
    private final ReferenceStore reference;
    private final TariffStore tariff;
    private final ExchangeRateStore exchangeRates;
    private final TransactionTemplate tx;
    private final ImportWindowProperties properties;

    public FirstStartSeeder(BundledDataSource source, NomenclatureStore nomenclature, ReferenceStore reference,
                            TariffStore tariff, ExchangeRateStore exchangeRates, TransactionTemplate tx,
                            ImportWindowProperties properties) {
        this.source = source;
        this.nomenclature = nomenclature;
        this.reference = reference;
        this.tariff = tariff;
        this.exchangeRates = exchangeRates;
        this.tx = tx;
        this.properties = properties;
    }

    /** Seed when the tables are empty; returns whether it did. */
    public boolean seedIfEmpty() {
        if (!properties.seed().enabled() || nomenclature.commodityCount() > 0) {
            return false;
        }
        long start = System.nanoTime();
        BundledData data = source.data();
        long read = System.nanoTime();
        int batch = properties.seed().batchSize();
        tx.executeWithoutResult(status -> {
            nomenclature.insertSections(data.nomenclature().sections(), batch);
            // parents before children is not required (no foreign key) but keeps the table in tree order
            List<Commodity> commodities = new ArrayList<>(data.nomenclature().all());
            commodities.sort(Comparator.comparing(Commodity::code));
            nomenclature.insertCommodities(commodities, batch);
            nomenclature.insertSearchReferences(data.nomenclature(), batch);
            reference.insert(data.reference(), batch);
            tariff.upsertLegalActs(data.legalActs(), batch);
            tariff.upsertFootnotes(data.footnotes(), batch);
            tariff.insertMeasures(data.measures(), batch, n -> { });
            exchangeRates.insert(data.exchangeRates(), batch);
        });
        long end = System.nanoTime();
        log.info("Seeded the database with the bundled data: {} commodities, {} countries, {} groups, {} legal acts, "
                        + "{} measures, {} exchange rates (read {} ms, stored {} ms)",
                data.nomenclature().size(), data.reference().countries().size(), data.reference().groups().size(),
                data.legalActs().size(), data.measures().size(), data.exchangeRates().size(),
                (read - start) / 1_000_000, (end - read) / 1_000_000);
        return true;
    }
}
