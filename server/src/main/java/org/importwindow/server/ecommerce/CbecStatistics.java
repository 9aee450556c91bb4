package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.allowance.AllowanceScheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read queries of the cross-border e-commerce pages: a buyer's lists and allowance usage (under the buyer's
 * {@link PersonKeys key}, never the ID number), an enterprise's lists and receipts, and the officer's figures
 * (volumes, refusals by reason, throughput). Reads committed rows only, beside the writer thread; every query is
 * bounded or an aggregate, so the pages stay cheap however many lists there are.
 *
 * <p>With {@code importwindow.cbec.store=rocksdb} (embedded runtime) the writer keeps all of it in RocksDB instead,
 * and every query here reads it there by key prefix ({@link RocksWork}): the same rows, in the same order.
 */
@Service
public class CbecStatistics {
    private final JdbcClient db;
    private final JsonMapper json;
    private final CbecMeter meter;
    private final CbecService service;
    /** The Kafka runtime keeps what it decided in SQL (CbecListSink), whatever the embedded writer's store is. */
    private final boolean kafka;

    public CbecStatistics(JdbcClient db, JsonMapper json, CbecMeter meter, CbecService service,
                          org.springframework.core.env.Environment env) {
        this.db = db;
        this.json = json;
        this.meter = meter;
        this.service = service;
        this.kafka = "kafka".equalsIgnoreCase(env.getProperty("importwindow.cbec.runtime", ""));
    }

    /** With {@code importwindow.cbec.store=rocksdb} (embedded): the writer's RocksDB, where it keeps all; else null. */
    private RocksReads rocks() {
        return kafka ? null : service.rocksReads();
    }

    // --- lists ---

    /** A tax bill's figures and status (ISSUED, CANCELLED, REFUNDED). */
    public record Taxes(BigDecimal customsTax, BigDecimal valueAddedTax, BigDecimal consumptionTax,
                        BigDecimal taxTotal, String status) {
    }

    /**
     * An inventory list as the pages show it. {@code personMasked} is the buyer's ID number already masked;
     * {@code refusal} the returnInfo of the list's latest refusal receipt (null unless refused); {@code taxes} its tax
     * bill (null unless released).
     */
    public record ListRow(String guid, String agentCode, String copNo, String preNo, String invtNo, String ebpCode,
                          String ebpName, String orderNo, String logisticsCode, String logisticsNo,
                          String personMasked, String buyerName, String status, String returnStatus,
                          OffsetDateTime receivedAt, OffsetDateTime decidedAt, LocalDate releaseDate,
                          BigDecimal goodsValue, List<String> goods, Taxes taxes, String refusal) {
    }

    private static final String LIST_SELECT = "select i.guid, i.agent_code, i.cop_no, i.pre_no, i.invt_no, "
            + "i.ebp_code, i.order_no, i.logistics_code, i.logistics_no, i.person_masked, i.status, i.return_status, "
            + "i.received_at, i.decided_at, i.release_date, i.document_json, b.customs_tax, b.value_added_tax, "
            + "b.consumption_tax, b.tax_total, b.status, "
            + "(select r.return_info from cbec_receipt r where r.owner_code = i.sender_code and r.cop_no = i.cop_no "
            + "and r.receipt_type = 'CEB622' and r.return_status = '100' order by r.id desc limit 1) "
            + "from cbec_inventory i left join cbec_tax_bill b on b.invt_no = i.invt_no ";

    /** The buyer's lists, newest first (the caller checks the buyer's name against {@link ListRow#buyerName}). */
    public List<ListRow> listsOfPerson(String personKey, int limit) {
        RocksReads rocks = rocks();
        if (rocks != null) {
            return rocks.listsOfPerson(personKey, limit).stream().map(CbecStatistics::listRow).toList();
        }
        return db.sql(LIST_SELECT + "where i.person_key = ? order by i.received_at desc limit " + limit)
                .param(personKey).query(this::listRow).list();
    }

