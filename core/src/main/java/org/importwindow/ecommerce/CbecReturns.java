package org.importwindow.ecommerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.CreditResult;
import org.importwindow.allowance.Ledger;
import org.importwindow.allowance.TransactionConflictException;
import org.importwindow.law.LegalParameters;

/**
 * Returns of cross-border e-commerce retail imports: within the {@link ReturnWindow}, the taxes paid on the returned
 * quantities are refunded ({@link #refund}, pure) and the returned share of the dutiable price is credited back to
 * the buyer's annual total in the ledger, to the year of the purchase ({@link #process}). Idempotent per return id
 * (the ledger's credit id). Refusals use the spec's return codes ({@code -625004}, {@code -625209}, {@code -625024}).
 *
 * <p>Several partial returns of one line each refund their own share rounded to the fen, so together they may differ
 * from the line's tax by a fen; the ledger never credits more than the list was debited.
 */
public final class CbecReturns {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final ReturnWindow window;

    public CbecReturns(LegalParameters parameters) {
        this.window = new ReturnWindow(parameters);
    }

    public ReturnWindow window() {
        return window;
    }

    /**
     * Check the return, refund and credit the buyer's ledger. Nothing is credited when anything is refused.
     */
    public CbecReturnResult process(CbecReturnRequest r, Ledger ledger) {
        List<CbecRejection> rejections = check(r);
        if (!rejections.isEmpty()) {
            return new CbecRefused(rejections);
        }
        CbecRefund refund = refund(r.bill(), r.lines());
        String buyer = ResidentIdNumber.normalize(r.buyerIdNumber());
        CreditResult credit;
        try {
            credit = ledger.credit(AllowanceScheme.CBEC_RETAIL_IMPORT, buyer, r.listTransactionId(), r.returnId(),
                    refund.allowanceCredit());
        } catch (TransactionConflictException e) {
            return new CbecRefused(List.of(ledgerError(r, buyer, "该退货申请单编号已用于其他内容",
                    "the return id was already used with other content")));
        }
        if (credit instanceof CreditResult.Rejected rejected) {
            return new CbecRefused(List.of(rejected.reason() == CreditResult.Reason.UNKNOWN_DEBIT
                    ? ledgerError(r, buyer, "该购买人名下没有已核增的清单[" + r.listTransactionId() + "]",
                    "no accepted list " + r.listTransactionId() + " is recorded for this buyer")
                    : ledgerError(r, buyer, "退货金额超过清单剩余可退金额 " + rejected.creditable().toPlainString() + " 元",
                    "the return is more than the " + rejected.creditable().toPlainString()
                            + " CNY of the list not yet returned")));
        }
        return new CbecReturnAccepted(refund, (CreditResult.Credited) credit);
    }

    /** Everything wrong with the return, before anything is credited. */
    private List<CbecRejection> check(CbecReturnRequest r) {
        List<CbecRejection> out = new ArrayList<>(0);
        String ref = r.returnId() == null ? "" : r.returnId();
        if (r.bill() == null || r.releaseDate() == null || r.returnDate() == null) {
            out.add(refused(ref, "缺少原清单、放行日期或退货日期", "the original list, its release date and the return date "
                    + "are required", null));
            return out;
        }
        if (ResidentIdNumber.problem(r.buyerIdNumber()).isPresent()) {
            ResidentIdNumber.Problem p = ResidentIdNumber.problem(r.buyerIdNumber()).get();
            out.add(refused(ref, p.zh(), p.en(), "buyerIdNumber"));
        }
        boolean inTime;
        try {
            inTime = window.allows(r.releaseDate(), r.returnDate());
        } catch (NoSuchElementException e) {
            inTime = false;
        }
        if (!inTime) {
            out.add(refused(ref, "退货申请日期 " + r.returnDate() + " 不在《申报清单》放行之日（" + r.releaseDate()
                            + "）起的退货期限内", "the return of " + r.returnDate() + " is not within the return period "
                            + "after the release of the list on " + r.releaseDate(), "returnDate"));
        }
        if (r.lines().isEmpty()) {
            out.add(refused(ref, "退货申请单表体为空", "the return has no lines", "lines"));
        }
        Map<Integer, CbecLineTax> original = byGnum(r.bill());
        Set<Integer> seen = new HashSet<>();
        for (ReturnedLine line : r.lines()) {
            String path = "lines[gnum=" + line.gnum() + "]";
            CbecLineTax taxed = original.get(line.gnum());
            if (taxed == null) {
                out.add(new CbecRejection(CbecRefusal.RETURN_LINE_NOT_FOUND, "退货申请单[" + ref + "],在关联的清单中未找到表体序号为["
                        + line.gnum() + "]的数据", "return " + ref + ": the original list has no line " + line.gnum(),
                        path));
                continue;
            }
            if (!seen.add(line.gnum())) {
                out.add(refused(ref, "表体序号 " + line.gnum() + " 重复", "line " + line.gnum() + " is returned twice",
                        path));
            }
            BigDecimal q = line.quantity();
            BigDecimal declared = taxed.declaredQuantity();
            if (q != null && (q.signum() <= 0 || declared == null || q.compareTo(declared) > 0)) {
                out.add(refused(ref, "第 " + line.gnum() + " 项退货数量应大于0且不超过申报数量",
                        "the returned quantity of line " + line.gnum() + " must be positive and at most the declared "
                                + "quantity", path + ".quantity"));
            }
        }
        return out;
    }

