package org.importwindow.bench;

/**
 * The ten goods items of the declaration benchmarks: lines of the 2026 tariff sample with origins, quantities, units
 * and values that pass every check for demo enterprise A (wine, coffee, computers, phones, toys, chocolate, cheese,
 * syringes, watches, grapes). Columns: commodity code, description, origin, quantity, unit, CIF value in yuan.
 */
final class TenItemDeclaration {
    static final String[][] ITEMS = {
            {"22042100", "bottled red wine", "AU", "900", "LTR", "100000.00"},
            {"09012100", "roasted coffee beans", "BR", "500", "KGM", "42000.00"},
            {"84718000", "computer units", "JP", "20", "PCE", "64000.00"},
            {"85171300", "smartphones", "KR", "50", "PCE", "150000.00"},
            {"95030089", "toys", "VN", "800", "PCE", "24000.00"},
            {"18063200", "chocolate bars", "CH", "300", "KGM", "27000.00"},
            {"04069000", "cheese", "FR", "200", "KGM", "36000.00"},
            {"90183100", "syringes", "DE", "5000", "PCE", "15000.00"},
            {"91021100", "wrist watches", "CH", "40", "PCE", "80000.00"},
            {"08061000", "fresh grapes", "CL", "1000", "KGM", "30000.00"}};

    private TenItemDeclaration() {
    }
}
