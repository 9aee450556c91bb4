package org.importwindow.ecommerce.clearance;

/**
 * One thing wrong with a list or between the list and its documents: the rule, where ({@code path}, e.g.
 * {@code InventoryList[gnum=2].gname} or {@code LogisticsHead.consignee}) and what, in English and Chinese, with both
 * values where two documents disagree (resident ID numbers masked).
 */
public record Finding(ClearanceRule rule, String path, String en, String zh) {

    public String code() {
        return rule.code();
    }
}
