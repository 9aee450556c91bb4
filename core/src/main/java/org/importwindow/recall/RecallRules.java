package org.importwindow.recall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The data checks of each step (rule codes REC-0xx and REC-1xx); every error is reported, not just the first. */
final class RecallRules {
    private static final Pattern HS = Pattern.compile("\\d{8}|\\d{10}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RecallRules() {
    }

    static List<RecallViolation> check(RecallEvent e, LocalDate lastOn) {
        List<RecallViolation> out = new ArrayList<>();
        if (e.on() == null) {
            out.add(v("REC-011", "on", "The date of the step is required", "须填写该步骤的日期"));
        } else if (lastOn != null && e.on().isBefore(lastOn)) {
            out.add(v("REC-010", "on", "The step cannot be dated before the case's last step (" + lastOn + ")",
                    "该步骤日期不得早于本案上一步骤日期（" + lastOn + "）"));
        }
        if (e instanceof RecallEvent.DefectReported d) {
            identified(out, d.productName(), d.gtin(), d.model());
            required(out, d.description(), "description", "REC-170", "the defect's description", "缺陷描述");
            if (d.discoveredOn() == null) {
                out.add(v("REC-171", "discoveredOn", "The day the defect was found is required", "须填写发现缺陷之日"));
            } else if (e.on() != null && d.discoveredOn().isAfter(e.on())) {
                out.add(v("REC-171", "discoveredOn", "The defect cannot be found after it is reported",
                        "发现缺陷之日不得晚于报告之日"));
            }
            gtin(out, d.gtin(), "gtin");
        } else if (e instanceof RecallEvent.InvestigationOpened i) {
            identified(out, i.productName(), i.gtin(), i.model());
            required(out, i.reason(), "reason", "REC-150", "the reason for the investigation", "调查原因");
            gtin(out, i.gtin(), "gtin");
        } else if (e instanceof RecallEvent.RecallOrdered o) {
            required(out, o.reason(), "reason", "REC-160", "the reason for the order", "责令召回的理由");
        } else if (e instanceof RecallEvent.RecallPlanSubmitted p) {
            plan(out, p.plan(), e.on());
        } else if (e instanceof RecallEvent.RecallNoticePublished n) {
            required(out, n.titleZh(), "titleZh", "REC-120", "the notice's Chinese title", "公告中文标题");
            required(out, n.titleEn(), "titleEn", "REC-120", "the notice's English title", "公告英文标题");
            required(out, n.textZh(), "textZh", "REC-121", "the notice's Chinese text", "公告中文正文");
            required(out, n.textEn(), "textEn", "REC-121", "the notice's English text", "公告英文正文");
        } else if (e instanceof RecallEvent.ProgressReported p) {
            levels(out, p.levels(), true);
        } else if (e instanceof RecallEvent.RecallClosed c) {
            required(out, c.summary(), "summary", "REC-140", "the summary report", "召回总结");
            levels(out, c.levels(), false);
        }
        return out;
    }

    private static void plan(List<RecallViolation> out, RecallPlan plan, LocalDate on) {
        if (plan == null) {
            out.add(v("REC-100", "plan", "The recall plan is required", "须提交召回计划"));
            return;
        }
        if (plan.products().isEmpty()) {
            out.add(v("REC-101", "products", "The plan names at least one product", "召回计划至少应列明一种产品"));
        }
        for (int i = 0; i < plan.products().size(); i++) {
            RecalledProduct p = plan.products().get(i);
            String at = "products[" + i + "].";
            if (p == null) {
                out.add(v("REC-101", "products[" + i + "]", "Empty product", "产品为空"));
                continue;
            }
            required(out, p.name(), at + "name", "REC-102", "the product's name", "产品名称");
            required(out, p.brand(), at + "brand", "REC-103", "the brand", "品牌");
            required(out, p.model(), at + "model", "REC-103", "the model", "型号");
            gtin(out, p.gtin(), at + "gtin");
            if (p.lots().isEmpty() || p.lots().stream().anyMatch(l -> l == null || l.isBlank())) {
                out.add(v("REC-105", at + "lots", "Name the lots (batches) recalled", "须列明召回的批次"));
            }
            if (p.quantity() <= 0) {
                out.add(v("REC-106", at + "quantity", "The quantity must be a positive number of units",
                        "数量须为正整数"));
            }
            if (p.hsCode() == null || !HS.matcher(p.hsCode()).matches()) {
                out.add(v("REC-107", at + "hsCode", "The customs (HS) code has 8 or 10 digits",
                        "海关商品编码应为 8 位或 10 位数字"));
            }
            if (p.originCountry() == null || !COUNTRY.matcher(p.originCountry()).matches()) {
                out.add(v("REC-108", at + "originCountry", "The country of origin is an ISO two-letter code",
                        "原产国应为两位 ISO 国家代码"));
            }
            period(out, p.producedFrom(), p.producedTo(), at + "producedTo", "production", "生产");
            period(out, p.importedFrom(), p.importedTo(), at + "importedTo", "import", "进口");
        }
        required(out, plan.defect(), "defect", "REC-110", "the defect", "缺陷");
        required(out, plan.hazard(), "hazard", "REC-111", "the hazard", "危害");
        if (plan.riskLevel() == null) {
            out.add(v("REC-112", "riskLevel", "The risk level is required", "须填写风险等级"));
        }
        if (plan.remedy() == null) {
            out.add(v("REC-113", "remedy", "The remedy (REPAIR, REPLACE or REFUND) is required",
                    "须填写补救措施（修理、更换或退货）"));
        }
        if (plan.defectConfirmedOn() == null) {
            out.add(v("REC-114", "defectConfirmedOn", "The day the product was considered defective is required",
                    "须填写认为消费品存在缺陷之日"));
        } else if (on != null && plan.defectConfirmedOn().isAfter(on)) {
            out.add(v("REC-114", "defectConfirmedOn", "The defect cannot be confirmed after the plan is reported",
                    "认为存在缺陷之日不得晚于报告召回计划之日"));
        }
        if (plan.plannedCompletion() == null) {
            out.add(v("REC-115", "plannedCompletion", "The planned completion date is required",
                    "须填写召回计划完成日期"));
        } else if (on != null && !plan.plannedCompletion().isAfter(on)) {
            out.add(v("REC-115", "plannedCompletion", "The planned completion date must be after the plan's date",
                    "召回计划完成日期须晚于计划报告日期"));
        }
    }