    /**
     * The lists an enterprise takes part in — as the platform, the declaring agent or the logistics company —
     * newest first; optionally only those of a status and those whose copNo, orderNo, invtNo or waybill number is
     * {@code number}.
     */
    public List<ListRow> listsOfEnterprise(String customsCode, String status, String number, int limit) {
        RocksReads rocks = rocks();
        if (rocks != null) {
            return rocks.listsOfEnterprise(customsCode, status, number, limit).stream().map(CbecStatistics::listRow)
                    .toList();
        }
        StringBuilder sql = new StringBuilder(LIST_SELECT)
                .append("where (i.ebp_code = :code or i.agent_code = :code or i.logistics_code = :code)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("code", customsCode);
        if (status != null) {
            sql.append(" and i.status = :status");
            params.put("status", status);
        }
        if (number != null) {
            sql.append(" and (i.cop_no = :number or i.order_no = :number or i.invt_no = :number "
                    + "or i.logistics_no = :number)");
            params.put("number", number);
        }
        sql.append(" order by i.received_at desc limit ").append(limit);
        return db.sql(sql.toString()).params(params).query(this::listRow).list();
    }

    /** The same row from what the RocksDB store keeps of the list. */
    private static ListRow listRow(RocksWork.PageList p) {
        CbecStore.StoredList l = p.list();
        RocksCodec.Summary s = p.summary() != null ? p.summary()
                : new RocksCodec.Summary(null, null, List.of(), BigDecimal.ZERO);
        CbecStore.StoredTaxBill b = p.bill();
        Taxes taxes = b == null || b.taxTotal() == null ? null : new Taxes(b.customsTax(), b.valueAddedTax(),
                b.consumptionTax(), b.taxTotal(), b.status());
        return new ListRow(l.guid(), l.agentCode(), l.copNo(), l.preNo(), l.invtNo(), l.ebpCode(), s.ebpName(),
                l.orderNo(), l.logisticsCode(), l.logisticsNo(), l.personMasked(), s.buyerName(), l.status(),
                l.returnStatus(), l.receivedAt(), l.decidedAt(), l.releaseDate(), s.goodsValue(), s.goods(), taxes,
                p.refusal());
    }

    private ListRow listRow(ResultSet rs, int n) throws SQLException {
        JsonNode doc = json.readTree(rs.getString(16));
        JsonNode head = doc.path("head");
        List<String> goods = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        for (JsonNode item : doc.path("items")) {
            String name = text(item, "gname");
            goods.add(name != null ? name : text(item, "itemName"));
            BigDecimal total = decimal(item.get("totalPrice"));
            if (total != null) {
                value = value.add(total);
            }
        }
        BigDecimal total = rs.getBigDecimal(20);
        Taxes taxes = total == null ? null : new Taxes(rs.getBigDecimal(17), rs.getBigDecimal(18),
                rs.getBigDecimal(19), total, rs.getString(21));
        return new ListRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), text(head, "ebpName"), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), text(head, "buyerName"), rs.getString(11), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class), rs.getObject(14, OffsetDateTime.class),
                rs.getObject(15, LocalDate.class), value, goods, taxes,
                "REFUSED".equals(rs.getString(11)) ? rs.getString(22) : null);
    }

    private static BigDecimal decimal(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        try {
            return new BigDecimal(v.asString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The buyer's usage of the CBEC allowance in the calendar year (0.00 when nothing is recorded). */
    public BigDecimal usage(String personKey, int year) {
        RocksReads rocks = rocks();
        if (rocks != null) {
            BigDecimal used = rocks.usage(personKey, Integer.toString(year));
            return used != null ? used : new BigDecimal("0.00");
        }
        return db.sql("select used from allowance_usage where scheme = ? and person_key = ? and period = ?")
                .params(AllowanceScheme.CBEC_RETAIL_IMPORT.name(), personKey, Integer.toString(year))
                .query(BigDecimal.class).optional().orElse(new BigDecimal("0.00"));
    }

    // --- receipts ---

    /** A receipt as an enterprise's page shows it; {@code number} is the document's own number. */
    public record ReceiptRow(String type, String guid, String number, String invtNo, String returnStatus,
                             String returnTime, String returnInfo) {
    }

    /** The receipts of the documents an enterprise sent, newest first. */
    public List<ReceiptRow> receiptsOf(String owner, int limit) {
        RocksReads rocks = rocks();
        if (rocks != null) {
            return rocks.receiptsOf(owner, limit).stream().map(r -> new ReceiptRow(r.type().name(), r.guid(),
                    firstOf(r.copNo(), r.orderNo(), r.logisticsNo(), r.payTransactionId()), r.invtNo(),
                    r.returnStatus(), r.returnTime(), r.returnInfo())).toList();
        }
        return db.sql("select receipt_type, guid, cop_no, order_no, logistics_no, pay_transaction_id, invt_no, "
                        + "return_status, return_time, return_info from cbec_receipt where owner_code = ? "
                        + "order by id desc limit " + limit).param(owner)
                .query((rs, n) -> new ReceiptRow(rs.getString(1), rs.getString(2), firstOf(rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10))).list();
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    // --- the officer's figures ---

    /** Counts of lists received, released, refused and pending, today (China) and in total. */
    public record Count(long today, long total) {
    }

    /**
     * The officer's volumes at {@code now}: lists received, released (also those cancelled since), refused, pending
     * and cancelled; and the throughput: lists decided (released or refused) and received in the last minute.
     */
    public record Volumes(Instant at, Count received, Count released, Count refused, Count pending, Count cancelled,
                          long decidedLastMinute, long receivedLastMinute) {
        /** Lists decided per second, averaged over the last minute. */
        public BigDecimal decidedPerSecond() {
            return BigDecimal.valueOf(decidedLastMinute).divide(BigDecimal.valueOf(60), 2,
                    java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * From the writer's counters (a few rows a day), the lists waiting now ({@code cbec_pending}, few rows) and this
     * node's meter; "today" is China's calendar day of {@code now}.
     */
    public Volumes volumes(Instant now) {
        LocalDate today = now.atZone(CbecProcessor.CHINA).toLocalDate();
        OffsetDateTime dayStart = today.atStartOfDay(CbecProcessor.CHINA).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        RocksReads rocks = rocks();
        long[] minute = meter.lastMinute();
        Count none = new Count(0, 0);
        Map<String, Count> counts = new HashMap<>();
        Count pending;
        if (rocks != null) {
            for (RocksWork.Counter c : rocks.counters(today)) {
                if (c.counted().isEmpty()) {
                    counts.put(c.metric(), new Count(c.today(), c.total()));
                }
            }
            long[] waiting = rocks.pending(dayStart);
            pending = new Count(waiting[0], waiting[1]);
            return new Volumes(now, counts.getOrDefault(CbecCounts.RECEIVED, none),
                    counts.getOrDefault(CbecCounts.RELEASED, none), counts.getOrDefault(CbecCounts.REFUSED, none),
                    pending, counts.getOrDefault(CbecCounts.CANCELLED, none), minute[0], minute[1]);
        }
        db.sql("select metric, sum(case when china_day = ? then n else 0 end), sum(n) from cbec_counter where counted = '' "
                        + "group by metric").param(today)
                .query((rs, n) -> counts.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3)))).list();
        pending = db.sql("select sum(case when received_at >= ? then 1 else 0 end), count(*) from cbec_pending")
                .param(dayStart).query((rs, n) -> new Count(rs.getLong(1), rs.getLong(2))).single();
        return new Volumes(now, counts.getOrDefault(CbecCounts.RECEIVED, none),
                counts.getOrDefault(CbecCounts.RELEASED, none), counts.getOrDefault(CbecCounts.REFUSED, none), pending,
                counts.getOrDefault(CbecCounts.CANCELLED, none), minute[0], minute[1]);
    }

    /** Refusals counted under one key (an error code such as {@code -621018}, or a check such as {@code CBEC-112}). */
    public record ReasonCount(String key, long today, long total) {
    }

    /** Refusal receipts of inventory lists by reason: by their leading error code, and by the CBEC-1xx checks named. */
    public record Refusals(List<ReasonCount> byErrorCode, List<ReasonCount> byCheck) {
    }

    /**
     * The refusal receipts (CEB622, status 100) grouped two ways: by the spec error code that leads their returnInfo,
     * and by each three-document or consistency check ({@link ClearanceRule}, CBEC-1xx) they name — a refusal naming
     * three checks counts under each. Most first; "today" is China's calendar day of {@code now}.
     */
    public Refusals refusals(Instant now) {
        LocalDate today = now.atZone(CbecProcessor.CHINA).toLocalDate();
        Map<String, List<ReasonCount>> by = new HashMap<>();
        RocksReads rocks = rocks();
        if (rocks != null) {
            for (RocksWork.Counter c : rocks.counters(today)) {
                if (c.metric().equals(CbecCounts.REFUSAL_CODE) || c.metric().equals(CbecCounts.REFUSAL_CHECK)) {
                    by.computeIfAbsent(c.metric(), k -> new ArrayList<>())
                            .add(new ReasonCount(c.counted(), c.today(), c.total()));
                }
            }
            return new Refusals(mostFirst(by.getOrDefault(CbecCounts.REFUSAL_CODE, List.of())),
                    mostFirst(by.getOrDefault(CbecCounts.REFUSAL_CHECK, List.of())));
        }
        db.sql("select metric, counted, sum(case when china_day = ? then n else 0 end), sum(n) from cbec_counter "
                        + "where metric in (?, ?) group by metric, counted").params(today, CbecCounts.REFUSAL_CODE,
                        CbecCounts.REFUSAL_CHECK)
                .query((rs, n) -> by.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new ReasonCount(rs.getString(2), rs.getLong(3), rs.getLong(4)))).list();
        return new Refusals(mostFirst(by.getOrDefault(CbecCounts.REFUSAL_CODE, List.of())),
                mostFirst(by.getOrDefault(CbecCounts.REFUSAL_CHECK, List.of())));
    }

    private static List<ReasonCount> mostFirst(List<ReasonCount> counts) {
        List<ReasonCount> sorted = new ArrayList<>(counts);
        sorted.sort((a, b) -> a.total() != b.total() ? Long.compare(b.total(), a.total())
                : a.key().compareTo(b.key()));
        return sorted;
    }
}
