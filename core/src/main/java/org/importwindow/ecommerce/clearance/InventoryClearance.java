package org.importwindow.ecommerce.clearance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.CbecLine;
import org.importwindow.ecommerce.CbecRefused;
import org.importwindow.ecommerce.CbecTax;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.CbecTaxRequest;
import org.importwindow.ecommerce.CbecTaxResult;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.ecommerce.message.CustomsCodes;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.InventoryHead;
import org.importwindow.ecommerce.message.InventoryItem;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.OrderHead;
import org.importwindow.ecommerce.message.OrderItem;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;

/**
 * Decides an inventory list: first its own consistency (refused at once, without waiting for anything), then the
 * three documents (waits until the order, the payment and the waybill are there, or refuses when they did not come
 * in time), then the match between them, and last the tax and the buyer's allowance, debited in {@code ledger} under
 * the list's transaction id only when everything else passed. Every finding is reported at once.
 */
public final class InventoryClearance {
    /** Customs currency code of the yuan. */
    static final String YUAN = "142";
    /** Units that count pieces: the declared quantity in them is the number of items (the one-item exception). */
    private static final Set<String> COUNT_UNITS = Set.of("PCE", "PR", "SET");

    private final CbecTax tax;
    private final Nomenclature nomenclature;
    private final CustomsCodes codes;

    public InventoryClearance(CbecTax tax, Nomenclature nomenclature, CustomsCodes codes) {
        this.tax = tax;
        this.nomenclature = nomenclature;
        this.codes = codes;
    }

    /**
     * @param date           the day the list is decided (its taxes, limits and positive list are those in force)
     * @param timedOut       whether the list has waited longer than allowed for its documents
     * @param transactionId  the list's identity for the ledger (resending it debits nothing more)
     */
    public ClearanceDecision decide(Inventory list, Order order, PaymentHead payment, LogisticsHead waybill,
                                    LocalDate date, boolean timedOut, Ledger ledger, String transactionId) {
        // its taxes are assessed only once it is known not to wait or be refused before them
        return decide(new Prechecked(this, list, date, transactionId, own(list), null), order, payment, waybill,
                timedOut, ledger);
    }

    /**
     * What is decided of a list from the list alone, on its {@code date}: its own consistency and, when that holds,
     * its taxes before the buyer's ledger is looked at ({@link CbecTax#assessBeforeDebit}). It reads no state and
     * changes nothing: the thread that received the list makes it, so that the one thread that decides lists in turn
     * only matches the documents and debits the ledger ({@link #decide(Prechecked, Order, PaymentHead, LogisticsHead,
     * boolean, Ledger)}).
     */
    public Prechecked precheck(Inventory list, LocalDate date, String transactionId) {
        List<Finding> own = own(list);
        return new Prechecked(this, list, date, transactionId, own,
                own.isEmpty() ? tax.assessBeforeDebit(taxRequest(list, date), transactionId) : null);
    }

    /**
     * A list {@link #precheck prechecked} on a day by one clearance (one version of the tariff) under its transaction
     * id for the ledger: {@code own} its findings on itself, {@code assessed} its taxes (null: not assessed yet).
     */
    public record Prechecked(InventoryClearance by, Inventory list, LocalDate date, String transactionId,
                             List<Finding> own, CbecTax.Assessed assessed) {
        /** Whether it holds for deciding {@code list} on {@code day} by {@code clearance}. */
        public boolean holdsFor(InventoryClearance clearance, Inventory list, LocalDate day, String transactionId) {
            return by == clearance && this.list == list && date.equals(day)
                    && this.transactionId.equals(transactionId);
        }
    }

    /** {@link #decide(Inventory, Order, PaymentHead, LogisticsHead, LocalDate, boolean, Ledger, String)} of a list prechecked. */
    public ClearanceDecision decide(Prechecked list, Order order, PaymentHead payment, LogisticsHead waybill,
                                    boolean timedOut, Ledger ledger) {
        List<Finding> findings = new ArrayList<>(list.own());
        if (!findings.isEmpty()) {
            return new ClearanceDecision.Refused(findings, List.of());
        }
        List<ClearanceRule> missing = new ArrayList<>();
        if (order == null) {
            missing.add(ClearanceRule.ORDER_MISSING);
        }
        if (payment == null) {
            missing.add(ClearanceRule.PAYMENT_MISSING);
        }
        if (waybill == null) {
            missing.add(ClearanceRule.WAYBILL_MISSING);
        }
        if (!missing.isEmpty()) {
            if (!timedOut) {
                return new ClearanceDecision.Waiting(missing);
            }
            List<String> en = missing.stream().map(ClearanceRule::titleEn).toList();
            List<String> zh = missing.stream().map(ClearanceRule::titleZh).toList();
            return new ClearanceDecision.Refused(List.of(new Finding(ClearanceRule.DOCUMENTS_TIMED_OUT, null,
                    "the documents did not all arrive in time: " + String.join("; ", en).toLowerCase(),
                    "三单未在规定时间内到齐：" + String.join("；", zh))), List.of());
        }
        findings.addAll(match(list.list(), order, payment, waybill));
        findings.addAll(orderConsistency(order));
        if (!findings.isEmpty()) {
            return new ClearanceDecision.Refused(findings, List.of());
        }
        CbecTax.Assessed assessed = list.assessed() != null ? list.assessed()
                : tax.assessBeforeDebit(taxRequest(list.list(), list.date()), list.transactionId());
        CbecTaxResult result = tax.debit(assessed, ledger);
        if (result instanceof CbecRefused refused) {
            return new ClearanceDecision.Refused(List.of(), refused.rejections());
        }
        return new ClearanceDecision.Released((CbecTaxBill) result);
    }

