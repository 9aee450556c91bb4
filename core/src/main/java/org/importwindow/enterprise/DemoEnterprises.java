package org.importwindow.enterprise;

import java.util.List;
import java.util.Set;

/**
 * The two fictitious importers of the demo data (issue 3, section 1). Their codes validate but belong to no real
 * enterprise as far as we know: the bodies were made up and the check characters computed.
 */
public final class DemoEnterprises {
    /** Enterprise A: an ordinary-credit wine and food importer in Shanghai. */
    public static final Enterprise A = new Enterprise("91310115MA1K4DEM05", "3122260001", "上海示例进口贸易有限公司",
            "Shanghai Demo Import Trading Co., Ltd.", CreditLevel.ORDINARY, "CN", Set.of(Enterprise.IMPORTER));
    /** Enterprise B: an advanced certified (AEO) machinery importer in Shenzhen. */
    public static final Enterprise B = new Enterprise("91440300MA5GDEM0BW", "4403960002", "深圳示例机械设备有限公司",
            "Shenzhen Demo Machinery Co., Ltd.", CreditLevel.ADVANCED_CERTIFIED, "CN", Set.of(Enterprise.IMPORTER));

    /**
     * The enterprises of the GACC's official CEB sample messages (customs codes as there; names, credit codes and
     * regions invented for the demo). Each holds the roles it plays in the samples: 1101110325 is the platform and
     * e-commerce enterprise; 1101180326 the logistics company, which also transmits every sample (BaseTransfer
     * copCode), so it holds the roles those samples need; 1105910159 the declaring agent, also platform, e-commerce
     * enterprise and payment company in the order sample.
     */
    public static final Enterprise CBEC_PLATFORM = new Enterprise("91110108MA01CBEP0G", "1101110325",
            "北京示例跨境电商平台有限公司", "Beijing Demo Cross-border Platform Co., Ltd.", CreditLevel.ORDINARY, "CN",
            Set.of(Enterprise.CBEC_PLATFORM, Enterprise.CBEC_SELLER));
    public static final Enterprise CBEC_LOGISTICS = new Enterprise("91110108MA01CBLG0B", "1101180326",
            "北京示例国际物流有限公司", "Beijing Demo International Logistics Co., Ltd.", CreditLevel.ORDINARY, "CN",
            Set.of(Enterprise.LOGISTICS_COMPANY, Enterprise.PAYMENT_COMPANY, Enterprise.CBEC_AGENT));
    public static final Enterprise CBEC_AGENT = new Enterprise("91110105MA01CBAG07", "1105910159",
            "北京示例报关与支付服务有限公司", "Beijing Demo Customs Agency and Payment Services Co., Ltd.",
            CreditLevel.ORDINARY, "CN", Set.of(Enterprise.CBEC_AGENT, Enterprise.PAYMENT_COMPANY,
            Enterprise.CBEC_PLATFORM, Enterprise.CBEC_SELLER));
    /** The three enterprises of the CEB samples. */
    public static final List<Enterprise> CBEC = List.of(CBEC_PLATFORM, CBEC_LOGISTICS, CBEC_AGENT);

    private DemoEnterprises() {
    }

    public static List<Enterprise> all() {
        return List.of(A, B, CBEC_PLATFORM, CBEC_LOGISTICS, CBEC_AGENT);
    }
}
