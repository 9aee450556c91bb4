package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * One line of an electronic tax bill (CEB816): the dutiable price and the three taxes of one goods line.
 *
 * <p>Schema element {@code ceb:TaxListRd} (电子税单表体实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param gnum 商品项号,从1开始连续序号 [required]
 * @param gcode 海关商品编码（10位） [C10; required]
 * @param taxPrice 完税总价格 [N19,5; required]
 * @param customsTax 应征关税 [N19,5; required]
 * @param valueAddedTax 应征增值税 [N19,5; required]
 * @param consumptionTax 应征消费税 [N19,5; required]
 */
public record TaxListRd(
        int gnum,
        String gcode,
        BigDecimal taxPrice,
        BigDecimal customsTax,
        BigDecimal valueAddedTax,
        BigDecimal consumptionTax) {

    static TaxListRd from(CebFields f) {
        return new TaxListRd(
                f.requiredInt("gnum"),
                f.text("gcode"),
                f.decimal("taxPrice"),
                f.decimal("customsTax"),
                f.decimal("valueAddedTax"),
                f.decimal("consumptionTax"));
    }
}
