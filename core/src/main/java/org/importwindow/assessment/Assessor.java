package org.importwindow.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.importwindow.assessment.internal.DutySelection;
import org.importwindow.assessment.internal.ItemFacts;
import org.importwindow.assessment.internal.ItemResult;
import org.importwindow.assessment.internal.Wording;
import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.exchange.ExchangeRate;
import org.importwindow.law.DatedParameters;
import org.importwindow.law.DatedValue;
import org.importwindow.law.LegalParameters;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.duty.DutyBase;
import org.importwindow.tariff.duty.DutyExpressionException;
import org.importwindow.tariff.duty.Unit;

/**
 * Assesses consignments against a tariff schedule: the facade an e-commerce platform can embed to show the exact
 * tax at checkout. Thread-safe and allocation-light; it holds no state between calls.
 *
 * <p>The whole request is validated first and every violation is reported together (rule codes ASM-001..012);
 * nothing is returned for a request with violations.
 */
public final class Assessor {
    /** Id of the legal parameter for the per-tax, per-consignment waiver. */
    public static final String WAIVER_THRESHOLD = "tax.waiver.threshold";
    private static final String YUAN = "CNY";
    private static final BigDecimal ZERO_FEN = BigDecimal.ZERO.setScale(2);

    private final TariffSchedule schedule;
    private final ReferenceData reference;
    private final CustomsExchangeRates exchangeRates;
    private final LegalParameters parameters;
    /** The first day the schedule has any measure for: earlier dates are outside the data. */
    private final LocalDate earliest;

    public Assessor(TariffSchedule schedule, ReferenceData reference, CustomsExchangeRates exchangeRates,
                    LegalParameters parameters) {
        this.schedule = schedule;
        this.reference = reference;
        this.exchangeRates = exchangeRates;
        this.parameters = parameters;
        LocalDate first = null;
        for (Measure m : schedule.allMeasures()) {
            if (first == null || m.validFrom().isBefore(first)) {
                first = m.validFrom();
            }
        }
        this.earliest = first;
    }

