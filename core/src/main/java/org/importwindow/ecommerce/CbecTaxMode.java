package org.importwindow.ecommerce;

/** How an accepted list is taxed. */
public enum CbecTaxMode {
    /** Within the limits: duty 0, VAT and consumption tax at 70% of the statutory amount (cbec.tax.fraction). */
    WITHIN_LIMITS("限值以内：关税为0，进口环节增值税、消费税按法定应纳税额的70%征收",
            "within the limits: duty 0, import VAT and consumption tax at 70% of the statutory amount"),
    /**
     * Over the single-transaction limit but one item alone and within the annual limit: taxed in full at the goods
     * rates (duty, VAT, consumption tax) and counted in the annual total (财关税〔2018〕49号).
     */
    ONE_ITEM_FULL("单件商品超过单次交易限值：按照货物税率全额征收关税和进口环节增值税、消费税，交易额计入年度交易总额",
            "one item over the single-transaction limit: duty, import VAT and consumption tax in full at the goods "
                    + "rates, counted in the annual total");

    private final String zh;
    private final String en;

    CbecTaxMode(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
