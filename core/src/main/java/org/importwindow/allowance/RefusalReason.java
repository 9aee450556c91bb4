package org.importwindow.allowance;

/** Why a debit was refused. */
public enum RefusalReason {
    /** The transaction alone is over the scheme's limit per transaction (CBEC: spec error -621005). */
    SINGLE_LIMIT("超过单次交易限值", "over the limit per transaction"),
    /** The person's usage in the period plus the transaction is over the period limit (CBEC: -621018). */
    PERIOD_LIMIT("超过周期（年度或每日）交易限值", "over the limit for the period (year or day)");

    private final String zh;
    private final String en;

    RefusalReason(String zh, String en) {
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
