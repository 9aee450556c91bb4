package org.importwindow.ecommerce;

/**
 * Why an inventory list (or a return) is refused, each with the CEB specification's error code (统一版 spec 2022-05,
 * table 7-2, ranges -621000..-621999 for inventory lists and -625001..-625209 for returns) and its message template.
 * Several reasons share a code where the spec has no code of their own; the reason keeps them apart (refusals by
 * reason on the officer's page) and {@link #specific()} says whether the spec's code names exactly this reason.
 */
public enum CbecRefusal {
    /** The list cannot be checked or assessed: no date, no lines, a bad amount, an unknown code or unit. */
    INVALID_LIST("-621001", "清单报文校验失败，[*]", false, "清单校验失败", "the inventory list fails a check"),
    /** The buyer's resident ID number fails the GB 11643 check. */
    INVALID_BUYER_ID("-621001", "清单报文校验失败，[*]", false, "购买人身份证号码校验失败",
            "the buyer's resident ID number is not valid"),
    /** A line is not on the positive list on the list's date (the spec has no code of its own for this). */
    NOT_ON_POSITIVE_LIST("-621001", "清单报文校验失败，[*]", false, "商品不在跨境电子商务零售进口商品清单内",
            "the goods are not on the cross-border e-commerce retail import list"),
    /** Two lines with the same gnum. */
    DUPLICATE_GNUM("-621027", "请确认表体 gnum 无重复！", true, "表体序号重复", "two lines have the same gnum"),
    /** Over the single-transaction limit with more than one item. */
    SINGLE_LIMIT("-621005", "清单[*]的购买金额超过单笔限额[[*]]", true, "超过单次交易限值",
            "over the single-transaction limit"),
    /** The buyer's annual total would exceed the annual limit. */
    ANNUAL_LIMIT("-621018", "清单[*]中购买人[*]已用购买额度为[*]，本次购买将超过年度限额[*]", true, "超过个人年度交易限值",
            "over the buyer's annual limit"),
    /** The ledger could not record the buyer's amount (the transaction id was used with other content). */
    LEDGER_ERROR("-621014", "清单[*]，核增个人[*]消费金额时出错", true, "核增个人消费金额出错",
            "the buyer's amount could not be recorded"),
    /** A return outside the return window, or of more than was declared. */
    RETURN_REFUSED("-625004", "退货申请单申报失败，[*]", false, "退货申请不予受理", "the return is refused"),
    /** A returned line that is not on the original list. */
    RETURN_LINE_NOT_FOUND("-625209", "退货申请单[*],在关联的清单中未找到表体序号为[*],商品编号为[*]的数据", true,
            "关联清单中无此表体", "the returned line is not on the original inventory list"),
    /** The ledger could not credit the return back to the buyer. */
    RETURN_LEDGER_ERROR("-625024", "退货申请单[*]，核增个人[*]消费金额时出错", true, "退货核增个人消费金额出错",
            "the return could not be credited to the buyer's annual total");

    private final String code;
    private final String specMessage;
    private final boolean specific;
    private final String nameZh;
    private final String nameEn;

    CbecRefusal(String code, String specMessage, boolean specific, String nameZh, String nameEn) {
        this.code = code;
        this.specMessage = specMessage;
        this.specific = specific;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The spec's error code, e.g. {@code -621018}. */
    public String code() {
        return code;
    }

    /** The spec's message template for the code, {@code [*]} marking what it fills in. */
    public String specMessage() {
        return specMessage;
    }

    /** Whether the spec's code is for exactly this reason (false: a generic code of the spec is used). */
    public boolean specific() {
        return specific;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