    /** The list's own consistency: codes that exist, the buyer's ID, price x quantity = total. */
    List<Finding> own(Inventory list) {
        List<Finding> f = new ArrayList<>();
        InventoryHead h = list.head();
        Optional<String> problem = ResidentIdNumber.problem(h.buyerIdNumber() == null ? null : h.buyerIdNumber().trim())
                .map(p -> p.en() + "|" + p.zh());
        problem.ifPresent(p -> f.add(new Finding(ClearanceRule.BUYER_ID_INVALID, "InventoryHead.buyerIdNumber",
                "the buyer's ID number " + ResidentIdNumber.mask(h.buyerIdNumber()) + " is not valid: "
                        + p.substring(0, p.indexOf('|')),
                "订购人身份证号码" + ResidentIdNumber.mask(h.buyerIdNumber()) + "校验不通过：" + p.substring(p.indexOf('|') + 1))));
        if (!YUAN.equals(h.currency())) {
            f.add(new Finding(ClearanceRule.CURRENCY_NOT_YUAN, "InventoryHead.currency", "the list's currency is "
                    + h.currency() + ", not 142 (yuan)", "清单币制为" + h.currency() + "，应为142（人民币）"));
        }
        if (codes.countryIso(h.country()).isEmpty()) {
            f.add(unknownCode("InventoryHead.country", "country", h.country()));
        }
        for (InventoryItem it : list.items()) {
            String p = "InventoryList[gnum=" + it.gnum() + "]";
            if (codes.countryIso(it.country()).isEmpty()) {
                f.add(unknownCode(p + ".country", "country of origin", it.country()));
            }
            if (!YUAN.equals(it.currency())) {
                f.add(new Finding(ClearanceRule.CURRENCY_NOT_YUAN, p + ".currency", "line " + it.gnum()
                        + " is in currency " + it.currency() + ", not 142 (yuan)", "第" + it.gnum() + "项币制为"
                        + it.currency() + "，应为142（人民币）"));
            }
            for (String[] unit : new String[][]{{"unit", it.unit()}, {"unit1", it.unit1()}}) {
                if (unit[1] != null && !codes.isUnit(unit[1])) {
                    f.add(unknownCode(p + "." + unit[0], "unit", unit[1]));
                }
            }
            String code8 = it.gcode() == null || it.gcode().length() < 8 ? null : it.gcode().substring(0, 8);
            Optional<Commodity> commodity = code8 == null ? Optional.empty() : nomenclature.commodity(code8);
            if (commodity.isEmpty() || !commodity.get().declarable()) {
                f.add(new Finding(ClearanceRule.UNKNOWN_COMMODITY, p + ".gcode", "line " + it.gnum() + ": "
                        + it.gcode() + " is not a declarable tariff line", "第" + it.gnum() + "项商品编码" + it.gcode()
                        + "不是可申报的税号"));
            }
            if (!timesEqual(it.price(), it.qty(), it.totalPrice())) {
                f.add(new Finding(ClearanceRule.LIST_LINE_TOTAL, p + ".totalPrice", "line " + it.gnum() + ": "
                        + plain(it.price()) + " x " + plain(it.qty()) + " is not " + plain(it.totalPrice()),
                        "第" + it.gnum() + "项：单价" + plain(it.price()) + "乘以数量" + plain(it.qty()) + "不等于总价"
                                + plain(it.totalPrice())));
            }
        }
        return f;
    }

