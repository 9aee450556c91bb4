package org.importwindow.enterprise;

/**
 * Customs credit level of an enterprise under GACC Order No. 251 (海关注册登记和备案企业信用管理办法, in force
 * 2021-11-01). The level drives the sampling rate of inspections (law parameters {@code risk.sampling.rate.*}).
 */
public enum CreditLevel {
    /** Advanced certified enterprise, the Chinese AEO. */
    ADVANCED_CERTIFIED("AEO", "高级认证企业", "Advanced certified enterprise (AEO)"),
    /** Every enterprise that is neither certified nor dishonest. */
    ORDINARY("ORDINARY", "一般信用企业", "Ordinary credit enterprise"),
    /** Dishonest enterprise, subject to stricter control. */
    DISHONEST("DISHONEST", "失信企业", "Dishonest enterprise");

    private final String shortCode;
    private final String nameZh;
    private final String nameEn;

    CreditLevel(String shortCode, String nameZh, String nameEn) {
        this.shortCode = shortCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The short label shown to users: {@code AEO}, {@code ORDINARY}, {@code DISHONEST}. */
    public String shortCode() {
        return shortCode;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The parameter key suffix of this level's sampling rate, e.g. {@code aeo}. */
    public String parameterKey() {
        return shortCode.toLowerCase(java.util.Locale.ROOT);
    }
}
