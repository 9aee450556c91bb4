package org.importwindow.tariff.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.Footnote;

/**
 * Converts the compiled 2026 tariff sample ({@code data/cn-tariff-2026-sample.csv}) into measure rows and
 * footnotes. Run once; its output is committed as {@code law/measures/cn-tariff-2026.csv} and
 * {@code law/measures/footnotes/cn-tariff-2026.csv}, and a test checks that the converter still produces exactly
 * those files, so code and data cannot drift apart.
 *
 * <p>Per line: MFN (area MFN), PROVISIONAL (whole-line provisional rates only), IN_QUOTA_PROVISIONAL (fertilizer),
 * GENERAL (ERGA_OMNES), IN_QUOTA (QUOTA_CERTIFICATE), CONVENTIONAL per partner code of the fta_rates text and
 * SPECIAL_PREFERENTIAL per code of the ldc_special text. What the book says but the measure model cannot hold (ex-item
 * provisional rates, the cotton sliding-scale duty, unparsable footnoted rates, partners lost in the PDF extraction)
 * becomes a footnote on the line's measures instead of being silently dropped.
 */
public final class TariffSampleConverter {
    /** Legal act of every measure: the 2026 tariff book (税委会公告2025年第11号 on the 2025 book). */
    public static final String LEGAL_ACT = "CN-TARIFF-2026";
    public static final String VALID_FROM = "2026-01-01";
    /** Sids are SID_BASE + line number x 1000 + n: stable across runs and apart from other bundled files. */
    public static final long SID_BASE = 1_000_000L;
    static final String PROOF = "PROOF_OF_ORIGIN";
    static final String QUOTA = "QUOTA_CERTIFICATE";

    /** The tariff book's short partner names by code, used to check each "name+code" item of the rate text. */
    static final Map<String, String> CONVENTIONAL_SHORT_NAMES = Map.ofEntries(
            Map.entry("AP", "亚太"), Map.entry("AS", "东盟"), Map.entry("CL", "智"), Map.entry("PK", "巴"),
            Map.entry("NZ", "新西兰"), Map.entry("SG", "新加坡"), Map.entry("PE", "秘"), Map.entry("CR", "哥"),
            Map.entry("CH", "瑞"), Map.entry("IS", "冰"), Map.entry("KR", "韩"), Map.entry("AU", "澳"),
            Map.entry("GE", "格"), Map.entry("MU", "毛"), Map.entry("ASR", "东盟"), Map.entry("AUR", "澳"),
            Map.entry("JPR", "日"), Map.entry("KRR", "韩"), Map.entry("NZR", "新西兰"), Map.entry("KH", "柬"),
            Map.entry("NI", "尼"), Map.entry("EC", "厄"), Map.entry("RS", "塞"), Map.entry("HN", "洪"),
            Map.entry("MV", "马"), Map.entry("HK", "港"), Map.entry("MO", "澳门"), Map.entry("TW", "台"));
    /** Items of the 特惠 column and the special preferential code each one means. */
    static final Map<String, String> SPECIAL_ITEMS = Map.of("惠LD", "LD", "亚太AP", "AP-S", "柬KH", "KH-S",
            "老LA", "LA-S", "缅MM", "MM-S");

    private static final Pattern GROUP = Pattern.compile("^(\\d+(?:\\.\\d+)?)?([\\u2460-\\u2473]?)(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\D*?)([A-Z]{2,4})$");
    private static final Pattern IN_QUOTA = Pattern.compile("关税配额税率：(\\d+(?:\\.\\d+)?)");
    private static final Pattern FTA_TRQ = Pattern.compile("按相应自由贸易协定规定执行，关税配额税率：(\\d+(?:\\.\\d+)?)。?");

    /** Measure rows and the footnotes they refer to. */
    public record Output(List<MeasureRow> rows, List<Footnote> footnotes) {
    }

    private TariffSampleConverter() {
    }