    /** The three documents against the list and against each other. */
    List<Finding> match(Inventory list, Order order, PaymentHead payment, LogisticsHead waybill) {
        List<Finding> f = new ArrayList<>();
        InventoryHead h = list.head();
        OrderHead o = order.head();
        if (!Objects.equals(o.ebcCode(), h.ebcCode())) {
            f.add(differs(ClearanceRule.SELLER_DIFFERS, "InventoryHead.ebcCode", "e-commerce enterprise", "电商企业",
                    h.ebcCode(), o.ebcCode(), "list", "order", "清单", "订单"));
        }
        if (!Objects.equals(waybill.orderNo(), h.orderNo())) {
            f.add(differs(ClearanceRule.WAYBILL_ORDER_DIFFERS, "LogisticsHead.orderNo", "order number", "订单编号",
                    h.orderNo(), waybill.orderNo(), "list", "waybill", "清单", "运单"));
        }
        if (!amountEqual(o.acturalPaid(), payment.amountPaid())) {
            f.add(differs(ClearanceRule.PAID_DIFFERS, "PaymentHead.amountPaid", "amount", "金额",
                    plain(o.acturalPaid()), plain(payment.amountPaid()), "order's actual payment", "payment",
                    "订单实际支付", "支付凭证"));
        }
        if (!textEqual(o.consignee(), waybill.consignee())) {
            f.add(differs(ClearanceRule.CONSIGNEE_DIFFERS, "LogisticsHead.consignee", "consignee", "收货人",
                    o.consignee(), waybill.consignee(), "order", "waybill", "订单", "运单"));
        }
        if (!textEqual(o.consigneeTelephone(), waybill.consigneeTelephone())) {
            f.add(differs(ClearanceRule.CONSIGNEE_PHONE_DIFFERS, "LogisticsHead.consigneeTelephone",
                    "consignee's telephone", "收货人电话", o.consigneeTelephone(), waybill.consigneeTelephone(),
                    "order", "waybill", "订单", "运单"));
        }
        if (!textEqual(o.consigneeAddress(), waybill.consigneeAddress())) {
            f.add(differs(ClearanceRule.CONSIGNEE_ADDRESS_DIFFERS, "LogisticsHead.consigneeAddress",
                    "consignee's address", "收货地址", o.consigneeAddress(), waybill.consigneeAddress(), "order",
                    "waybill", "订单", "运单"));
        }
        // the platform does not tell whether it authenticated the buyer: the buyer must be the payer
        if (!idEqual(o.buyerIdNumber(), payment.payerIdNumber()) || !textEqual(o.buyerName(), payment.payerName())) {
            f.add(new Finding(ClearanceRule.PAYER_DIFFERS, "PaymentHead.payerIdNumber", "the payer "
                    + payment.payerName() + " (" + ResidentIdNumber.mask(payment.payerIdNumber()) + ") is not the buyer "
                    + o.buyerName() + " (" + ResidentIdNumber.mask(o.buyerIdNumber()) + ")", "支付人" + payment.payerName()
                    + "（" + ResidentIdNumber.mask(payment.payerIdNumber()) + "）与订购人" + o.buyerName() + "（"
                    + ResidentIdNumber.mask(o.buyerIdNumber()) + "）不一致"));
        }
        if (!idEqual(o.buyerIdNumber(), h.buyerIdNumber()) || !textEqual(o.buyerName(), h.buyerName())) {
            f.add(new Finding(ClearanceRule.BUYER_DIFFERS, "InventoryHead.buyerIdNumber", "the list's buyer "
                    + h.buyerName() + " (" + ResidentIdNumber.mask(h.buyerIdNumber()) + ") is not the order's "
                    + o.buyerName() + " (" + ResidentIdNumber.mask(o.buyerIdNumber()) + ")", "清单订购人" + h.buyerName()
                    + "（" + ResidentIdNumber.mask(h.buyerIdNumber()) + "）与订单订购人" + o.buyerName() + "（"
                    + ResidentIdNumber.mask(o.buyerIdNumber()) + "）不一致"));
        }
        Map<Integer, OrderItem> orderLines = new HashMap<>();
        order.items().forEach(i -> orderLines.put(i.gnum(), i));
        Set<Integer> listNumbers = new HashSet<>();
        for (InventoryItem it : list.items()) {
            listNumbers.add(it.gnum());
            OrderItem oi = orderLines.get(it.gnum());
            if (oi == null) {
                f.add(new Finding(ClearanceRule.LINES_DIFFER, "InventoryList[gnum=" + it.gnum() + "]", "list line "
                        + it.gnum() + " has no order line with the same gnum", "清单第" + it.gnum() + "项在订单中没有同序号的商品"));
            } else if (!textEqual(oi.itemName(), it.gname())) {
                f.add(differs(ClearanceRule.LINE_NAME_DIFFERS, "InventoryList[gnum=" + it.gnum() + "].gname",
                        "goods name of line " + it.gnum(), "第" + it.gnum() + "项商品名称", it.gname(), oi.itemName(),
                        "list", "order", "清单", "订单"));
            }
        }
        for (OrderItem oi : order.items()) {
            if (!listNumbers.contains(oi.gnum())) {
                f.add(new Finding(ClearanceRule.LINES_DIFFER, "OrderList[gnum=" + oi.gnum() + "]", "order line "
                        + oi.gnum() + " is not on the list", "订单第" + oi.gnum() + "项不在清单中"));
            }
        }
        return f;
    }

