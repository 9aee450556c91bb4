package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * A waybill (CEB511): logistics company, waybill number, order, freight, weight and consignee.
 *
 * <p>Schema element {@code ceb:LogisticsHead} (物流运单数据实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param guid 企业系统生成36位唯一序号（英文字母大写）。 [C36; required]
 * @param appType 企业报送类型。1-新增 2-变更 3-删除。默认为1。 [C1; required]
 * @param appTime 企业报送时间。格式:YYYYMMDDhhmmss。mss [C14; required]
 * @param appStatus 业务状态:1-暂存,2-申报,默认为2。 [C..3; required]
 * @param logisticsCode 物流企业的海关注册登记编号。 [C..18; required]
 * @param logisticsName 物流企业在海关注册登记的名称。 [C..100; required]
 * @param logisticsNo 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 [C..60; required]
 * @param billNo 直购进口为海运提单、空运总单或汽车载货清单 [C..37; optional]
 * @param orderNo 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 [C..60; required]
 * @param freight 商品运输费用，无则填“0”。 [N19,5; optional]
 * @param insuredFee 商品保险费用，无则填“0”。 [N19,5; optional]
 * @param currency 限定为人民币，填写“142”。 [C3; fixed 142; required]
 * @param weight 毛重,单位为千克。 [N19,5; required]
 * @param packNo 单个运单下包裹数，限定为“1”。 [N9,0; required]
 * @param goodsInfo 配送的商品信息，包括商品名称、数量等。 [C..200; optional]
 * @param consignee 收货人姓名。 [C..100; required]
 * @param consigneeAddress 收货地址。 [C..200; required]
 * @param consigneeTelephone 收货人电话号码。 [C..50; required]
 * @param note 备注 [C..1000; optional]
 */
public record LogisticsHead(
        String guid,
        String appType,
        String appTime,
        String appStatus,
        String logisticsCode,
        String logisticsName,
        String logisticsNo,
        String billNo,
        String orderNo,
        BigDecimal freight,
        BigDecimal insuredFee,
        String currency,
        BigDecimal weight,
        int packNo,
        String goodsInfo,
        String consignee,
        String consigneeAddress,
        String consigneeTelephone,
        String note) {

    static LogisticsHead from(CebFields f) {
        return new LogisticsHead(
                f.text("guid"),
                f.text("appType"),
                f.text("appTime"),
                f.text("appStatus"),
                f.text("logisticsCode"),
                f.text("logisticsName"),
                f.text("logisticsNo"),
                f.text("billNo"),
                f.text("orderNo"),
                f.decimal("freight"),
                f.decimal("insuredFee"),
                f.text("currency"),
                f.decimal("weight"),
                f.requiredInt("packNo"),
                f.text("goodsInfo"),
                f.text("consignee"),
                f.text("consigneeAddress"),
                f.text("consigneeTelephone"),
                f.text("note"));
    }
}
