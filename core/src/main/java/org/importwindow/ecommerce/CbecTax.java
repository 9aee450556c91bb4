package org.importwindow.ecommerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.importwindow.allowance.AllowanceRule;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.DebitResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.Limits;
import org.importwindow.allowance.RefusalReason;
import org.importwindow.allowance.TransactionConflictException;
import org.importwindow.assessment.AssessmentRequest;
import org.importwindow.assessment.Assessor;
import org.importwindow.assessment.Explanation;
import org.importwindow.assessment.InvalidRequestException;
import org.importwindow.assessment.ItemAssessment;
import org.importwindow.assessment.ItemRequest;
import org.importwindow.assessment.Language;
import org.importwindow.assessment.Violation;
import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.law.DatedValue;
import org.importwindow.law.LegalParameters;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.duty.DutyExpression;
import org.importwindow.tariff.duty.Unit;

/**
 * The cross-border e-commerce tax of one inventory list, computed by the tariff engine ({@link Assessor}).
 *
 * <p><b>The law</b> (law README section 5; 财关税〔2016〕18号, 财关税〔2018〕49号):
 * <ul>
 * <li>The dutiable price is the actual transaction price including goods, freight and insurance. The list's freight
 * and insurance are <i>allocated over the lines in proportion to their prices</i>, each share rounded to the fen
 * half-up, the rounding difference put on the line with the highest price, so the lines add up exactly.</li>
 * <li>The dutiable price of the whole list is what is counted against the buyer's limits: the single-transaction
 * limit ({@code cbec.single.limit}) and the annual limit ({@code cbec.annual.limit}), both inclusive.</li>
 * <li>Within the limits: duty 0 ("关税税率暂设为0%", so additional and trade-remedy duties are not charged either);
 * consumption tax and import VAT at {@code cbec.tax.fraction} (70%) of the statutory amount. The engine computes the
 * statutory amounts on a copy of the schedule whose duty measures are replaced by the policy's 0% (so the consumption
 * tax's composite price and the VAT base contain no duty, and the VAT base contains the full statutory consumption
 * tax, as on a goods tax bill); each charged tax is 70% of the statutory amount rounded to the fen, then rounded to
 * the fen half-up.</li>
 * <li>One item alone over the single limit and within the annual limit: taxed in full at the goods rates (duty
 * incl. additional duties, consumption tax, VAT) and counted in the annual total. "One item" is one line of one
 * piece: the line's {@link CbecLine#ITEM_COUNT} attribute, else its quantity when the unit is a count
 * ({@code PCE}, {@code PR}) or not given.</li>
 * <li>Otherwise over a limit: refused, {@code -621005} (single) or {@code -621018} (annual).</li>
 * <li>No 50-yuan waiver: the engine's per-consignment waiver is not applied (the bill is built from the items'
 * amounts, not the engine's totals).</li>
 * <li>No preference is claimed: an inventory list carries no proof of origin, so the full-tax case pays the MFN (or
 * provisional, or general) rate.</li>
 * <li>Lines must be on the positive list on the list's date ({@link PositiveList}).</li>
 * </ul>
 * Every calculation takes the list's date: limits, fraction, rates and the positive list in force that day.
 * Thread-safe and stateless between calls.
 */
public final class CbecTax {
    public static final String SINGLE_LIMIT = "cbec.single.limit";
    public static final String ANNUAL_LIMIT = "cbec.annual.limit";
    public static final String TAX_FRACTION = "cbec.tax.fraction";
    /** Legal act of the 0% duty measures standing in for the duty within the limits. */
    public static final String ZERO_DUTY_ACT = "CBEC-TAX-2016";
    /** Sids of the 0% duty measures made for the within-limits schedule (never in a file). */
    public static final long ZERO_DUTY_SID = 9_000_000_001L;

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final AllowanceScheme SCHEME = AllowanceScheme.CBEC_RETAIL_IMPORT;