    /** The order's own sums. */
    public List<Finding> orderConsistency(Order order) {
        List<Finding> f = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderItem oi : order.items()) {
            if (!timesEqual(oi.price(), oi.qty(), oi.totalPrice())) {
                f.add(new Finding(ClearanceRule.ORDER_LINE_TOTAL, "OrderList[gnum=" + oi.gnum() + "].totalPrice",
                        "order line " + oi.gnum() + ": " + plain(oi.price()) + " x " + plain(oi.qty()) + " is not "
                                + plain(oi.totalPrice()), "订单第" + oi.gnum() + "项：单价" + plain(oi.price()) + "乘以数量"
                        + plain(oi.qty()) + "不等于总价" + plain(oi.totalPrice())));
            }
            sum = sum.add(oi.totalPrice() == null ? BigDecimal.ZERO : oi.totalPrice());
        }
        OrderHead o = order.head();
        if (!amountEqual(sum, o.goodsValue())) {
            f.add(new Finding(ClearanceRule.ORDER_GOODS_VALUE, "OrderHead.goodsValue", "the order's goods value "
                    + plain(o.goodsValue()) + " is not the sum of its lines " + plain(sum), "订单商品价格"
                    + plain(o.goodsValue()) + "与表体总价之和" + plain(sum) + "不符"));
        }
        BigDecimal expected = nz(o.goodsValue()).add(nz(o.freight())).add(nz(o.taxTotal())).subtract(nz(o.discount()));
        if (!amountEqual(expected, o.acturalPaid())) {
            f.add(new Finding(ClearanceRule.ORDER_ACTUAL_PAID, "OrderHead.acturalPaid", "the order's actual payment "
                    + plain(o.acturalPaid()) + " is not goods + freight + tax - discount = " + plain(expected),
                    "订单实际支付金额" + plain(o.acturalPaid()) + "不等于商品价格＋运杂费＋代扣税款－非现金抵扣金额＝" + plain(expected)));
        }
        return f;
    }

    /**
     * The list as the tax sees it: the 8-digit line of the 10-digit gcode, the origin as ISO, the legal quantity and
     * unit (qty1/unit1: what specific rates are per) and, for the one-item exception, the declared count of items
     * when the declared unit counts pieces.
     */
    CbecTaxRequest taxRequest(Inventory list, LocalDate date) {
        List<CbecLine> lines = new ArrayList<>();
        for (InventoryItem it : list.items()) {
            Map<String, String> attributes = new HashMap<>();
            String declaredUnit = codes.unit(it.unit()).orElse(null);
            if (declaredUnit != null && COUNT_UNITS.contains(declaredUnit) && it.qty() != null) {
                attributes.put("itemCount", it.qty().stripTrailingZeros().toPlainString());
            }
            lines.add(new CbecLine(it.gnum(), it.gcode().substring(0, 8), it.gname(),
                    codes.countryIso(it.country()).orElse(null), it.qty1(), codes.unit(it.unit1()).orElse(null),
                    it.totalPrice(), attributes));
        }
        InventoryHead h = list.head();
        return new CbecTaxRequest(date, h.buyerIdNumber() == null ? null : h.buyerIdNumber().trim(), lines,
                nz(h.freight()), nz(h.insuredFee()));
    }

    private static Finding unknownCode(String path, String what, String code) {
        return new Finding(ClearanceRule.UNKNOWN_CODE, path, "unknown " + what + " code " + code,
                ("country".equals(what) ? "国别" : "unit".equals(what) ? "计量单位" : "原产国") + "代码" + code + "不存在");
    }

    private static Finding differs(ClearanceRule rule, String path, String whatEn, String whatZh, String a, String b,
                                   String aEn, String bEn, String aZh, String bZh) {
        return new Finding(rule, path, "the " + whatEn + " differs: " + aEn + " '" + a + "', " + bEn + " '" + b + "'",
                whatZh + "不一致：" + aZh + "为“" + a + "”，" + bZh + "为“" + b + "”");
    }

    private static boolean timesEqual(BigDecimal price, BigDecimal qty, BigDecimal total) {
        if (price == null || qty == null || total == null) {
            return false;
        }
        // to the fen: a unit price with more decimals may round its product
        return price.multiply(qty).setScale(2, java.math.RoundingMode.HALF_UP)
                .compareTo(total.setScale(2, java.math.RoundingMode.HALF_UP)) == 0;
    }

    private static boolean amountEqual(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static boolean textEqual(String a, String b) {
        return a != null && b != null && a.strip().equals(b.strip());
    }

    private static boolean idEqual(String a, String b) {
        // compared as written, upper-case X: a malformed number is refused by its own check, never here
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }
}