    /** The taxes paid on the returned quantities and the allowance to give back; pure. */
    public static CbecRefund refund(CbecTaxBill bill, List<ReturnedLine> returned) {
        Map<Integer, CbecLineTax> original = byGnum(bill);
        List<CbecRefund.Line> lines = new ArrayList<>(returned.size());
        BigDecimal duty = ZERO;
        BigDecimal vat = ZERO;
        BigDecimal ct = ZERO;
        BigDecimal credit = ZERO;
        for (ReturnedLine r : returned) {
            CbecLineTax t = Objects.requireNonNull(original.get(r.gnum()), "no line " + r.gnum() + " on the list");
            boolean whole = r.quantity() == null || t.declaredQuantity() == null
                    || r.quantity().compareTo(t.declaredQuantity()) == 0;
            BigDecimal q = whole ? t.declaredQuantity() : r.quantity();
            BigDecimal lineDuty = share(t.customsTax(), q, t.declaredQuantity(), whole);
            BigDecimal lineVat = share(t.valueAddedTax(), q, t.declaredQuantity(), whole);
            BigDecimal lineCt = share(t.consumptionTax(), q, t.declaredQuantity(), whole);
            BigDecimal lineCredit = share(t.dutiablePrice(), q, t.declaredQuantity(), whole);
            lines.add(new CbecRefund.Line(t.gnum(), t.commodityCode(), q, lineDuty, lineVat, lineCt,
                    lineDuty.add(lineVat).add(lineCt), lineCredit));
            duty = duty.add(lineDuty);
            vat = vat.add(lineVat);
            ct = ct.add(lineCt);
            credit = credit.add(lineCredit);
        }
        return new CbecRefund(lines, duty, vat, ct, duty.add(vat).add(ct), credit);
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal returned, BigDecimal declared, boolean whole) {
        if (whole) {
            return amount;
        }
        return amount.multiply(returned).divide(declared, 2, RoundingMode.HALF_UP);
    }

    private static Map<Integer, CbecLineTax> byGnum(CbecTaxBill bill) {
        Map<Integer, CbecLineTax> m = new HashMap<>();
        bill.lines().forEach(l -> m.put(l.gnum(), l));
        return m;
    }

    private static CbecRejection refused(String ref, String zh, String en, String path) {
        return new CbecRejection(CbecRefusal.RETURN_REFUSED, "退货申请单申报失败，[" + ref + "] " + zh,
                "return " + ref + " refused: " + en, path);
    }

    private static CbecRejection ledgerError(CbecReturnRequest r, String buyer, String zh, String en) {
        return new CbecRejection(CbecRefusal.RETURN_LEDGER_ERROR, "退货申请单[" + r.returnId() + "]，核增个人["
                + ResidentIdNumber.mask(buyer) + "]消费金额时出错：" + zh, "return " + r.returnId()
                + ": the buyer's annual total could not be adjusted: " + en, null);
    }
}
