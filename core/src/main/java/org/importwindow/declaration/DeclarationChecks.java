package org.importwindow.declaration;

import static org.importwindow.declaration.DeclarationRule.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.importwindow.assessment.Violation;
import org.importwindow.enterprise.UnifiedSocialCreditCode;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.duty.Unit;

/**
 * The checks a declaration must pass before it is lodged (issue 3, section 3). Every error is reported at once, each
 * with its rule code ({@link DeclarationRule}), field path and message in English and Chinese. Stateless.
 */
public final class DeclarationChecks {
    private static final String YUAN = "CNY";

    /** Legal parameter: the most goods items one declaration may carry. */
    public static final String MAX_ITEMS = "declaration.items.max";

    private DeclarationChecks() {
    }

    /** The errors of {@code request} as violations (English messages); empty when it may be lodged. */
    public static List<Violation> check(DeclarationRequest request, CheckContext context) {
        return errors(request, context).stream().map(DeclarationError::toViolation).toList();
    }

    /** The errors of {@code request} with messages in both languages; empty when it may be lodged. */
    public static List<DeclarationError> errors(DeclarationRequest request, CheckContext context) {
        List<DeclarationError> errors = new ArrayList<>();
        header(request, context, errors);
        LocalDate date = request.declarationDate();
        if (request.items().isEmpty()) {
            errors.add(DEC_008.error("items", "the declaration has no goods items", "报关单没有商品项"));
        }
        // a missing date is reported by the header checks; the limit is then the one in force latest
        int maxItems = context.parameters().value(MAX_ITEMS, date == null ? LocalDate.MAX : date).intValue();
        if (request.items().size() > maxItems) {
            errors.add(DEC_023.error("items", "a declaration has at most " + maxItems + " goods items; this one has "
                    + request.items().size() + ": split it into several declarations",
                    "一份报关单最多填报" + maxItems + "项商品，本报关单有" + request.items().size() + "项，请分单申报"));
            // the items of an oversized declaration are not checked one by one: nothing of it can be lodged
            return errors;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        for (int i = 0; i < request.items().size(); i++) {
            DeclarationItemRequest item = request.items().get(i);
            if (item == null) {
                errors.add(DEC_009.error("items[" + i + "]", "the goods item is empty", "商品项为空"));
                sumKnown = false;
                continue;
            }
            item(i, item, request, date, context, errors);
            if (item.value() == null) {
                sumKnown = false;
            } else {
                sum = sum.add(item.value());
            }
        }
        if (request.totalValue() != null && sumKnown && !request.items().isEmpty()
                && sum.compareTo(request.totalValue()) != 0) {
            errors.add(DEC_014.error("totalValue", "the item values add up to " + sum.toPlainString()
                            + ", not the declared total " + request.totalValue().toPlainString(),
                    "商品总价合计为" + sum.toPlainString() + "，与申报的总价" + request.totalValue().toPlainString() + "不符"));
        }
        return errors;
    }

    private static void header(DeclarationRequest r, CheckContext c, List<DeclarationError> errors) {
        required(r.reference(), "reference", "the declarant's reference", "申报单位内部编号", errors);
        if (blank(r.importer())) {
            required(null, "importer", "the importer's unified social credit code", "收货人统一社会信用代码", errors);
        } else if (!UnifiedSocialCreditCode.isValid(r.importer())) {
            errors.add(DEC_007.error("importer", UnifiedSocialCreditCode.problem(r.importer()),
                    "统一社会信用代码" + r.importer() + "无效（GB 32100-2015 校验不通过）"));
        }
        if (r.declarationDate() == null) {
            required(null, "declarationDate", "the declaration date", "申报日期", errors);
        }
        if (required(r.tradeMode(), "tradeMode", "the trade mode", "监管方式", errors)
                && c.codeLists().tradeMode(r.tradeMode()).isEmpty()) {
            errors.add(DEC_002.error("tradeMode", "unknown trade mode " + r.tradeMode(),
                    "监管方式代码" + r.tradeMode() + "不存在"));
        }
        if (required(r.transportMode(), "transportMode", "the mode of transport", "运输方式", errors)
                && c.codeLists().transportMode(r.transportMode()).isEmpty()) {
            errors.add(DEC_003.error("transportMode", "unknown mode of transport " + r.transportMode(),
                    "运输方式代码" + r.transportMode() + "不存在"));
        }
        required(r.portOfEntry(), "portOfEntry", "the port of entry", "进境关别", errors);
        if (required(r.countryOfDispatch(), "countryOfDispatch", "the country of dispatch", "启运国（地区）", errors)
                && c.reference().country(r.countryOfDispatch()).isEmpty()) {
            errors.add(DEC_006.error("countryOfDispatch", "unknown country of dispatch " + r.countryOfDispatch(),
                    "启运国（地区）代码" + r.countryOfDispatch() + "不存在"));
        }
        boolean termsKnown = false;
        if (required(r.priceTerms(), "priceTerms", "the terms of price", "成交方式", errors)) {
            termsKnown = c.codeLists().priceTerms(r.priceTerms()).isPresent();
            if (!termsKnown) {
                errors.add(DEC_004.error("priceTerms", "unknown terms of price " + r.priceTerms()
                        + "; use CIF, CFR (C&F) or FOB", "成交方式" + r.priceTerms() + "不存在，应为CIF、CFR（C&F）或FOB"));
            }
        }
        String currency = r.currencyOrYuan();
        if (blank(r.currency())) {
            required(null, "currency", "the currency", "币制", errors);
        } else if (!YUAN.equals(currency) && c.reference().currency(currency).isEmpty()) {
            errors.add(DEC_005.error("currency", "unknown currency " + currency, "币制" + currency + "不存在"));
        } else if (!YUAN.equals(currency) && r.declarationDate() != null
                && c.exchangeRates().rateFor(currency, r.declarationDate()).isEmpty()) {
            String month = r.declarationDate().toString().substring(0, 7);
            errors.add(DEC_016.error("currency", "no customs exchange rate for " + currency + " in " + month,
                    month + "无" + currency + "的海关汇率"));
        }
        if (termsKnown) {
            CifValuation.Terms terms = CifValuation.Terms.of(r.priceTerms());
            if (terms == CifValuation.Terms.FOB && r.freight() == null) {
                errors.add(DEC_015.error("freight", "FOB values need the freight to the port of entry",
                        "FOB成交需申报运费"));
            }
        }
        if (r.freight() != null && r.freight().signum() < 0) {
            errors.add(DEC_015.error("freight", "the freight must not be negative", "运费不能为负数"));
        }
        if (r.insurance() != null && r.insurance().signum() < 0) {
            errors.add(DEC_015.error("insurance", "the insurance must not be negative", "保费不能为负数"));
        }
        DeclarationKind kind = DeclarationKind.parse(r.declarationKind()).orElse(null);
        if (kind == null) {
            errors.add(DEC_022.error("declarationKind", "unknown declaration kind " + r.declarationKind()
                            + "; use STANDARD, ADVANCE, TWO_STEP_SUMMARY or TWO_STEP_FULL",
                    "申报类型" + r.declarationKind() + "不存在"));
        } else if (kind == DeclarationKind.TWO_STEP_FULL && blank(r.summaryReference())) {
            errors.add(DEC_022.error("summaryReference", "a full declaration names the summary declaration it completes",
                    "完整申报须填写对应的概要申报编号"));
        }
    }

    private static void item(int i, DeclarationItemRequest item, DeclarationRequest r, LocalDate date, CheckContext c,
                             List<DeclarationError> errors) {
        String p = "items[" + i + "]";
        Commodity commodity = null;
        String code = item.commodityCode();
        if (required(code, p + ".commodityCode", "the commodity code", "商品编号", errors, DEC_009)) {
            commodity = c.schedule().nomenclature().commodity(code.strip()).orElse(null);
            if (commodity == null) {
                errors.add(DEC_010.error(p + ".commodityCode", "unknown commodity code " + code, "商品编号" + code + "不存在"));
            } else if (!commodity.declarable()) {
                errors.add(DEC_011.error(p + ".commodityCode", "commodity code " + code
                                + " is not a declarable tariff line; declare one of the 8-digit lines beneath it",
                        "商品编号" + code + "不是可申报的税号，请申报其下的8位税号"));
                commodity = null;
            }
        }
        required(item.description(), p + ".description", "the description of the goods", "商品名称", errors, DEC_009);
        String origin = item.origin();
        boolean originKnown = false;
        if (required(origin, p + ".origin", "the country of origin (ZZ if unknown)", "原产国（地区）", errors, DEC_009)) {
            originKnown = "ZZ".equals(origin) || c.reference().country(origin).isPresent();
            if (!originKnown) {
                errors.add(DEC_006.error(p + ".origin", "unknown country of origin " + origin,
                        "原产国（地区）代码" + origin + "不存在"));
            }
        }
        if (item.quantity() == null) {
            required(null, p + ".quantity", "the quantity", "数量", errors, DEC_009);
        } else if (item.quantity().signum() <= 0) {
            errors.add(DEC_013.error(p + ".quantity", "the quantity must be greater than zero", "数量必须大于零"));
        }
        if (item.value() == null) {
            required(null, p + ".value", "the value", "总价", errors, DEC_009);
        } else if (item.value().signum() <= 0) {
            errors.add(DEC_013.error(p + ".value", "the value must be greater than zero", "总价必须大于零"));
        }
        if (item.secondQuantity() != null && item.secondQuantity().signum() <= 0) {
            errors.add(DEC_013.error(p + ".secondQuantity", "the second quantity must be greater than zero",
                    "第二数量必须大于零"));
        }
        Unit unit = null;
        if (required(item.unit(), p + ".unit", "the unit of quantity", "计量单位", errors, DEC_009)) {
            unit = Unit.of(item.unit()).orElse(null);
            if (unit == null) {
                errors.add(DEC_012.error(p + ".unit", "unknown unit " + item.unit(), "计量单位" + item.unit() + "不存在"));
            }
        }
        Unit second = item.secondUnit() == null || item.secondUnit().isBlank() ? null
                : Unit.of(item.secondUnit()).orElse(null);
        if (item.secondUnit() != null && !item.secondUnit().isBlank() && second == null) {
            errors.add(DEC_012.error(p + ".secondUnit", "unknown unit " + item.secondUnit(),
                    "计量单位" + item.secondUnit() + "不存在"));
        }
        if (commodity != null && unit != null) {
            units(p, commodity, unit, second, c, errors);
        }
        String preference = item.preferenceOrAuto();
        boolean inQuotaClaim = DeclarationItemRequest.IN_QUOTA.equals(preference);
        if (!inQuotaClaim && !"AUTO".equals(preference) && !"NONE".equals(preference)
                && c.reference().arrangement(preference).isEmpty()) {
            errors.add(DEC_021.error(p + ".preference", "unknown preference " + preference
                            + "; use AUTO, NONE, IN_QUOTA or an arrangement code such as AU or LD",
                    "优惠贸易协定代码" + preference + "不存在，应为AUTO、NONE、IN_QUOTA或协定代码（如AU、LD）"));
        }
        if (commodity == null || date == null) {
            return;
        }
        List<Measure> measures = c.schedule().measuresFor(commodity.code(), date);
        boolean hasQuota = measures.stream().anyMatch(m -> m.type() == MeasureType.IN_QUOTA
                || m.type() == MeasureType.IN_QUOTA_PROVISIONAL);
        if (inQuotaClaim && !item.hasQuotaCertificate()) {
            errors.add(DEC_020.error(p + ".quotaCertificate", "the in-quota rate is claimed without a tariff-quota "
                    + "certificate number", "申报关税配额税率但未填写关税配额证明编号"));
        }
        if ((inQuotaClaim || item.hasQuotaCertificate()) && !hasQuota) {
            errors.add(DEC_020.error(p + (inQuotaClaim ? ".preference" : ".quotaCertificate"), "commodity "
                            + commodity.code() + " has no tariff-rate quota on " + date,
                    "商品" + commodity.code() + "在" + date + "不实行关税配额管理"));
        }
        if (originKnown) {
            nonTariff(p, commodity.code(), origin, date, r, measures, c, errors);
        }
    }

    private static void units(String p, Commodity commodity, Unit unit, Unit second, CheckContext c,
                              List<DeclarationError> errors) {
        Unit legal = commodity.legalUnit() == null ? null : Unit.of(commodity.legalUnit()).orElse(null);
        if (legal != null) {
            if (unit.dimension() != legal.dimension() && (second == null || second.dimension() != legal.dimension())) {
                errors.add(DEC_012.error(p + ".unit", "the legal unit of " + commodity.code() + " is " + legal
                                + " (" + legal.nameEn() + "); declare the quantity in it or give it as the second quantity",
                        "商品" + commodity.code() + "的法定计量单位是" + legal.nameZh() + "（" + legal
                                + "），请以该单位申报数量或第二数量"));
            }
            return;
        }
        Set<Unit.Dimension> plausible = c.codeLists().plausibleDimensions(commodity.code());
        if (!plausible.isEmpty() && !plausible.contains(unit.dimension())
                && (second == null || !plausible.contains(second.dimension()))) {
            errors.add(DEC_012.error(p + ".unit", unit + " (" + unit.nameEn() + ") is not a unit of quantity for "
                            + commodity.code() + "; expected a unit of " + plausible.toString().toLowerCase(),
                    unit.nameZh() + "（" + unit + "）不是商品" + commodity.code() + "适用的计量单位"));
        }
    }

    private static void nonTariff(String p, String code, String origin, LocalDate date, DeclarationRequest r,
                                  List<Measure> measures, CheckContext c, List<DeclarationError> errors) {
        boolean spsListed = false;
        boolean spsApproved = false;
        Set<String> licenceKinds = new LinkedHashSet<>();
        for (Measure m : measures) {
            switch (m.type()) {
                case PROHIBITION -> {
                    if (c.reference().covers(m.geographicalArea(), origin, date)) {
                        errors.add(DEC_018.error(p + ".commodityCode", "imports of " + code + " from " + origin
                                        + " are prohibited (measure " + m.sid() + ", " + m.legalAct() + ")",
                                "原产于" + origin + "的" + code + "禁止进口（措施" + m.sid() + "，" + m.legalAct() + "）"));
                    }
                }
                case SPS_ACCESS -> {
                    spsListed = true;
                    if (c.reference().covers(m.geographicalArea(), origin, date)) {
                        spsApproved = true;
                    }
                }
                case LICENCE -> {
                    if (c.reference().covers(m.geographicalArea(), origin, date)) {
                        boolean any = false;
                        for (MeasureCondition cond : m.conditions()) {
                            if (cond instanceof MeasureCondition.Licence l) {
                                licenceKinds.add(l.kind());
                                any = true;
                            }
                        }
                        if (!any) {
                            licenceKinds.add("IMPORT");
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (spsListed && !spsApproved) {
            errors.add(DEC_019.error(p + ".origin", code + " from " + origin + " is not on the list of products "
                            + "approved for import (sanitary and phytosanitary market access)",
                    "原产于" + origin + "的" + code + "不在检疫准入名单内"));
        }
        for (String kind : licenceKinds) {
            if (!licenceDeclared(kind, r.licences())) {
                int number = Integer.parseInt(p.substring(6, p.length() - 1)) + 1;
                errors.add(DEC_017.error("licences", "goods item " + number + " (" + code + ") needs a licence of "
                                + "kind " + kind + "; declare its number (e.g. " + kind + ":<number>)",
                        "第 " + number + " 项商品（" + code + "）需要" + kind + "许可证，请申报许可证号"));
            }
        }
    }

    /** A licence {@code KIND:number} proves that kind; a bare number is taken for any kind (its kind is unknown). */
    static boolean licenceDeclared(String kind, List<String> licences) {
        for (String l : licences) {
            if (l == null || l.isBlank()) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon < 0 || l.substring(0, colon).strip().equalsIgnoreCase(kind)) {
                if (colon < 0 || colon < l.length() - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean required(String value, String path, String en, String zh, List<DeclarationError> errors) {
        return required(value, path, en, zh, errors, DEC_001);
    }

    private static boolean required(String value, String path, String en, String zh, List<DeclarationError> errors,
                                    DeclarationRule rule) {
        if (blank(value)) {
            errors.add(rule.error(path, en + " is required", "缺少" + zh));
            return false;
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
