package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * The head of an e-commerce order (CEB311): platform, e-commerce enterprise, amounts, buyer and consignee.
 *
 * <p>Schema element {@code ceb:OrderHead} (电子订单表头实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param guid 企业系统生成36位唯一序号（英文字母大写）。 [C36; required]
 * @param appType 企业报送类型。1-新增 2-变更 3-删除。默认为1。 [C1; required]
 * @param appTime 企业报送时间。格式:YYYYMMDDhhmmss。mss [C14; required]
 * @param appStatus 业务状态:1-暂存,2-申报,默认为2。 [C..3; required]
 * @param orderType 电子订单类型：I进口 [C1; required]
 * @param orderNo 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 [C..60; required]
 * @param ebpCode 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 [C..18; required]
 * @param ebpName 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 [C..100; required]
 * @param ebcCode 电商企业的海关注册登记编号。 [C..18; required]
 * @param ebcName 电商企业的海关注册登记名称。 [C..100; required]
 * @param goodsValue 商品实际成交价，含非现金抵扣金额。 [N19,5; required]
 * @param freight 不包含在商品价格中的运杂费，无则填写"0"。 [N19,5; required]
 * @param discount 使用积分、虚拟货币、代金券等非现金支付金额，无则填写"0"。 [N19,5; required]
 * @param taxTotal 企业预先代扣的税款金额，无则填写“0” [N19,5; required]
 * @param acturalPaid 商品价格+运杂费+代扣税款-非现金抵扣金额，与支付凭证的支付金额一致。 [N19,5; required]
 * @param currency 限定为人民币，填写“142”。 [C3; fixed 142; required]
 * @param buyerRegNo 订购人的交易平台注册号。 [C..60; required]
 * @param buyerName 订购人的真实姓名。 [C..60; required]
 * @param buyerTelephone 订购人电话。 [C..30; required]
 * @param buyerIdType 1-身份证,2-其它。限定为身份证，填写“1” [C1; required]
 * @param buyerIdNumber 订购人的身份证件号码。 [C..60; required]
 * @param payCode 支付企业的海关注册登记编号。 [C..18; optional]
 * @param payName 支付企业在海关注册登记的企业名称。 [C..100; optional]
 * @param payTransactionId 支付企业唯一的支付流水号。 [C..60; optional]
 * @param batchNumbers 商品批次号 [C..100; optional]
 * @param consignee 收货人姓名，必须与电子运单的收货人姓名一致。 [C..100; required]
 * @param consigneeTelephone 收货人联系电话，必须与电子运单的收货人电话一致。 [C..50; required]
 * @param consigneeAddress 收货地址，必须与电子运单的收货地址一致。 [C..200; required]
 * @param consigneeDistrict 参照国家统计局公布的国家行政区划标准填制。 [C6; optional]
 * @param note 订单备注 [C..1000; optional]
 */
public record OrderHead(
        String guid,
        String appType,
        String appTime,
        String appStatus,
        String orderType,
        String orderNo,
        String ebpCode,
        String ebpName,
        String ebcCode,
        String ebcName,
        BigDecimal goodsValue,
        BigDecimal freight,
        BigDecimal discount,
        BigDecimal taxTotal,
        BigDecimal acturalPaid,
        String currency,
        String buyerRegNo,
        String buyerName,
        String buyerTelephone,
        String buyerIdType,
        String buyerIdNumber,
        String payCode,
        String payName,
        String payTransactionId,
        String batchNumbers,
        String consignee,
        String consigneeTelephone,
        String consigneeAddress,
        String consigneeDistrict,
        String note) {

    static OrderHead from(CebFields f) {
        return new OrderHead(
                f.text("guid"),
                f.text("appType"),
                f.text("appTime"),
                f.text("appStatus"),
                f.text("orderType"),
                f.text("orderNo"),
                f.text("ebpCode"),
                f.text("ebpName"),
                f.text("ebcCode"),
                f.text("ebcName"),
                f.decimal("goodsValue"),
                f.decimal("freight"),
                f.decimal("discount"),
                f.decimal("taxTotal"),
                f.decimal("acturalPaid"),
                f.text("currency"),
                f.text("buyerRegNo"),
                f.text("buyerName"),
                f.text("buyerTelephone"),
                f.text("buyerIdType"),
                f.text("buyerIdNumber"),
                f.text("payCode"),
                f.text("payName"),
                f.text("payTransactionId"),
                f.text("batchNumbers"),
                f.text("consignee"),
                f.text("consigneeTelephone"),
                f.text("consigneeAddress"),
                f.text("consigneeDistrict"),
                f.text("note"));
    }
}
