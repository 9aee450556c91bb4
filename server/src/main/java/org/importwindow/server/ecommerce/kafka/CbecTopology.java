package org.importwindow.server.ecommerce.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.server.ecommerce.kafka.CbecEvent.Kind;
import org.slf4j.Logger;

/**
 * The cross-border e-commerce pipeline as a Kafka Streams topology (see the package description for the design):
 * <pre>
 * cbec.order|payment|waybill|inventory|cancel|return (key: message guid, value: the CEB message, XML or JSON)
 *   -> intake (read against the schema, drop resends, set aside reused guids) store cbec-seen
 *   -> inventory lists: repartition by agent and copNo -> copNo (a copNo names one order's list) store cbec-copnos
 *   -> repartition by order number -> join (documents, waiting lists)   stores cbec-documents, cbec-pending
 *   -> repartition by buyer (with cancellations and returns)
 *   -> buyer (clearance, allowance ledger, numbers, tax bills)          stores cbec-ledger, cbec-buyer-lists
 *   -> cbec.receipts (key: owner's customs code), cbec.tax-bills, cbec.rejected,
 *      cbec.lists (key: buyer's person key; the lists' states for the single window's read side)
 * </pre>
 */
public final class CbecTopology {
    public static final String SEEN_STORE = "cbec-seen";
    public static final String DOCUMENTS_STORE = "cbec-documents";
    public static final String PENDING_STORE = "cbec-pending";
    public static final String LEDGER_STORE = "cbec-ledger";
    public static final String LISTS_STORE = "cbec-buyer-lists";
    public static final String COPNOS_STORE = "cbec-copnos";
    /** Names of the repartition topics (Kafka Streams prefixes them with the application id). */
    public static final String BY_COPNO = "cbec-by-copno";
    public static final String BY_ORDER = "cbec-by-order";
    public static final String BY_BUYER = "cbec-by-buyer";

    private CbecTopology() {
    }

