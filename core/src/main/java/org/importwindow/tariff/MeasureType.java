package org.importwindow.tariff;

/**
 * What a measure does. Every trade rule the tariff holds is a measure of one of these types.
 */
public enum MeasureType {
    /** Most-favoured-nation rate (最惠国税率). */
    MFN(Family.DUTY, "最惠国税率", "MFN rate"),
    /** Provisional rate (暂定税率), replacing MFN and capping conventional / special rates for a period. */
    PROVISIONAL(Family.DUTY, "暂定税率", "Provisional rate"),
    /** Conventional rate (协定税率) under a trade agreement; needs origin under that agreement. */
    CONVENTIONAL(Family.DUTY, "协定税率", "Conventional rate"),
    /** Special preferential rate (特惠税率), e.g. for least developed countries. */
    SPECIAL_PREFERENTIAL(Family.DUTY, "特惠税率", "Special preferential rate"),
    /** General rate (普通税率) for goods of other or unknown origin. */
    GENERAL(Family.DUTY, "普通税率", "General rate"),
    /** In-quota rate (关税配额税率) for goods within a tariff-rate quota. */
    IN_QUOTA(Family.DUTY, "关税配额税率", "In-quota rate"),
    /** Provisional rate that applies only within the quota (e.g. fertilizer). */
    IN_QUOTA_PROVISIONAL(Family.DUTY, "配额内暂定税率", "In-quota provisional rate"),
    /** Anti-dumping duty (反倾销税), charged in addition. */
    ANTI_DUMPING(Family.ADDITIONAL_DUTY, "反倾销税", "Anti-dumping duty"),
    /** Countervailing duty (反补贴税), charged in addition. */
    COUNTERVAILING(Family.ADDITIONAL_DUTY, "反补贴税", "Countervailing duty"),
    /** Safeguard duty (保障措施关税), charged in addition. */
    SAFEGUARD(Family.ADDITIONAL_DUTY, "保障措施关税", "Safeguard duty"),
    /** Additional (retaliatory) duty (加征关税/报复性关税) on a country's goods, charged in addition. */
    ADDITIONAL(Family.ADDITIONAL_DUTY, "加征关税", "Additional duty"),
    /** Consumption tax (消费税) on imports. */
    CONSUMPTION_TAX(Family.TAX, "消费税", "Consumption tax"),
    /** Import value-added tax (进口增值税). */
    VAT(Family.TAX, "增值税", "Import VAT"),
    /** Import licence required (non-tariff measure). */
    LICENCE(Family.NON_TARIFF, "进口许可证", "Import licence required"),
    /** Import prohibited (non-tariff measure). */
    PROHIBITION(Family.NON_TARIFF, "禁止进口", "Import prohibited"),
    /** Sanitary and phytosanitary market access: product admitted from the area. */
    SPS_ACCESS(Family.NON_TARIFF, "检疫准入", "SPS market access"),
    /** On the cross-border e-commerce retail import positive list. */
    CBEC_POSITIVE_LIST(Family.NON_TARIFF, "跨境电商零售进口商品清单", "CBEC retail import positive list");

    /** The broad role of a measure type in an assessment. */
    public enum Family { DUTY, ADDITIONAL_DUTY, TAX, NON_TARIFF }

    private final Family family;
    private final String nameZh;
    private final String nameEn;

    MeasureType(Family family, String nameZh, String nameEn) {
        this.family = family;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public Family family() {
        return family;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
