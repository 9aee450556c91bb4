package org.importwindow.enterprise;

import java.util.Set;

/**
 * An enterprise registered with customs.
 *
 * @param uscc        unified social credit code (domestic enterprises), see {@link UnifiedSocialCreditCode}
 * @param customsCode 10-digit customs code, see {@link CustomsCode}
 * @param country     ISO alpha-2 country of establishment, {@code CN} for domestic enterprises
 * @param roles       e.g. {@code IMPORTER}, {@code BROKER}
 */
public record Enterprise(String uscc, String customsCode, String nameZh, String nameEn, CreditLevel creditLevel,
                         String country, Set<String> roles) {
    public static final String IMPORTER = "IMPORTER";
    public static final String BROKER = "BROKER";
    /** Cross-border e-commerce: an e-commerce platform (电商平台, ebpCode in the messages). */
    public static final String CBEC_PLATFORM = "CBEC_PLATFORM";
    /** Cross-border e-commerce: an e-commerce enterprise selling on a platform (电商企业, ebcCode). */
    public static final String CBEC_SELLER = "CBEC_SELLER";
    /** Cross-border e-commerce: a payment company (支付企业, payCode). */
    public static final String PAYMENT_COMPANY = "PAYMENT_COMPANY";
    /** Cross-border e-commerce: a logistics company (物流企业, logisticsCode); may also send orders as an entrusted
     * express operator (快件运营人), as the CEB311 message's definition allows. */
    public static final String LOGISTICS_COMPANY = "LOGISTICS_COMPANY";
    /** Cross-border e-commerce: the declaring agent of inventory lists (申报企业, agentCode). */
    public static final String CBEC_AGENT = "CBEC_AGENT";

    public Enterprise {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The name in the requested language, falling back to the other one. */
    public String name(String language) {
        if ("zh".equals(language)) {
            return nameZh != null && !nameZh.isBlank() ? nameZh : nameEn;
        }
        return nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
