/**
 * Cross-border e-commerce on Apache Kafka: the same core code as the embedded runtime (the CEB reader, the
 * clearance of {@code InventoryClearance.decide}, the tax, returns, the {@code Ledger} contract), run as a Kafka
 * Streams topology with exactly-once processing ({@code processing.guarantee=exactly_once_v2}). On when
 * {@code importwindow.cbec.runtime=kafka} ({@link org.importwindow.server.ecommerce.kafka.CbecKafkaConfiguration});
 * the embedded runtime is untouched otherwise.
 *
 * <h2>Topics</h2>
 * In, one per message type, key = the message's guid, value = the message as sent (CEB XML, or the same as JSON
 * {@code {"CEB621Message":{...}}}): {@code cbec.order} (CEB311), {@code cbec.payment} (411), {@code cbec.waybill}
 * (511), {@code cbec.inventory} (621), {@code cbec.cancel} (623), {@code cbec.return} (625). A topic admits only its
 * type, so that topic ACLs are the enterprises' roles. Out: {@code cbec.receipts} (key = the customs code of the
 * enterprise that sent the document, value = {@link org.importwindow.server.ecommerce.kafka.KafkaReceipt} JSON),
 * {@code cbec.tax-bills} (key = the declaring agent, value = the API's tax bill JSON, again on cancellation or
 * refund), {@code cbec.rejected} (messages that cannot be read, with the reader's errors), {@code cbec.lists} (key =
 * the buyer's person key, value = {@link org.importwindow.server.ecommerce.kafka.KafkaListView} JSON: each state of a
 * list with its tax bill and its buyer's usage, for the single window's own read side).
 *
 * <h2>Read side</h2>
 * The HTTP API's reads and the pages read the database in both runtimes. In this one, two read-committed sinks fill
 * it from the output topics: {@link org.importwindow.server.ecommerce.kafka.CbecReceiptSink} ({@code cbec_receipt})
 * and {@link org.importwindow.server.ecommerce.kafka.CbecListSink} ({@code cbec_inventory}, {@code cbec_tax_bill},
 * {@code allowance_usage}; idempotent), each keeping how far it wrote each partition in the same transaction
 * ({@code cbec_sink_position}), so that records delivered again after a crash are not written twice. Chosen over
 * interactive queries, which see only the instance's own partitions and, under exactly-once, writes not yet
 * committed; see docs/cbec-kafka.md.
 *
 * <h2>Keys: why three repartitions</h2>
 * The three documents of a purchase and its list have one thing in common that every one of them carries: the order
 * number (orders and payments by {@code ebpCode + orderNo}, the waybill by {@code logisticsCode + logisticsNo} but
 * naming its {@code orderNo}, the list naming all of them). So the first repartition is by {@code orderNo}: all four
 * meet in one partition, where the stores key each by its full identity, and a list waits there until its order,
 * payment and waybill are all present ({@code cbec-documents}, {@code cbec-pending}). The platform code is left out of
 * the partition key on purpose: the waybill does not carry it.
 *
 * <p>Before that, inventory lists alone are repartitioned by their agent and copNo (the agent's own number of a
 * list, unique per agent): neither the order's nor the buyer's partition sees a copNo reused for another order and
 * another buyer, so {@link org.importwindow.server.ecommerce.kafka.CopNoProcessor} keeps which order each copNo
 * belongs to ({@code cbec-copnos}), refuses the reuse with -621004 and gives each list its pre-entry number.
 *
 * <p>The allowance is per buyer, across all orders and platforms, so the last repartition is by buyer: the key is
 * {@code PersonKeys.of(buyerIdNumber)}, the HMAC the embedded runtime keeps buyers under (no ID number in clear in
 * keys, topics' keys or stores' keys). Complete lists (with their three documents), cancellations and returns go
 * there. That partition's single stream task is the only writer of its buyers' ledger ({@code cbec-ledger}, a
 * {@link org.importwindow.server.ecommerce.kafka.StoreLedger} implementing {@code org.importwindow.allowance.Ledger}):
 * one buyer's lists are decided one after the other, which is the ledger contract's "one atomic step per debit"
 * without locks, so concurrent lists of one buyer never overspend. The lists it decided and their tax bills are in
 * {@code cbec-buyer-lists} (cancellations and returns find them by invtNo there).
 *
 * <h2>Exactly once</h2>
 * Each task's store changes (their changelog topics), its output records and its input offsets commit in one Kafka
 * transaction: a list's debit, its "released" receipt and the consumption of the record that caused them are visible
 * together or not at all. A task that dies is restarted from its last commit, its stores restored from their
 * changelogs, and consumers reading with {@code isolation.level=read_committed} never see what it did since. Besides,
 * the ledger is idempotent per list ({@code CEB621:agentCode:copNo}) and resent messages (same guid, same key) are
 * dropped by the first stage ({@code cbec-seen}, a window of {@code importwindow.cbec.kafka.duplicate-window}).
 *
 * <h2>Differences from the embedded runtime</h2>
 * Receipts are published, not returned by the HTTP call (202), and the API's reads and the pages lag the decisions by
 * the sinks' delay. A waybill that names another order than its list is not seen by that list (it lives in the other
 * order's partition): the list waits and is refused when its time is up (CBEC-104) instead of "the waybill belongs to
 * another order" (CBEC-111). A copNo reused for a list of another order or buyer is not detected as a duplicate
 * (-621004) across partitions (the database keeps the first list under that copNo). Numbers (preNo, invtNo) come from
 * a counter per partition ending in the partition's number. Decisions are taken as of the input record's timestamp
 * (use {@code message.timestamp.type=LogAppendTime} on the input topics so producers cannot choose it). The database
 * holds only the read side (lists, bills, receipts, usage); messages, documents and ledger entries stay in Kafka. The
 * full list is in docs/cbec-kafka.md.
 */
package org.importwindow.server.ecommerce.kafka;
