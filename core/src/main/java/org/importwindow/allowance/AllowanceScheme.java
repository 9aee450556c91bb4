package org.importwindow.allowance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A personal allowance scheme: who it counts for, over which period, and the ids of the legal parameters that set
 * its limits (law/parameters.yaml). Adding a scheme (duty-free shops, passengers' personal articles) is adding a
 * constant and its parameters; the ledger and the rule stay as they are.
 */
public enum AllowanceScheme {
    /**
     * Cross-border e-commerce retail imports (跨境电子商务零售进口): per buyer, identified by the resident ID number,
     * a limit per transaction and one per calendar year (财关税〔2016〕18号, 财关税〔2018〕49号).
     */
    CBEC_RETAIL_IMPORT(PeriodKind.CALENDAR_YEAR, "cbec.single.limit", "cbec.annual.limit",
            "跨境电子商务零售进口", "Cross-border e-commerce retail imports"),
    /** Border residents' trade (边民互市): per resident and day, no separate transaction limit (财关税〔2008〕90号). */
    BORDER_RESIDENTS_TRADE(PeriodKind.DAY, null, "border.trade.daily.limit",
            "边民互市贸易", "Border residents' trade"),
    /**
     * Hainan offshore duty-free shopping (海南离岛免税): per passenger and calendar year, any number of purchases
     * (财政部 海关总署 税务总局公告2020年第33号).
     */
    HAINAN_OFFSHORE_DUTY_FREE(PeriodKind.CALENDAR_YEAR, null, "hainan.offshore.annual.limit",
            "海南离岛旅客免税购物", "Hainan offshore duty-free shopping");

    private final PeriodKind periodKind;
    private final String singleLimitParameter;
    private final String periodLimitParameter;
    private final String nameZh;
    private final String nameEn;

    AllowanceScheme(PeriodKind periodKind, String singleLimitParameter, String periodLimitParameter, String nameZh,
                    String nameEn) {
        this.periodKind = periodKind;
        this.singleLimitParameter = singleLimitParameter;
        this.periodLimitParameter = periodLimitParameter;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public PeriodKind periodKind() {
        return periodKind;
    }

    /** The period of this scheme that contains {@code date} (the transaction's date). */
    public Period periodOf(LocalDate date) {
        return Period.containing(periodKind, date);
    }

    /** Id of the legal parameter limiting one transaction, if the scheme has one. */
    public Optional<String> singleLimitParameter() {
        return Optional.ofNullable(singleLimitParameter);
    }

    /** Id of the legal parameter limiting the total of a period. */
    public String periodLimitParameter() {
        return periodLimitParameter;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