    private final Assessor goodsRates;
    private final Assessor withinLimits;
    private final PositiveList positiveList;
    private final LegalParameters parameters;

    /**
     * @param schedule the tariff schedule with the positive list in it (see {@link CbecMeasures#withPositiveList})
     */
    public CbecTax(TariffSchedule schedule, ReferenceData reference, CustomsExchangeRates exchangeRates,
                   LegalParameters parameters) {
        this.parameters = parameters;
        this.goodsRates = new Assessor(schedule, reference, exchangeRates, parameters);
        this.withinLimits = new Assessor(zeroDuty(schedule, zeroDutyFrom(schedule, parameters)), reference,
                exchangeRates, parameters);
        this.positiveList = new PositiveList(schedule);
    }

    public PositiveList positiveList() {
        return positiveList;
    }

    /**
     * The whole decision against a known usage, without a ledger (a checkout showing the tax, a what-if): refusals,
     * or the bill with {@code allowance} null. {@code usageThisYear} is what the buyer has already used in the
     * calendar year of the list's date.
     */
    public CbecTaxResult assess(CbecTaxRequest request, BigDecimal usageThisYear) {
        Prepared p = prepare(request, null);
        if (!p.rejections.isEmpty()) {
            return new CbecRefused(p.rejections);
        }
        DebitResult decision = AllowanceRule.decide(null, SCHEME.periodOf(request.date()), p.limits,
                usageThisYear == null ? ZERO : usageThisYear, p.dutiable, p.mode == CbecTaxMode.WITHIN_LIMITS);
        if (decision instanceof DebitResult.Refused refused) {
            return new CbecRefused(List.of(limitRejection(refused, p, null)));
        }
        return bill(request, p);
    }

    /**
     * Assess the list and debit the buyer's allowance in {@code ledger} under {@code transactionId} (the list's
     * identity, e.g. its copNo or invtNo: resending it debits nothing more). The taxes are computed first and the
     * debit is the last step, so a list is accepted exactly when its debit is: on a bill, {@code allowance} is the
     * ledger's acceptance; on a refusal nothing was debited.
     */
    public CbecTaxResult assessAndDebit(CbecTaxRequest request, Ledger ledger, String transactionId) {
        return debit(assessBeforeDebit(request, transactionId), ledger);
    }

    /**
     * A list assessed as far as it can be without the buyer's ledger ({@link #assessBeforeDebit}): the refusals that
     * need no usage, or the bill that waits for the debit ({@link #debit}).
     */
    public static final class Assessed {
        private final CbecTaxRequest request;
        private final String transactionId;
        private final Prepared prepared;
        private final CbecTaxResult computed;

        private Assessed(CbecTaxRequest request, String transactionId, Prepared prepared, CbecTaxResult computed) {
            this.request = request;
            this.transactionId = transactionId;
            this.prepared = prepared;
            this.computed = computed;
        }

        /** The day it was assessed for. */
        public LocalDate date() {
            return request.date();
        }
    }

    /**
     * The first part of {@link #assessAndDebit}: every check and the taxes, none of which depends on what the buyer
     * used before. It reads no ledger and changes nothing, so any thread may do it ahead of the one that debits.
     */
    public Assessed assessBeforeDebit(CbecTaxRequest request, String transactionId) {
        Prepared p = prepare(request, transactionId);
        CbecTaxResult computed = p.rejections.isEmpty() ? bill(request, p) : new CbecRefused(p.rejections);
        return new Assessed(request, transactionId, p, computed);
    }