    /** The topology over {@code core}: every decision is the core's, as in the embedded runtime. */
    public static Topology build(CbecCore core, CbecStreamsSettings settings) {
        CbecTopics topics = settings.topics();
        StreamsBuilder builder = new StreamsBuilder();
        Duration window = settings.duplicateWindow();
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(SEEN_STORE, window, window,
                false), Serdes.String(), Serdes.Long()));
        builder.addStateStore(store(DOCUMENTS_STORE));
        builder.addStateStore(store(PENDING_STORE));
        builder.addStateStore(store(LEDGER_STORE));
        builder.addStateStore(store(LISTS_STORE));
        builder.addStateStore(store(COPNOS_STORE));
        Serde<CbecEvent> events = KafkaJson.serde(CbecEvent.class);

        KStream<String, CbecEvent> intake = builder.stream(topics.inputs(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("cbec-in"))
                .process(() -> new IntakeProcessor(core, settings), Named.as("cbec-intake"), SEEN_STORE);
        Map<String, KStream<String, CbecEvent>> in = intake.split(Named.as("intake-"))
                .branch((k, e) -> e.kind() == Kind.REJECTED, Branched.as("rejected"))
                .branch((k, e) -> e.kind() == Kind.CANCEL || e.kind() == Kind.RETURN, Branched.as("buyer"))
                .branch((k, e) -> e.kind() == Kind.LIST, Branched.as("lists"))
                .defaultBranch(Branched.as("documents"));

        Map<String, KStream<String, CbecEvent>> claimed = in.get("intake-lists")
                .selectKey((k, e) -> JoinProcessor.listKey(e.list().head().agentCode(), e.list().head().copNo()),
                        Named.as("cbec-copno-key"))
                .repartition(repartitioned(BY_COPNO, events, settings))
                .process(CopNoProcessor::new, Named.as("cbec-copno"), COPNOS_STORE)
                .split(Named.as("copno-"))
                .branch((k, e) -> e.kind() == Kind.LIST, Branched.as("lists"))
                .defaultBranch(Branched.as("out"));

        KStream<String, CbecEvent> joined = in.get("intake-documents").merge(claimed.get("copno-lists"))
                .repartition(repartitioned(BY_ORDER, events, settings))
                .process(() -> new JoinProcessor(core, settings), Named.as("cbec-join"), DOCUMENTS_STORE,
                        PENDING_STORE);
        Map<String, KStream<String, CbecEvent>> afterJoin = joined.split(Named.as("join-"))
                .branch((k, e) -> e.kind() == Kind.DECIDE, Branched.as("decide"))
                .defaultBranch(Branched.as("out"));

        KStream<String, CbecEvent> decided = afterJoin.get("join-decide").merge(in.get("intake-buyer"))
                .repartition(repartitioned(BY_BUYER, events, settings))
                .process(() -> new BuyerProcessor(core), Named.as("cbec-buyer"), LEDGER_STORE, LISTS_STORE);

        KStream<String, CbecEvent> out = decided.merge(afterJoin.get("join-out")).merge(in.get("intake-rejected"))
                .merge(claimed.get("copno-out"));
        Produced<String, String> json = Produced.with(Serdes.String(), Serdes.String());
        out.filter((k, e) -> e.kind() == Kind.RECEIPT, Named.as("receipts"))
                .mapValues(e -> KafkaJson.write(KafkaReceipt.of(e.receipt(), e.sender(), e.messageGuid())))
                .to(topics.receipts(), json.withName("cbec-receipts-out"));
        out.filter((k, e) -> e.kind() == Kind.TAX_BILL, Named.as("tax-bills"))
                .mapValues(e -> KafkaJson.write(e.taxBill()))
                .to(topics.taxBills(), json.withName("cbec-tax-bills-out"));
        out.filter((k, e) -> e.kind() == Kind.REJECTED, Named.as("rejections"))
                .mapValues(e -> KafkaJson.write(new KafkaRejection(e.topic(), e.messageGuid(), e.problems())))
                .to(topics.rejected(), json.withName("cbec-rejected-out"));
        out.filter((k, e) -> e.kind() == Kind.LIST_VIEW, Named.as("list-views"))
                .mapValues(e -> KafkaJson.write(e.view()))
                .to(topics.lists(), json.withName("cbec-lists-out"));
        return builder.build();
    }

    /**
     * Kafka Streams settings of the runtime: exactly-once (v2), and internal topics replicated as the cluster's
     * default unless {@code extra} says otherwise. {@code extra} may set anything else (threads, state directory,
     * standby replicas, security).
     */
    public static Properties properties(String applicationId, String bootstrapServers, Map<String, ?> extra) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        p.putAll(extra);
        return p;
    }

    private static Repartitioned<String, CbecEvent> repartitioned(String name, Serde<CbecEvent> events,
                                                                  CbecStreamsSettings settings) {
        Repartitioned<String, CbecEvent> r = Repartitioned.with(Serdes.String(), events).withName(name);
        return settings.partitions() > 0 ? r.withNumberOfPartitions(settings.partitions()) : r;
    }

    private static StoreBuilder<KeyValueStore<String, String>> store(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.String())
                .withCachingEnabled();
    }

    /**
     * A record the core could not handle (a bug, or input it does not expect): logged without ID numbers and
     * published on the rejected topic, instead of stopping the partition on a record that would fail again at
     * every retry.
     */
    static void failed(ProcessorContext<String, CbecEvent> context, Logger log, CbecEvent e, long ts,
                       RuntimeException ex) {
        String what = ex.getClass().getSimpleName() + ": " + ResidentIdNumber.maskIn(String.valueOf(ex.getMessage()));
        log.error("cross-border e-commerce record not processed ({}): {}", e == null ? "sweep" : e.kind(), what, ex);
        context.forward(new Record<>(e == null ? null : e.messageGuid(), CbecEvent.rejected(
                context.recordMetadata().map(m -> m.topic()).orElse(null), e == null ? null : e.messageGuid(),
                List.of("internal error: " + what)), ts));
    }
}
