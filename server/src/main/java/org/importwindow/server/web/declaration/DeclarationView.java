package org.importwindow.server.web.declaration;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.importwindow.server.api.AssessmentJson;
import org.importwindow.server.audit.StoredEvent;
import org.importwindow.server.declaration.DeclarationRequestJson;
import org.importwindow.server.declaration.StoredDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declaration as its pages show it: the stored row, the request as lodged, the assessment and the risk result read
 * back from their JSON snapshots, the status timeline from the event chain, and the actions its status allows. The
 * risk snapshot is read loosely (a map), since its shape belongs to the core's risk engine.
 */
public record DeclarationView(StoredDeclaration declaration, DeclarationRequestJson request, AssessmentJson assessment,
                              List<RiskRule> rules, Map<String, Object> risk, List<TimelineEntry> timeline,
                              BigDecimal outstanding) {

    private static final Logger log = LoggerFactory.getLogger(DeclarationView.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Lines of an event's canonical text that are the row's own columns, not its content. */
    private static final Set<String> ROW_KEYS = Set.of("declaration", "sequence", "type", "actor", "occurredAt", "at");
    static final Set<String> FINAL = Set.of("RELEASED", "CANCELLED", "REJECTED");

    /** A risk rule that fired: code, description in the page language and weight. */
    public record RiskRule(String code, String description, String weight) {
    }

    /** One step of the status timeline: Beijing time, actor, event type and what the event recorded. */
    public record TimelineEntry(String time, String isoTime, String actor, String type, List<String> details) {
    }

    static DeclarationView of(StoredDeclaration d, AssessmentJson assessment, List<StoredEvent> events,
                              JsonMapper json, ZoneId zone, String lang) {
        DeclarationRequestJson request = read(json, d.requestJson(), DeclarationRequestJson.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> risk = read(json, d.riskJson(), Map.class);
        List<RiskRule> rules = new ArrayList<>();
        if (risk != null && risk.get("rules") instanceof List<?> fired) {
            for (Object o : fired) {
                if (o instanceof Map<?, ?> m) {
                    Object en = first(m, "description", "descriptionEn", "nameEn", "name");
                    Object zh = first(m, "descriptionZh", "nameZh");
                    Object text = "zh".equals(lang) && zh != null ? zh : en != null ? en : zh;
                    String detail = str(m.get("detail"));
                    rules.add(new RiskRule(str(m.get("code")), detail.isBlank() ? str(text) : str(text) + " (" + detail
                            + ")", str(m.get("weight"))));
                } else if (o != null) {
                    rules.add(new RiskRule(o.toString(), "", ""));
                }
            }
        }
        List<TimelineEntry> timeline = new ArrayList<>();
        for (StoredEvent e : events) {
            timeline.add(new TimelineEntry(time(e.occurredAt(), zone), e.occurredAt().toString(), e.actor(), e.type(),
                    details(e.canonicalText(), lang)));
        }
        BigDecimal payable = d.payable() == null ? BigDecimal.ZERO : d.payable();
        BigDecimal paid = d.paid() == null ? BigDecimal.ZERO : d.paid();
        return new DeclarationView(d, request, assessment, List.copyOf(rules), risk, List.copyOf(timeline),
                payable.subtract(paid).max(BigDecimal.ZERO));
    }

    /** Payment is due: an amount is outstanding and the declaration is still open and not held. */
    public boolean canPay() {
        return outstanding.signum() > 0 && !FINAL.contains(declaration.status())
                && !Set.of("PAID", "HELD", "DRAFT").contains(declaration.status());
    }

    /** An amendment replaces the content before any control or payment has moved it on. */
    public boolean canAmend() {
        return Set.of("LODGED", "ASSESSED", "SELECTED", "HELD").contains(declaration.status());
    }

    public boolean canCancel() {
        return !FINAL.contains(declaration.status()) && !"PAID".equals(declaration.status());
    }

    /** The officer may decide while the declaration is open. */
    public boolean canDecide() {
        return !FINAL.contains(declaration.status());
    }

    /** The risk result's sampling draw, when the engine says whether the declaration was sampled. */
    public Object sampled() {
        if (risk == null) {
            return null;
        }
        if (risk.get("sampling") instanceof Map<?, ?> sampling) {
            return sampling.get("selected");
        }
        return first(risk, "sampled", "randomlySelected");
    }

    public Object score() {
        return risk == null ? null : first(risk, "score", "totalWeight");
    }

    /** The names of the events' fields on the timeline: English, Chinese. */
    private static final Map<String, String[]> FIELDS = Map.ofEntries(
            Map.entry("amount", new String[]{"Amount", "金额"}),
            Map.entry("arrived", new String[]{"Goods arrived", "货物已运抵"}),
            Map.entry("bankReference", new String[]{"Bank reference", "银行缴款凭证"}),
            Map.entry("channel", new String[]{"Channel", "通道"}),
            Map.entry("consumptionTax", new String[]{"Consumption tax", "消费税"}),
            Map.entry("draw", new String[]{"Sampling draw", "抽样随机数"}),
            Map.entry("dueDate", new String[]{"Due date", "截止日期"}),
            Map.entry("duty", new String[]{"Duty", "关税"}),
            Map.entry("findings", new String[]{"Findings", "查验结果"}),
            Map.entry("fullDeclarationDue", new String[]{"Full declaration due", "完整申报截止日期"}),
            Map.entry("fullReference", new String[]{"Full declaration", "完整申报编号"}),
            Map.entry("importer", new String[]{"Importer", "收货人"}),
            Map.entry("kind", new String[]{"Kind", "申报类型"}),
            Map.entry("note", new String[]{"Note", "备注"}),
            Map.entry("passed", new String[]{"Passed", "通过"}),
            Map.entry("payable", new String[]{"Payable", "应缴税款"}),
            Map.entry("reason", new String[]{"Reason", "原因"}),
            Map.entry("reference", new String[]{"Reference", "内部编号"}),
            Map.entry("revision", new String[]{"Revision", "修改次数"}),
            Map.entry("rules", new String[]{"Risk rules fired", "触发的风险规则"}),
            Map.entry("sampled", new String[]{"Randomly sampled", "随机抽中"}),
            Map.entry("samplingRate", new String[]{"Sampling rate", "抽样比例"}),
            Map.entry("summaryReference", new String[]{"Summary declaration", "概要申报编号"}),
            Map.entry("totalWeight", new String[]{"Risk score", "风险分值"}),
            Map.entry("vat", new String[]{"VAT", "增值税"}));
    private static final Map<String, String[]> VALUES = Map.of(
            "true", new String[]{"yes", "是"}, "false", new String[]{"no", "否"},
            "GREEN", new String[]{"green", "绿色"}, "YELLOW", new String[]{"yellow", "黄色"},
            "RED", new String[]{"red", "红色"});

    /** An event's own fields as "name: value" lines in the page language (the chain's row fields left out). */
    private static List<String> details(String canonical, String lang) {
        List<String> lines = new ArrayList<>();
        if (canonical == null) {
            return lines;
        }
        int language = "zh".equals(lang) ? 1 : 0;
        for (String line : canonical.split("\n")) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq);
            String value = eq < 0 ? "" : line.substring(eq + 1);
            if (!ROW_KEYS.contains(key) && !line.isBlank() && !value.isBlank()) {
                String[] name = FIELDS.get(key);
                String[] word = VALUES.get(value);
                lines.add((name == null ? key : name[language]) + (language == 1 ? "：" : ": ")
                        + (word == null ? value : word[language]));
            }
        }
        return lines;
    }

    private static String time(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(zone));
    }

    private static Object first(Map<?, ?> m, String... keys) {
        for (String k : keys) {
            Object v = m.get(k);
            if (v != null && !v.toString().isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static <T> T read(JsonMapper json, String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (RuntimeException e) {
            // a snapshot the page cannot read must not hide the declaration: show it without that part
            log.warn("Could not read a {} snapshot: {}", type.getSimpleName(), e.getMessage());
            return null;
        }
    }
}