    public static Output convert(Reader sample) {
        List<MeasureRow> rows = new ArrayList<>();
        Map<String, Footnote> notes = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(sample, LegalActFile.headerFormat())) {
            int index = 0;
            for (CSVRecord r : parser) {
                index++;
                new Line(index, r, rows, notes).convert();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Output(rows, List.copyOf(notes.values()));
    }

    /** Writes the two output files. */
    public static void write(Output output, Path measureFile, Path footnoteFile) throws IOException {
        Files.createDirectories(measureFile.toAbsolutePath().getParent());
        Files.createDirectories(footnoteFile.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(measureFile, StandardCharsets.UTF_8)) {
            MeasureFileWriter.write(output.rows(), w);
        }
        try (Writer w = Files.newBufferedWriter(footnoteFile, StandardCharsets.UTF_8)) {
            FootnoteFile.write(output.footnotes(), w);
        }
    }

    /**
     * Regenerates the committed files: {@code java ... TariffSampleConverter SAMPLE.csv MEASURES.csv FOOTNOTES.csv};
     * without arguments it uses the repository's paths (run from the repository root).
     */
    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args.length > 0 ? args[0] : "core/src/main/resources/data/cn-tariff-2026-sample.csv");
        Path measures = Path.of(args.length > 1 ? args[1] : "core/src/main/resources/law/measures/cn-tariff-2026.csv");
        Path footnotes = Path.of(args.length > 2 ? args[2]
                : "core/src/main/resources/law/measures/footnotes/cn-tariff-2026.csv");
        try (Reader in = Files.newBufferedReader(sample, StandardCharsets.UTF_8)) {
            Output out = convert(in);
            write(out, measures, footnotes);
            System.out.println(out.rows().size() + " measures, " + out.footnotes().size() + " footnotes written");
        }
    }

    /** Removes the line-break spaces the PDF extraction left inside names and codes; keeps those before a rate. */
    static String joinBrokenWords(String text) {
        return text.strip().replaceAll("\\s+(?![0-9\\u2460-\\u2473])", "");
    }

    /** One tariff line being converted. */
    private static final class Line {
        private final long sidBase;
        private final CSVRecord r;
        private final String code;
        private final List<MeasureRow> rows;
        private final Map<String, Footnote> notes;
        private final String dutyNote;
        private final String quality;
        private int n;

        Line(int index, CSVRecord r, List<MeasureRow> rows, Map<String, Footnote> notes) {
            this.sidBase = SID_BASE + index * 1000L;
            this.r = r;
            this.code = r.get("hs8");
            this.rows = rows;
            this.notes = notes;
            this.dutyNote = r.get("unit_of_duty_note");
            this.quality = r.get("data_quality_note");
        }

        void convert() {
            List<String> lineNotes = new ArrayList<>();
            if (quality.contains("lost part of a PDF line")) {
                lineNotes.add(note("CN26-" + code + "-DQ", "本行协定税率文本在PDF提取时丢失部分内容，文本中缺失的伙伴可能仍有协定税率："
                        + quality, "Part of this line's conventional-rate text was lost when the tariff book PDF was "
                        + "extracted; partners missing from it may still have a conventional rate: " + quality));
            } else if (quality.contains("name merges")) {
                lineNotes.add(note("CN26-" + code + "-DQ", "本行名称合并了子目与ex项文字；ex项暂定税率取自另一来源：" + quality,
                        "The name of this line merges the subheading text with ex-item text; the ex-item provisional "
                                + "rate comes from a second source: " + quality));
            }
            add("MFN", "MFN", "", duty("mfn", r.get("mfn")), List.of(), lineNotes);
            provisional(lineNotes);
            add("GENERAL", "ERGA_OMNES", "", duty("general", r.get("general")), List.of(), List.of());
            Matcher q = IN_QUOTA.matcher(r.get("tariff_quota"));
            if (q.find()) {
                add("IN_QUOTA", "ERGA_OMNES", "", ChineseDutyText.num(q.group(1)) + "%", List.of(QUOTA), List.of());
            }
            conventional(lineNotes);
            special();
        }

        private void provisional(List<String> lineNotes) {
            String scope = r.get("provisional_scope");
            String text = r.get("provisional");
            if (text.isBlank()) {
                return;
            }
            if (scope.equals("all of the subheading")) {
                add("PROVISIONAL", "ERGA_OMNES", "", duty("provisional", text), List.of(), List.of());
            } else if (scope.startsWith("in-quota")) {
                add("IN_QUOTA_PROVISIONAL", "ERGA_OMNES", "", duty("provisional", text), List.of(QUOTA), List.of());
            } else if (scope.startsWith("ex-item only")) {
                String ex = scope.substring("ex-item only:".length()).replaceAll("\\s*\\(.*$", "").strip();
                note(lineNotes, "CN26-" + code + "-EX", "暂定税率" + ChineseDutyText.num(text) + "%仅适用于本税号下的ex项“"
                        + ex + "”，不适用于整个税号，因此未作为措施收录；申报该ex项商品时请按税则核对。",
                        "A provisional rate of " + ChineseDutyText.num(text) + "% applies only to the ex-item \"" + ex
                                + "\" of this line, not to the whole line, so it is not a measure here; check the "
                                + "tariff book when declaring that ex-item.");
            } else if (scope.startsWith("out-of-quota")) {
                note(lineNotes, "CN26-SLIDING-COTTON", "配额外一定数量棉花适用滑准税形式暂定关税（按完税价格分段计算从价或从量税），"
                        + "本系统未建模；配额外进口按最惠国税率计算，配额内按关税配额税率计算。",
                        "A set quantity of out-of-quota cotton pays a sliding-scale provisional duty (ad valorem or "
                                + "specific depending on the dutiable price per kg). It is not modelled: out-of-quota "
                                + "imports are assessed at the MFN rate, in-quota imports at the in-quota rate.");
            } else {
                throw new IllegalStateException(code + ": unknown provisional scope " + scope);
            }
        }

        private void conventional(List<String> lineNotes) {
            String text = joinBrokenWords(r.get("fta_rates"));
            if (text.isEmpty()) {
                return;
            }
            Map<String, String> footnoted = footnotedRates();
            for (String group : text.split(" ")) {
                Matcher g = GROUP.matcher(group);
                if (!g.matches()) {
                    continue;
                }
                String rate = g.group(1);
                boolean marked = !g.group(2).isEmpty();
                for (String item : g.group(3).split(",")) {
                    if (item.isEmpty()) {
                        continue;
                    }
                    Optional<String> arrangement = conventionalCode(item);
                    if (arrangement.isEmpty()) {
                        continue; // a fragment lost in extraction; the line's data-quality footnote says so
                    }
                    String a = arrangement.get();
                    if (!marked && rate != null) {
                        add("CONVENTIONAL", "PA-" + a, a, ChineseDutyText.num(rate) + "%", List.of(PROOF), lineNotes);
                    } else {
                        footnotedConventional(item, a, footnoted.get(item), lineNotes);
                    }
                }
            }
        }

        private void footnotedConventional(String item, String a, String text, List<String> lineNotes) {
            if (text == null) {
                note(lineNotes, "CN26-" + code + "-" + a, "协定税率" + item + "见税则注释，但注释文字缺失，未收录。",
                        "The conventional rate for " + item + " is in a tariff book footnote whose text is missing;"
                                + " not included.");
                return;
            }
            Matcher trq = FTA_TRQ.matcher(text);
            if (trq.matches()) {
                String id = note("CN26-FTA-TRQ", "按相应自由贸易协定规定执行：协定伙伴在其关税配额内适用该配额税率，配额外适用一般规则。",
                        "Applied as the free trade agreement provides: partner goods within the agreement's tariff "
                                + "quota pay this in-quota rate; outside it the general rules apply.");
                List<String> ns = new ArrayList<>(lineNotes);
                ns.add(id);
                add("CONVENTIONAL", "PA-" + a, a, ChineseDutyText.num(trq.group(1)) + "%", List.of(PROOF, QUOTA), ns);
                return;
            }
            Optional<String> expr = ChineseDutyText.convert(text);
            if (expr.isEmpty()) {
                note(lineNotes, "CN26-" + code + "-" + a, "协定税率" + item + "（" + text + "）无法转换为税率表达式，未收录。",
                        "The conventional rate for " + item + " (" + text + ") cannot be written as a duty "
                                + "expression; not included.");
                return;
            }
            List<String> ns = new ArrayList<>(lineNotes);
            if (ChineseDutyText.usesBareYuanPerPiece(text)) {
                ns.add(note("CN26-" + code + "-" + a, "税则注释原文：“" + text + "”；其中“元”按同一税号普通税率的写法理解为元/台。",
                        "Footnote as printed: \"" + text + "\"; the bare 元 is read as yuan per unit (元/台), as "
                                + "in the general rate of the same line."));
            }
            add("CONVENTIONAL", "PA-" + a, a, expr.get(), List.of(PROOF), ns);
        }

        private void special() {
            String text = joinBrokenWords(r.get("ldc_special"));
            boolean ldTrq = dutyNote.contains("LD footnote: 仅关税配额内税率为0");
            for (String group : text.split(" ")) {
                Matcher g = GROUP.matcher(group);
                if (!g.matches()) {
                    continue;
                }
                String rate = g.group(1);
                boolean marked = !g.group(2).isEmpty();
                for (String item : g.group(3).split(",")) {
                    String a = SPECIAL_ITEMS.get(item);
                    if (a == null) {
                        if (!item.isEmpty()) {
                            throw new IllegalStateException(code + ": unknown special item " + item);
                        }
                        continue;
                    }
                    if (marked) {
                        if (!a.equals("LD") || !ldTrq) {
                            throw new IllegalStateException(code + ": footnoted special rate without its note");
                        }
                        List<String> ns = new ArrayList<>();
                        ns.add(note("CN26-LD-TRQ", "仅关税配额内税率为0：最不发达国家特惠零税率只适用于关税配额内进口，配额外按最惠国或普通税率。",
                                "Zero only within the tariff quota: the LDC special rate of 0 applies to in-quota "
                                        + "imports only; out-of-quota imports pay the MFN or general rate."));
                        if (quality.contains("stray 0")) {
                            ns.add(note("CN26-" + code + "-DQ", "特惠税率文本为“0④惠LD”（注释标记前多一个0）；按注释④理解为仅关税配额内税率为0。",
                                    "The special rate text reads '0④惠LD' (a stray 0 before the footnote marker); "
                                            + "read as footnote ④: zero only within the tariff quota."));
                        }
                        add("SPECIAL_PREFERENTIAL", "PA-LD", "LD", "0%", List.of(PROOF, QUOTA), ns);
                    } else if (rate != null) {
                        add("SPECIAL_PREFERENTIAL", "PA-" + a, a, ChineseDutyText.num(rate) + "%", List.of(PROOF),
                                List.of());
                    } else {
                        throw new IllegalStateException(code + ": special item without rate " + group);
                    }
                }
            }
        }

        /** "footnoted conventional rates: 韩KR: 0.2元/千克 | 巴PK: 8元/平方米" by partner item. */
        private Map<String, String> footnotedRates() {
            Map<String, String> result = new LinkedHashMap<>();
            for (String section : dutyNote.split(" \\|\\| ")) {
                if (!section.startsWith("footnoted conventional rates: ")) {
                    continue;
                }
                for (String entry : section.substring("footnoted conventional rates: ".length()).split(" \\| ")) {
                    int colon = entry.indexOf(": ");
                    for (String item : entry.substring(0, colon).split(",")) {
                        result.put(item.strip(), entry.substring(colon + 2).strip());
                    }
                }
            }
            return result;
        }

        private Optional<String> conventionalCode(String item) {
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                return Optional.empty();
            }
            String name = m.group(1);
            String c = m.group(2);
            if (c.length() == 4 && c.startsWith("R")) {
                c = c.substring(1); // RCEP codes are printed with an R prefix: 东盟RASR -> ASR
            }
            String expected = CONVENTIONAL_SHORT_NAMES.get(c);
            return expected != null && expected.equals(name) ? Optional.of(c) : Optional.empty();
        }

        private String duty(String column, String text) {
            return ChineseDutyText.convert(text).orElseThrow(
                    () -> new IllegalStateException(code + " " + column + ": cannot convert '" + text + "'"));
        }

        private void add(String type, String area, String arrangement, String duty, List<String> conditions,
                         List<String> footnotes) {
            n++;
            rows.add(new MeasureRow(sidBase + n, type, code, area, arrangement, VALID_FROM, "", duty, conditions,
                    footnotes, LEGAL_ACT, ""));
        }

        private void note(List<String> lineNotes, String id, String zh, String en) {
            note(id, zh, en);
            // recorded on the MFN measure of the line, which every origin sees
            int mfn = rows.size() - 1;
            while (mfn >= 0 && !(rows.get(mfn).commodityCode().equals(code) && rows.get(mfn).type().equals("MFN"))) {
                mfn--;
            }
            MeasureRow m = rows.get(mfn);
            List<String> ns = new ArrayList<>(m.footnotes());
            if (!ns.contains(id)) {
                ns.add(id);
            }
            rows.set(mfn, new MeasureRow(m.sid(), m.type(), m.commodityCode(), m.geographicalArea(), m.arrangement(),
                    m.validFrom(), m.validTo(), m.dutyExpression(), m.conditions(), ns, m.legalAct(),
                    m.orderNumber()));
        }

        private String note(String id, String zh, String en) {
            notes.putIfAbsent(id, new Footnote(id, zh, en));
            return id;
        }
    }
}
