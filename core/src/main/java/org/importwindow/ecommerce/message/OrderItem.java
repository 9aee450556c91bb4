package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * One goods line of an e-commerce order (the schema's {@code OrderList} element, one per line).
 *
 * <p>Schema element {@code ceb:OrderList} (电子订单商品实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param gnum 从1开始的递增序号。 [required]
 * @param itemNo 电商企业自定义的商品货号（SKU）。 [C..30; optional]
 * @param itemName 交易平台销售商品的中文名称。 [C..250; required]
 * @param gmodel 满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。 [C..510; required]
 * @param itemDescribe 交易平台销售商品的描述信息。 [C..1000; optional]
 * @param barCode 国际通用的商品条形码，一般由前缀部分、制造厂商代码、商品代码和校验码组成。 [C..50; optional]
 * @param unit 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 计量单位代码。 [C3; required]
 * @param qty 商品实际数量。 [N19,5; required]
 * @param price 商品单价。赠品单价填写为“0”。 [N19,5; required]
 * @param totalPrice 商品总价，等于单价乘以数量。 [N19,5; required]
 * @param currency 限定为人民币，填写“142”。 [C3; fixed 142; required]
 * @param country 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》-国家（地区）代码表。 [C3; required]
 * @param note 促销活动，商品单价偏离市场价格的，可以在此说明。 [C..1000; optional]
 */
public record OrderItem(
        int gnum,
        String itemNo,
        String itemName,
        String gmodel,
        String itemDescribe,
        String barCode,
        String unit,
        BigDecimal qty,
        BigDecimal price,
        BigDecimal totalPrice,
        String currency,
        String country,
        String note) {

    static OrderItem from(CebFields f) {
        return new OrderItem(
                f.requiredInt("gnum"),
                f.text("itemNo"),
                f.text("itemName"),
                f.text("gmodel"),
                f.text("itemDescribe"),
                f.text("barCode"),
                f.text("unit"),
                f.decimal("qty"),
                f.decimal("price"),
                f.decimal("totalPrice"),
                f.text("currency"),
                f.text("country"),
                f.text("note"));
    }
}