    /**
     * The last part of {@link #assessAndDebit}: debit the buyer's allowance in {@code ledger} for a list
     * {@link #assessBeforeDebit assessed} with no refusal; the bill with the ledger's acceptance, or the refusal.
     */
    public CbecTaxResult debit(Assessed assessed, Ledger ledger) {
        if (!(assessed.computed instanceof CbecTaxBill bill)) {
            return assessed.computed;
        }
        Prepared p = assessed.prepared;
        CbecTaxRequest request = assessed.request;
        String transactionId = assessed.transactionId;
        DebitResult debit;
        try {
            debit = ledger.debit(SCHEME, p.buyer, request.date(), p.dutiable, transactionId,
                    p.mode == CbecTaxMode.WITHIN_LIMITS);
        } catch (TransactionConflictException e) {
            String ref = transactionId;
            return new CbecRefused(List.of(new CbecRejection(CbecRefusal.LEDGER_ERROR,
                    "清单[" + ref + "]，核增个人[" + ResidentIdNumber.mask(p.buyer) + "]消费金额时出错：该清单编号已用于其他内容",
                    "list " + ref + ": the buyer's amount could not be recorded: the list id was already used with "
                            + "other content", null)));
        }
        if (debit instanceof DebitResult.Refused refused) {
            return new CbecRefused(List.of(limitRejection(refused, p, transactionId)));
        }
        return bill.withAllowance((DebitResult.Accepted) debit);
    }

    /** What can be said about a list before any usage is known: structural checks, ID, positive list, mode. */
    private Prepared prepare(CbecTaxRequest r, String ref) {
        Prepared p = new Prepared();
        LocalDate date = r.date();
        if (date == null) {
            p.reject(CbecRefusal.INVALID_LIST, "缺少申报日期", "the date is required", "date");
            return p;
        }
        Optional<ResidentIdNumber.Problem> idProblem = ResidentIdNumber.problem(
                r.buyerIdNumber() == null ? null : r.buyerIdNumber().trim(), date);
        if (idProblem.isPresent()) {
            p.reject(CbecRefusal.INVALID_BUYER_ID, idProblem.get().zh(), idProblem.get().en(), "buyerIdNumber");
        } else {
            p.buyer = ResidentIdNumber.normalize(r.buyerIdNumber());
        }
        try {
            p.limits = Limits.of(SCHEME, parameters, date);
            p.fraction = parameters.value(TAX_FRACTION, date);
        } catch (NoSuchElementException e) {
            p.reject(CbecRefusal.INVALID_LIST, date + " 没有有效的跨境电子商务零售进口税收政策",
                    "no cross-border e-commerce retail import tax policy is in force on " + date, "date");
            return p;
        }
        List<CbecLine> lines = r.lines();
        if (lines.isEmpty()) {
            p.reject(CbecRefusal.INVALID_LIST, "清单表体为空", "the inventory list has no lines", "lines");
            return p;
        }
        BigDecimal freight = r.freight() == null ? ZERO : r.freight();
        BigDecimal insurance = r.insuredFee() == null ? ZERO : r.insuredFee();
        if (freight.signum() < 0) {
            p.reject(CbecRefusal.INVALID_LIST, "运费不能为负数", "the freight must not be negative", "freight");
        }
        if (insurance.signum() < 0) {
            p.reject(CbecRefusal.INVALID_LIST, "保费不能为负数", "the insurance must not be negative", "insuredFee");
        }
        Set<Integer> gnums = new HashSet<>();
        BigDecimal goods = ZERO;
        for (CbecLine line : lines) {
            String path = path(line);
            if (!gnums.add(line.gnum())) {
                p.reject(CbecRefusal.DUPLICATE_GNUM, "表体序号 " + line.gnum() + " 重复",
                        "gnum " + line.gnum() + " appears on more than one line", path);
            }
            if (line.totalPrice() == null || line.totalPrice().signum() < 0) {
                p.reject(CbecRefusal.INVALID_LIST, "商品总价缺失或为负数", "the line's total price is missing or negative",
                        path + ".totalPrice");
            } else {
                goods = goods.add(line.totalPrice());
            }
            String code = line.commodityCode();
            if (code == null || !code.matches("\\d{8}")) {
                p.reject(CbecRefusal.INVALID_LIST, "商品编号应为8位数字", "the commodity code must be 8 digits",
                        path + ".commodityCode");
            } else {
                Optional<Measure> listed = positiveList.measure(code, date);
                if (listed.isEmpty()) {
                    p.reject(CbecRefusal.NOT_ON_POSITIVE_LIST, "商品编号 " + code + " 于 " + date
                                    + " 不在跨境电子商务零售进口商品清单内",
                            "commodity code " + code + " is not on the cross-border e-commerce retail import list on "
                                    + date, path + ".commodityCode");
                } else {
                    p.listed.put(line.gnum(), listed.get().sid());
                }
            }
        }
        if (p.rejections.isEmpty() && goods.signum() <= 0) {
            p.reject(CbecRefusal.INVALID_LIST, "商品总价合计应大于0", "the goods value of the list must be positive",
                    "lines");
        }
        if (!p.rejections.isEmpty()) {
            return p;
        }
        p.goods = fen(goods);
        p.freight = fen(freight);
        p.insurance = fen(insurance);
        p.freightShares = allocate(lines, p.goods, p.freight);
        p.insuranceShares = allocate(lines, p.goods, p.insurance);
        p.dutiable = p.goods.add(p.freight).add(p.insurance);
        if (p.limits.single() != null && p.dutiable.compareTo(p.limits.single()) > 0) {
            if (lines.size() == 1 && onePiece(lines.get(0))) {
                p.mode = CbecTaxMode.ONE_ITEM_FULL;
            } else {
                p.rejections.add(singleLimitRejection(p, ref));
            }
        }
        return p;
    }

