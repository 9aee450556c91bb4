package org.importwindow.server.ecommerce.kafka;

import java.time.Duration;
import org.importwindow.ecommerce.CbecMeasures;
import org.importwindow.ecommerce.CbecReturns;
import org.importwindow.ecommerce.CbecTax;
import org.importwindow.ecommerce.clearance.InventoryClearance;
import org.importwindow.ecommerce.message.CustomsCodes;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.server.ecommerce.CbecProperties;
import org.importwindow.server.ecommerce.PersonKeys;
import org.importwindow.tariff.TariffSchedule;

/** The core as the single window builds it (bundled law with the positive list), once for the Kafka tests. */
final class CbecKafkaWorld {
    static final Nomenclature NOMENCLATURE = NomenclatureLoader.loadBundled();
    static final ReferenceData REFERENCE = ReferenceDataLoader.loadBundled();
    static final TariffSchedule SCHEDULE = CbecMeasures.withPositiveList(
            org.importwindow.tariff.load.BundledMeasures.load(NOMENCLATURE, REFERENCE), NOMENCLATURE, REFERENCE)
            .schedule(NOMENCLATURE);
    static final DatedParameters LAW = DatedParameters.loadBundled();
    static final CbecTax TAX = new CbecTax(SCHEDULE, REFERENCE, LayeredCustomsExchangeRates.bundled(), LAW);
    static final InventoryClearance CLEARANCE = new InventoryClearance(TAX, NOMENCLATURE, CustomsCodes.bundled());
    static final CbecReturns RETURNS = new CbecReturns(LAW);
    static final PersonKeys KEYS = new PersonKeys(new CbecProperties(Duration.ofHours(24), "kafka-test-key",
            16 * 1024 * 1024, 32, 3200));
    static final CbecCore CORE = new CbecCore(() -> CLEARANCE, () -> RETURNS, () -> LAW, KEYS::of);

    private CbecKafkaWorld() {
    }
}