    private static void levels(List<RecallViolation> out, List<LevelProgress> levels, boolean required) {
        if (levels.isEmpty()) {
            if (required) {
                out.add(v("REC-130", "levels", "Report the units sold and corrected at one level at least",
                        "至少应报告一个层级的销售数量和已召回（已补救）数量"));
            }
            return;
        }
        Set<ChainLevel> seen = EnumSet.noneOf(ChainLevel.class);
        for (int i = 0; i < levels.size(); i++) {
            LevelProgress l = levels.get(i);
            String at = "levels[" + i + "]";
            if (l == null || l.level() == null) {
                out.add(v("REC-131", at + ".level", "The level (IMPORTER, DISTRIBUTOR, RETAILER, CONSUMER) is "
                        + "required", "须填写层级（进口商、经销商、零售商、消费者）"));
                continue;
            }
            if (!seen.add(l.level())) {
                out.add(v("REC-132", at + ".level", "Level " + l.level() + " is reported twice", "层级重复"));
            }
            if (l.sold() < 0 || l.corrected() < 0) {
                out.add(v("REC-131", at, "Units cannot be negative", "数量不得为负数"));
            } else if (l.sold() > 0 && l.corrected() > l.sold()) {
                // a level reported without its units sold (0) is allowed: the traced scope's units stand in
                // (CompletionRate.byLevel), which the importer may not know, e.g. the units its retailers sold
                out.add(v("REC-133", at + ".corrected", "More units corrected (" + l.corrected() + ") than sold ("
                        + l.sold() + ") at " + l.level(), "已召回（已补救）数量不得大于销售数量"));
            }
        }
    }

    private static void period(List<RecallViolation> out, LocalDate from, LocalDate to, String path, String en,
                               String zh) {
        if (from != null && to != null && to.isBefore(from)) {
            out.add(v("REC-109", path, "The " + en + " period ends before it starts", zh + "期间的结束日期早于开始日期"));
        }
    }

    private static void identified(List<RecallViolation> out, String name, String gtin, String model) {
        if (blank(name) && blank(gtin) && blank(model)) {
            out.add(v("REC-151", "product", "Name the product: a name, GTIN or model", "须指明产品：名称、GTIN 或型号"));
        }
    }

    /** A GS1 barcode number (GTIN-8, -12, -13 or -14) with its check digit, when given. */
    static void gtin(List<RecallViolation> out, String gtin, String path) {
        if (blank(gtin)) {
            return;
        }
        if (!validGtin(gtin)) {
            out.add(v("REC-104", path, "'" + gtin + "' is not a GTIN (8, 12, 13 or 14 digits with a valid check "
                    + "digit)", "'" + gtin + "' 不是有效的 GTIN（8、12、13 或 14 位数字，校验位正确）"));
        }
    }

    static boolean validGtin(String gtin) {
        int n = gtin.length();
        if (!DIGITS.matcher(gtin).matches() || (n != 8 && n != 12 && n != 13 && n != 14)) {
            return false;
        }
        int sum = 0;
        for (int i = n - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (gtin.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == gtin.charAt(n - 1) - '0';
    }

    private static void required(List<RecallViolation> out, String value, String path, String code, String en,
                                 String zh) {
        if (blank(value)) {
            out.add(v(code, path, capitalise(en) + " is required", "须填写" + zh));
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static RecallViolation v(String code, String path, String en, String zh) {
        return new RecallViolation(code, path, en, zh);
    }
}
