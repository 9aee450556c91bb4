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

    private DemoEnterprises() {
    }

    public static List<Enterprise> all() {
        return List.of(A, B);
    }
}
