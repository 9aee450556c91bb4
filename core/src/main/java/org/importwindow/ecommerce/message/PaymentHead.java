package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * A payment voucher (CEB411): who paid how much for which order, through which payment company.
 *
 * <p>Schema element {@code ceb:PaymentHead} (支付凭证数据实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param guid 企业系统生成36位唯一序号（英文字母大写）。 [C36; required]
 * @param appType 企业报送类型。1-新增 2-变更 3-删除。默认为1。 [C1; required]
 * @param appTime 企业报送时间。格式:YYYYMMDDhhmmss。mss [C14; required]
 * @param appStatus 业务状态:1-暂存,2-申报,默认为2。 [C..3; required]
 * @param payCode 支付企业的海关注册登记编号。 [C..18; required]
 * @param payName 支付企业在海关注册登记的名称。 [C..100; required]
 * @param payTransactionId 支付企业唯一的支付流水号。 [C..60; required]
 * @param orderNo 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 [C..60; required]
 * @param ebpCode 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 [C..18; required]
 * @param ebpName 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 [C..100; required]
 * @param payerIdType 1-身份证,2-其它。限定为身份证，填写“1”。 [C1; required]
 * @param payerIdNumber 支付人证件号码 [C..60; required]
 * @param payerName 支付人的身份证件号码。 [C..60; required]
 * @param telephone 支付人电话 [C..60; optional]
 * @param amountPaid 支付金额 [N19,5; required]
 * @param currency 限定为人民币，填写“142”。 [C3; fixed 142; required]
 * @param payTime 支付时间，格式:YYYYMMDDhhmmss。hm [C14; required]
 * @param note 备注 [C..1000; optional]
 */
public record PaymentHead(
        String guid,
        String appType,
        String appTime,
        String appStatus,
        String payCode,
        String payName,
        String payTransactionId,
        String orderNo,
        String ebpCode,
        String ebpName,
        String payerIdType,
        String payerIdNumber,
        String payerName,
        String telephone,
        BigDecimal amountPaid,
        String currency,
        String payTime,
        String note) {

    static PaymentHead from(CebFields f) {
        return new PaymentHead(
                f.text("guid"),
                f.text("appType"),
                f.text("appTime"),
                f.text("appStatus"),
                f.text("payCode"),
                f.text("payName"),
                f.text("payTransactionId"),
                f.text("orderNo"),
                f.text("ebpCode"),
                f.text("ebpName"),
                f.text("payerIdType"),
                f.text("payerIdNumber"),
                f.text("payerName"),
                f.text("telephone"),
                f.decimal("amountPaid"),
                f.text("currency"),
                f.text("payTime"),
                f.text("note"));
    }
}
