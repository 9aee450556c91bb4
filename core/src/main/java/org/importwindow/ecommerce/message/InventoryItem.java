package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * One goods line of an inventory list (the schema's {@code InventoryList} element, one per line): 10-digit code,
 * origin, quantities in the declared and legal units, price.
 *
 * <p>Schema element {@code ceb:InventoryList} (进口清单表体实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param gnum 从1开始连续序号，与关联的电子订单表体序号一一对应。 [required]
 * @param itemRecordNo 账册备案料号 保税模式必填 [C..30; optional]
 * @param itemNo 电商企业自定义的商品货号（SKU）。 [C..20; optional]
 * @param itemName 交易平台销售商品的中文名称。 [C..250; optional]
 * @param gcode 按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。 [C10; required]
 * @param gname 商品名称应据实填报，与电子订单一致。 [C..250; required]
 * @param gmodel 满足海关归类、审价以及监管的要求为准。包括：品名、牌名、规格、型号、成份、含量、等级等。 [C..510; required]
 * @param barCode 商品条码一般由前缀部分、制造厂商代码、商品代码和校验码组成。没有条码填“无” [C..50; optional]
 * @param country 原产国（地区），海关标准的参数代码 《JGS-20 海关业务代码集》 国家（地区）代码表填写代码。 [C3; required]
 * @param tradeCountry 贸易国，按海关规定的《国别（地区）代码表》选择填报相应的贸易国（地区）代码。 [C..3; optional]
 * @param currency 限定为人民币，填写“142”。 [C3; fixed 142; required]
 * @param qty 数量，按成交计量单位的实际数量 [N19,5; required]
 * @param unit 计量单位，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 [C3; required]
 * @param qty1 法定数量，海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 [N19,5; required]
 * @param unit1 法定i计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 [C3; required]
 * @param qty2 第二数量 [N19,5; optional]
 * @param unit2 第二计量单位,海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 [C3; optional]
 * @param price 成交单价 [N19,5; required]
 * @param totalPrice 成交总价 [N19,5; required]
 * @param note 备注 [C..1000; optional]
 */
public record InventoryItem(
        int gnum,
        String itemRecordNo,
        String itemNo,
        String itemName,
        String gcode,
        String gname,
        String gmodel,
        String barCode,
        String country,
        String tradeCountry,
        String currency,
        BigDecimal qty,
        String unit,
        BigDecimal qty1,
        String unit1,
        BigDecimal qty2,
        String unit2,
        BigDecimal price,
        BigDecimal totalPrice,
        String note) {

    /** The tariff line: the first 8 digits of the 10-digit {@code gcode} (the last two are the supplementary code). */
    public String tariffLine() {
        return gcode == null || gcode.length() < 8 ? gcode : gcode.substring(0, 8);
    }

    static InventoryItem from(CebFields f) {
        return new InventoryItem(
                f.requiredInt("gnum"),
                f.text("itemRecordNo"),
                f.text("itemNo"),
                f.text("itemName"),
                f.text("gcode"),
                f.text("gname"),
                f.text("gmodel"),
                f.text("barCode"),
                f.text("country"),
                f.text("tradeCountry"),
                f.text("currency"),
                f.decimal("qty"),
                f.text("unit"),
                f.decimal("qty1"),
                f.text("unit1"),
                f.decimal("qty2"),
                f.text("unit2"),
                f.decimal("price"),
                f.decimal("totalPrice"),
                f.text("note"));
    }
}