    /**
     * Assess a consignment as of its date. Throws {@link InvalidRequestException} listing every violation when the
     * request cannot be assessed.
     */
    public Assessment assess(AssessmentRequest request) {
        List<Violation> violations = new ArrayList<>(0);
        LocalDate date = request.date();
        if (date == null) {
            violations.add(new Violation("ASM-009", "date", "the declaration date is required"));
        } else if (earliest == null || date.isBefore(earliest)) {
            violations.add(new Violation("ASM-009", "date", "no tariff data in force on " + date
                    + (earliest == null ? "" : "; the schedule starts on " + earliest)));
        }
        String currency = request.currency() == null || request.currency().isBlank() ? YUAN : request.currency();
        ExchangeRate rate = null;
        if (!YUAN.equals(currency)) {
            if (reference.currency(currency).isEmpty()) {
                violations.add(new Violation("ASM-004", "currency", "unknown currency " + currency));
            } else if (date != null) {
                rate = exchangeRates.rateFor(currency, date).orElse(null);
                if (rate == null) {
                    violations.add(new Violation("ASM-005", "currency", "no customs exchange rate for " + currency
                            + " in " + date.getYear() + "-" + pad(date.getMonthValue())));
                }
            }
        }
        List<ItemRequest> items = request.items();
        if (items.isEmpty()) {
            violations.add(new Violation("ASM-012", "items", "the consignment has no goods items"));
        }
        boolean computable = violations.isEmpty();
        LocalDate asOf = date;
        Function<String, BigDecimal> yuanPer = c -> {
            if (YUAN.equals(c)) {
                return BigDecimal.ONE;
            }
            return exchangeRates.rateFor(c, asOf).map(ExchangeRate::yuanPerUnit).orElse(null);
        };

        List<ItemAssessment> assessed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ItemAssessment a = assessItem(i, items.get(i), date, rate, yuanPer, computable, violations);
            if (a != null) {
                assessed.add(a);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return totals(date, currency, rate, assessed);
    }

    private ItemAssessment assessItem(int i, ItemRequest item, LocalDate date, ExchangeRate rate,
                                      Function<String, BigDecimal> yuanPer, boolean computable,
                                      List<Violation> violations) {
        int before = violations.size();
        String code = item.commodityCode();
        Commodity commodity = code == null ? null : schedule.nomenclature().commodity(code).orElse(null);
        if (commodity == null) {
            violations.add(new Violation("ASM-001", path(i) + ".commodityCode",
                    code == null || code.isBlank() ? "the commodity code is required" : "unknown commodity code " + code));
        } else if (!commodity.declarable()) {
            violations.add(new Violation("ASM-002", path(i) + ".commodityCode", "commodity code " + code
                    + " is not a declarable tariff line; declare one of the lines beneath it"));
        }
        String origin = item.origin();
        if (origin == null || origin.isBlank()) {
            violations.add(new Violation("ASM-003", path(i) + ".origin",
                    "the country of origin is required (ZZ if unknown)"));
        } else if (!"ZZ".equals(origin) && reference.country(origin).isEmpty()) {
            violations.add(new Violation("ASM-003", path(i) + ".origin", "unknown country of origin " + origin));
        }
        if (item.customsValue() == null) {
            violations.add(new Violation("ASM-008", path(i) + ".customsValue", "the customs value is required"));
        } else if (item.customsValue().signum() < 0) {
            violations.add(new Violation("ASM-008", path(i) + ".customsValue", "the customs value must not be negative"));
        }
        String preference = item.preference();
        if (!DutySelection.AUTO.equals(preference) && !DutySelection.NONE.equals(preference)
                && reference.arrangement(preference).isEmpty()) {
            violations.add(new Violation("ASM-010", path(i) + ".preference", "unknown preference " + preference
                    + "; use AUTO, NONE or an arrangement code such as AU or LD"));
        }
        Unit unit = null;
        if (item.unit() != null && !item.unit().isBlank()) {
            unit = Unit.of(item.unit()).orElse(null);
            if (unit == null) {
                violations.add(new Violation("ASM-007", path(i) + ".unit", "unknown unit " + item.unit()));
            }
        }
        if (item.quantity() != null && item.quantity().signum() <= 0) {
            violations.add(new Violation("ASM-006", path(i) + ".quantity", "the quantity must be greater than zero"));
        }
        if (!computable || violations.size() > before) {
            return null;
        }

        BigDecimal valueCny = Wording.fen(rate == null ? item.customsValue() : rate.toYuan(item.customsValue()));
        DutyBase base = new DutyBase(valueCny, item.quantity(), unit, yuanPer);
        ItemFacts facts = new ItemFacts(item.attributes(), valueCny, item.quantity(), unit, item.proofOfOrigin(),
                item.quotaCertificate(), base);
        ItemResult r;
        try {
            r = ItemResult.compute(schedule, reference, date, code, origin, preference, facts);
        } catch (DutyExpressionException e) {
            violations.add(fromDuty(path(i), e, item));
            return null;
        }
        if (r.noBaseRate) {
            violations.add(new Violation("ASM-009", "date", "no MFN or general rate of " + code
                    + " is in force on " + date + ": the date is outside the tariff data for this line"));
            return null;
        }
        if (!r.missingAttributes.isEmpty()) {
            for (List<String> names : r.missingRequests()) {
                if (names.size() == 1) {
                    String name = names.get(0);
                    violations.add(new Violation("ASM-011", path(i) + ".attributes." + name, "the rates for " + code
                            + " depend on " + name + ": " + ItemFacts.howToSupply(name)));
                } else {
                    violations.add(unitValueAlternatives(i, code, item, unit, names));
                }
            }
            return null;
        }
        if (rate != null) {
            r.explanation.addFirst(l -> l == Language.ZH
                    ? "完税价格 " + item.customsValue().toPlainString() + " " + rate.currency() + "，按 " + rate.month()
                    + " 海关计征汇率（" + rate.per() + " " + rate.currency() + " = " + rate.rate().toPlainString()
                    + " 元）折合 " + valueCny.toPlainString() + " 元。"
                    : "Customs value " + item.customsValue().toPlainString() + " " + rate.currency()
                    + " at the customs rate of " + rate.month() + " (" + rate.rate().toPlainString() + " CNY per "
                    + rate.per() + ") = " + valueCny.toPlainString() + " CNY.");
        }
        return new ItemAssessment(i, code, origin, valueCny, r.duty, r.additionalDuties, r.consumptionTax, r.vat,
                r.explanation.build(), r.alternatives);
    }

    /**
     * The rates depend on the unit value in one of several units (e.g. MLT, GRM or PCE) and the quantity is absent or
     * in a unit none of them converts from: ask for the quantity in one of them.
     */
    private static Violation unitValueAlternatives(int i, String code, ItemRequest item, Unit unit, List<String> names) {
        List<String> units = new ArrayList<>(names.size());
        for (String name : names) {
            units.add(name.substring(ItemFacts.UNIT_VALUE_PREFIX.length()));
        }
        String oneOf = String.join(", ", units.subList(0, units.size() - 1)) + " or " + units.get(units.size() - 1);
        String declared = item.quantity() == null ? "no quantity is declared"
                : unit == null ? "the quantity has no unit"
                : "the quantity is declared in " + unit.name() + ", which converts into none of them";
        return new Violation("ASM-011", path(i) + (item.quantity() == null ? ".quantity" : ".unit"),
                "the rates for " + code + " depend on the customs value per " + oneOf + " and " + declared
                        + ": declare the quantity in " + oneOf + " (or a unit that converts into one of them), or one of "
                        + "the attributes " + String.join(", ", names));
    }

    private static Violation fromDuty(String path, DutyExpressionException e, ItemRequest item) {
        return switch (e.code()) {
            case "DUT-010" -> item.quantity() == null
                    ? new Violation("ASM-006", path + ".quantity", "a quantity is required: " + e.getMessage())
                    : new Violation("ASM-007", path + ".unit", "a unit is required: " + e.getMessage());
            case "DUT-011" -> new Violation("ASM-007", path + ".unit", e.getMessage());
            case "DUT-012" -> new Violation("ASM-005", path, e.getMessage());
            default -> new Violation("ASM-006", path, e.code() + ": " + e.getMessage());
        };
    }

    private Assessment totals(LocalDate date, String currency, ExchangeRate rate, List<ItemAssessment> items) {
        BigDecimal duty = ZERO_FEN;
        BigDecimal consumption = ZERO_FEN;
        BigDecimal vat = ZERO_FEN;
        for (int i = 0; i < items.size(); i++) {
            ItemAssessment a = items.get(i);
            duty = duty.add(a.totalDuty());
            consumption = consumption.add(a.consumptionTax().amount());
            vat = vat.add(a.vat().amount());
        }
        BigDecimal threshold = parameters.value(WAIVER_THRESHOLD, date);
        List<String> waived = new ArrayList<>(0);
        Explanation.Builder explanation = new Explanation.Builder();
        if (duty.signum() > 0 && duty.compareTo(threshold) <= 0) {
            waive("duty", "Duty", "关税", duty, threshold, date, waived, explanation);
            duty = ZERO_FEN;
        }
        if (consumption.signum() > 0 && consumption.compareTo(threshold) <= 0) {
            waive("consumptionTax", "Consumption tax", "消费税", consumption, threshold, date, waived, explanation);
            consumption = ZERO_FEN;
        }
        if (vat.signum() > 0 && vat.compareTo(threshold) <= 0) {
            waive("vat", "Import VAT", "进口环节增值税", vat, threshold, date, waived, explanation);
            vat = ZERO_FEN;
        }
        Totals totals = new Totals(duty, consumption, vat, duty.add(consumption).add(vat), waived);
        return new Assessment(date, currency, rate, items, totals, explanation.build());
    }

    private void waive(String key, String name, String nameZh, BigDecimal amount, BigDecimal threshold,
                       LocalDate date, List<String> waived, Explanation.Builder explanation) {
        waived.add(key);
        explanation.add(l -> {
            boolean zh = l == Language.ZH;
            String source = WAIVER_THRESHOLD;
            if (parameters instanceof DatedParameters dated) {
                DatedValue v = dated.valueOn(WAIVER_THRESHOLD, date).orElse(null);
                if (v != null) {
                    source = v.legalAct() + (zh ? "：" : ": ") + v.citation();
                }
            }
            return zh
                    ? "本票货物" + nameZh + " " + amount.toPlainString() + " 元，在 " + threshold.toPlainString()
                    + " 元及以下，予以免征（" + source + "）。"
                    : name + " of " + amount.toPlainString() + " CNY on this consignment is waived: a tax of "
                    + threshold.toPlainString() + " yuan or less per consignment is not collected (" + source + ").";
        });
    }

    /** The field path of item {@code i}; made only when a violation needs it. */
    private static String path(int i) {
        return "items[" + i + "]";
    }

    private static String pad(int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }
}