    private CbecTaxResult bill(CbecTaxRequest r, Prepared p) {
        boolean full = p.mode == CbecTaxMode.ONE_ITEM_FULL;
        BigDecimal fraction = full ? BigDecimal.ONE : p.fraction;
        List<CbecLine> lines = r.lines();
        List<ItemRequest> items = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CbecLine l = lines.get(i);
            BigDecimal dutiable = fen(l.totalPrice()).add(p.freightShares[i]).add(p.insuranceShares[i]);
            items.add(new ItemRequest(l.commodityCode(), l.origin(), dutiable, l.quantity(), l.unit(),
                    ItemRequest.NONE, false, false, l.attributes()));
        }
        List<ItemAssessment> assessed;
        try {
            assessed = (full ? goodsRates : withinLimits).assess(new AssessmentRequest(r.date(), "CNY", items)).items();
        } catch (InvalidRequestException e) {
            List<CbecRejection> rejections = new ArrayList<>();
            for (Violation v : e.violations()) {
                rejections.add(new CbecRejection(CbecRefusal.INVALID_LIST, "税款无法计算（" + v.code() + "）：" + v.message(),
                        "the taxes cannot be computed (" + v.code() + "): " + v.message(), linePath(v.path(), lines)));
            }
            return new CbecRefused(rejections);
        }
        List<CbecLineTax> taxed = new ArrayList<>(lines.size());
        BigDecimal duty = ZERO;
        BigDecimal vat = ZERO;
        BigDecimal ct = ZERO;
        for (int i = 0; i < lines.size(); i++) {
            CbecLine l = lines.get(i);
            ItemAssessment a = assessed.get(i);
            BigDecimal lineDuty = full ? a.totalDuty() : ZERO;
            BigDecimal statCt = a.consumptionTax().amount();
            BigDecimal statVat = a.vat().amount();
            BigDecimal lineCt = full ? statCt : fen(statCt.multiply(fraction));
            BigDecimal lineVat = full ? statVat : fen(statVat.multiply(fraction));
            taxed.add(new CbecLineTax(l.gnum(), l.commodityCode(), l.quantity(), declaredQuantity(l),
                    fen(l.totalPrice()), p.freightShares[i], p.insuranceShares[i], a.customsValueCny(), lineDuty,
                    lineVat, lineCt, lineDuty.add(lineVat).add(lineCt), statVat, statCt, a.duty(), a.consumptionTax(), a.vat(),
                    p.listed.get(l.gnum()), a));
            duty = duty.add(lineDuty);
            vat = vat.add(lineVat);
            ct = ct.add(lineCt);
        }
        return new CbecTaxBill(r.date(), p.mode, fraction, p.goods, p.freight, p.insurance, p.dutiable, taxed, duty,
                vat, ct, duty.add(vat).add(ct), null, explain(r.date(), p, taxed));
    }

    private List<String> explain(LocalDate date, Prepared p, List<CbecLineTax> lines) {
        Explanation.Builder e = new Explanation.Builder();
        String limitsSource = source(SINGLE_LIMIT, date);
        String fractionSource = source(TAX_FRACTION, date);
        BigDecimal single = p.limits.single();
        BigDecimal annual = p.limits.period();
        if (p.mode == CbecTaxMode.WITHIN_LIMITS) {
            e.add(l -> l == Language.ZH
                    ? "完税价格 " + p.dutiable.toPlainString() + " 元在单次交易限值 " + single.toPlainString() + " 元以内（年度限值 "
                    + annual.toPlainString() + " 元）：关税税率暂设为0%，进口环节增值税、消费税按法定应纳税额的 "
                    + percent(p.fraction) + " 征收（" + limitsSource + "；" + fractionSource + "）。"
                    : "Dutiable price " + p.dutiable.toPlainString() + " CNY is within the single-transaction limit of "
                    + single.toPlainString() + " CNY (annual limit " + annual.toPlainString() + " CNY): duty 0, import "
                    + "VAT and consumption tax at " + percent(p.fraction) + " of the statutory amount (" + limitsSource
                    + "; " + fractionSource + ").");
        } else {
            e.add(l -> l == Language.ZH
                    ? "完税价格 " + p.dutiable.toPlainString() + " 元超过单次交易限值 " + single.toPlainString()
                    + " 元，但订单下仅一件商品：按照货物税率全额征收关税和进口环节增值税、消费税，交易额计入年度交易总额（财关税〔2018〕49号第二条）。"
                    : "Dutiable price " + p.dutiable.toPlainString() + " CNY is over the single-transaction limit of "
                    + single.toPlainString() + " CNY but the order has one item only: duty, import VAT and consumption "
                    + "tax in full at the goods rates, counted in the annual total (财关税〔2018〕49号, article 2).");
        }
        if (p.freight.signum() > 0 || p.insurance.signum() > 0) {
            e.add(l -> l == Language.ZH
                    ? "运费 " + p.freight.toPlainString() + " 元、保费 " + p.insurance.toPlainString()
                    + " 元按各项商品总价比例分摊计入完税价格（四舍五入到分，尾差计入总价最高的一项）。"
                    : "Freight " + p.freight.toPlainString() + " CNY and insurance " + p.insurance.toPlainString()
                    + " CNY are allocated over the lines in proportion to their prices (to the fen, the rounding "
                    + "difference on the line with the highest price).");
        }
        e.add(l -> l == Language.ZH ? "跨境电子商务零售进口商品不适用一票货物税额人民币50元以下免征的规定。"
                : "The waiver of taxes of 50 yuan or less per consignment does not apply to cross-border e-commerce "
                + "retail imports.");
        for (CbecLineTax t : lines) {
            e.add(l -> l == Language.ZH
                    ? "第 " + t.gnum() + " 项 " + t.commodityCode() + "：完税价格 " + t.dutiablePrice().toPlainString()
                    + " 元；法定消费税 " + t.statutoryConsumptionTax().toPlainString() + " 元、法定增值税 "
                    + t.statutoryValueAddedTax().toPlainString() + " 元；应征关税 " + t.customsTax().toPlainString()
                    + " 元、消费税 " + t.consumptionTax().toPlainString() + " 元、增值税 "
                    + t.valueAddedTax().toPlainString() + " 元。"
                    : "Line " + t.gnum() + " " + t.commodityCode() + ": dutiable price "
                    + t.dutiablePrice().toPlainString() + " CNY; statutory consumption tax "
                    + t.statutoryConsumptionTax().toPlainString() + " CNY, statutory VAT "
                    + t.statutoryValueAddedTax().toPlainString() + " CNY; charged duty "
                    + t.customsTax().toPlainString() + ", consumption tax " + t.consumptionTax().toPlainString()
                    + ", VAT " + t.valueAddedTax().toPlainString() + " CNY.");
        }
        return e.build();
    }

    private CbecRejection singleLimitRejection(Prepared p, String ref) {
        String list = ref == null ? "" : "[" + ref + "]";
        String single = p.limits.single().toPlainString();
        return new CbecRejection(CbecRefusal.SINGLE_LIMIT,
                "清单" + list + "的购买金额超过单笔限额[" + single + "]：完税价格 " + p.dutiable.toPlainString()
                        + " 元，且订单下不止一件商品",
                "the list's dutiable price of " + p.dutiable.toPlainString() + " CNY is over the single-transaction "
                        + "limit of " + single + " CNY and the order has more than one item", null);
    }

    private CbecRejection limitRejection(DebitResult.Refused refused, Prepared p, String ref) {
        if (refused.reason() == RefusalReason.SINGLE_LIMIT) {
            return singleLimitRejection(p, ref);
        }
        String list = ref == null ? "" : "[" + ref + "]";
        String buyer = p.buyer == null ? "" : ResidentIdNumber.mask(p.buyer);
        String year = Integer.toString(refused.period().from().getYear());
        return new CbecRejection(CbecRefusal.ANNUAL_LIMIT,
                "清单" + list + "中购买人[" + buyer + "]已用购买额度为[" + refused.usage().toPlainString()
                        + "]，本次购买将超过年度限额[" + refused.limit().toPlainString() + "]（本次完税价格 "
                        + refused.amount().toPlainString() + " 元，" + year + "年度剩余额度 "
                        + refused.remaining().toPlainString() + " 元）",
                "buyer " + buyer + " has used " + refused.usage().toPlainString() + " CNY in " + year
                        + "; this list of " + refused.amount().toPlainString() + " CNY would exceed the annual limit of "
                        + refused.limit().toPlainString() + " CNY (" + refused.remaining().toPlainString()
                        + " CNY left)", null);
    }

    /** The line's item count when declared (and a number), else its quantity. */
    static BigDecimal declaredQuantity(CbecLine line) {
        String count = line.attributes().get(CbecLine.ITEM_COUNT);
        if (count != null) {
            try {
                return new BigDecimal(count.trim());
            } catch (NumberFormatException e) {
                return line.quantity();
            }
        }
        return line.quantity();
    }

    /** "One piece": a line's declared item count, or its quantity when that counts pieces. */
    static boolean onePiece(CbecLine line) {
        String count = line.attributes().get(CbecLine.ITEM_COUNT);
        if (count != null) {
            try {
                return new BigDecimal(count.trim()).compareTo(BigDecimal.ONE) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        Unit unit = line.unit() == null ? null : Unit.of(line.unit()).orElse(null);
        boolean counts = line.unit() == null || unit == Unit.PCE || unit == Unit.PR;
        return counts && line.quantity() != null && line.quantity().compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * {@code amount} over the lines in proportion to their prices, each share to the fen half-up, the rounding
     * difference on the (first) line with the highest price.
     */
    static BigDecimal[] allocate(List<CbecLine> lines, BigDecimal goods, BigDecimal amount) {
        BigDecimal[] shares = new BigDecimal[lines.size()];
        BigDecimal sum = ZERO;
        int highest = 0;
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal price = lines.get(i).totalPrice();
            shares[i] = amount.signum() == 0 ? ZERO
                    : amount.multiply(price).divide(goods, 2, RoundingMode.HALF_UP);
            sum = sum.add(shares[i]);
            if (price.compareTo(lines.get(highest).totalPrice()) > 0) {
                highest = i;
            }
        }
        shares[highest] = shares[highest].add(amount.subtract(sum));
        return shares;
    }

    /**
     * The schedule within the limits: every measure but the duties, and in their place the policy's 0% as MFN and
     * general measures on each chapter that has duty measures, in force from {@code from}.
     */
    static TariffSchedule zeroDuty(TariffSchedule schedule, LocalDate from) {
        List<Measure> kept = new ArrayList<>();
        Set<String> chapters = new TreeSet<>();
        for (Measure m : schedule.allMeasures()) {
            MeasureType.Family family = m.type().family();
            if (family == MeasureType.Family.DUTY || family == MeasureType.Family.ADDITIONAL_DUTY) {
                chapters.add(m.commodityCode().substring(0, 2));
            } else {
                kept.add(m);
            }
        }
        DutyExpression zero = DutyExpression.parse("0%");
        long sid = ZERO_DUTY_SID;
        for (String chapter : chapters) {
            kept.add(new Measure(sid++, MeasureType.MFN, chapter, "MFN", null, from, null, zero, List.of(), List.of(),
                    ZERO_DUTY_ACT, null));
            kept.add(new Measure(sid++, MeasureType.GENERAL, chapter, "ERGA_OMNES", null, from, null, zero, List.of(),
                    List.of(), ZERO_DUTY_ACT, null));
        }
        return new TariffSchedule(schedule.nomenclature(), kept, schedule.legalActs(), schedule.footnotes());
    }

    /** The first day of the 70% policy in the parameters, else the schedule's first day. */
    private static LocalDate zeroDutyFrom(TariffSchedule schedule, LegalParameters parameters) {
        if (parameters instanceof DatedParameters dated) {
            Optional<LocalDate> first = dated.parameter(TAX_FRACTION).flatMap(p -> p.values().stream()
                    .map(DatedValue::from).min(LocalDate::compareTo));
            if (first.isPresent()) {
                return first.get();
            }
        }
        return schedule.allMeasures().stream().map(Measure::validFrom).min(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
    }

    private String source(String id, LocalDate date) {
        if (parameters instanceof DatedParameters dated) {
            return dated.valueOn(id, date).map(v -> v.legalAct() + " " + v.citation()).orElse(id);
        }
        return id;
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String path(CbecLine line) {
        return "lines[gnum=" + line.gnum() + "]";
    }

    /** {@code items[i].x} of the engine as {@code lines[gnum=g].x}. */
    private static String linePath(String path, List<CbecLine> lines) {
        if (path != null && path.startsWith("items[")) {
            int close = path.indexOf(']');
            try {
                int i = Integer.parseInt(path.substring(6, close));
                return path(lines.get(i)) + path.substring(close + 1);
            } catch (RuntimeException e) {
                return path;
            }
        }
        return path;
    }

    static BigDecimal fen(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** What {@link #prepare} found. */
    private static final class Prepared {
        final List<CbecRejection> rejections = new ArrayList<>(0);
        final Map<Integer, Long> listed = new java.util.HashMap<>();
        String buyer;
        Limits limits;
        BigDecimal fraction;
        CbecTaxMode mode = CbecTaxMode.WITHIN_LIMITS;
        BigDecimal goods;
        BigDecimal freight;
        BigDecimal insurance;
        BigDecimal[] freightShares;
        BigDecimal[] insuranceShares;
        BigDecimal dutiable;

        void reject(CbecRefusal refusal, String zh, String en, String path) {
            rejections.add(new CbecRejection(refusal, zh, en, path));
        }
    }
}
