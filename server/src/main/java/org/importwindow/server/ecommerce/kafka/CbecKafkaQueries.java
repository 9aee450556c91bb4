package org.importwindow.server.ecommerce.kafka;

import java.time.LocalDate;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.AllowanceStatus;

/**
 * The read side of the Kafka runtime (interactive queries): a buyer's allowance as the partition that owns it keeps
 * it. Reads the partitions this instance holds; with several instances, a buyer held elsewhere reads as unused here
 * (routing to the owner, {@code application.server} and {@link KafkaStreams#queryMetadataForKey}, is not done yet).
 */
public final class CbecKafkaQueries {
    private final KafkaStreams streams;
    private final CbecCore core;

    public CbecKafkaQueries(KafkaStreams streams, CbecCore core) {
        this.streams = streams;
        this.core = core;
    }

    /** The buyer's allowance in the year of {@code date}: limits, usage, what remains. */
    public AllowanceStatus allowance(String residentIdNumber, LocalDate date) {
        ReadOnlyKeyValueStore<String, String> store = streams.store(StoreQueryParameters.fromNameAndType(
                CbecTopology.LEDGER_STORE, QueryableStoreTypes.keyValueStore()));
        StoreLedger ledger = new StoreLedger(StoreLedger.Entries.readOnly(store), core.parameters());
        return AllowanceStatus.of(new PersonKeyLedger(ledger, core.personKey()), core.parameters().get(),
                AllowanceScheme.CBEC_RETAIL_IMPORT, residentIdNumber, date);
    }
}
