package org.importwindow.ecommerce.message;

/**
 * A cancellation request of an inventory list (CEB623).
 *
 * <p>Schema element {@code ceb:InvtCancel} (撤销申请单实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param guid 企业系统生成36位唯一序号（英文字母大写） [C36; required]
 * @param appType 企业报送类型。1-新增。默认为1。 [C1; required]
 * @param appTime 企业报送时间。格式:YYYYMMDDhhmmss。mss [C14; required]
 * @param appStatus 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写. [C..3; required]
 * @param customsCode 接受申报的海关关区代码，参照JGS/T 18《海关关区代码》。 [C4; required]
 * @param orderNo 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 [C..60; required]
 * @param ebpCode 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 [C..18; required]
 * @param ebpName 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 [C..100; required]
 * @param ebcCode 电商企业的海关注册登记编号。 [C..18; required]
 * @param ebcName 电商企业的海关注册登记名称。 [C..100; required]
 * @param logisticsNo 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 [C..60; required]
 * @param logisticsCode 物流企业的海关注册登记编号。 [C..18; required]
 * @param logisticsName 物流企业在海关注册登记的名称。 [C..100; required]
 * @param copNo 企业内部标识单证的编号 [C..20; optional]
 * @param preNo 电子口岸标识单证的编号 [C..18; optional]
 * @param invtNo 申请撤销的原始清单编号。 [C..18; required]
 * @param buyerIdType 1-身份证,2-其它。限定为身份证，填写“1”。 [C1; required]
 * @param buyerIdNumber 订购人的身份证件号码。 [C..60; required]
 * @param buyerName 订购人的真实姓名。 [C..60; required]
 * @param buyerTelephone 订购人电话 [C..30; required]
 * @param agentCode 申报单位的海关注册登记编号。 [C..18; required]
 * @param agentName 申报单位在海关注册登记的名称。 [C..100; required]
 * @param reason 撤单原因 [C..1000; required]
 * @param note 备注 [C..1000; optional]
 */
public record InvtCancel(
        String guid,
        String appType,
        String appTime,
        String appStatus,
        String customsCode,
        String orderNo,
        String ebpCode,
        String ebpName,
        String ebcCode,
        String ebcName,
        String logisticsNo,
        String logisticsCode,
        String logisticsName,
        String copNo,
        String preNo,
        String invtNo,
        String buyerIdType,
        String buyerIdNumber,
        String buyerName,
        String buyerTelephone,
        String agentCode,
        String agentName,
        String reason,
        String note) {

    static InvtCancel from(CebFields f) {
        return new InvtCancel(
                f.text("guid"),
                f.text("appType"),
                f.text("appTime"),
                f.text("appStatus"),
                f.text("customsCode"),
                f.text("orderNo"),
                f.text("ebpCode"),
                f.text("ebpName"),
                f.text("ebcCode"),
                f.text("ebcName"),
                f.text("logisticsNo"),
                f.text("logisticsCode"),
                f.text("logisticsName"),
                f.text("copNo"),
                f.text("preNo"),
                f.text("invtNo"),
                f.text("buyerIdType"),
                f.text("buyerIdNumber"),
                f.text("buyerName"),
                f.text("buyerTelephone"),
                f.text("agentCode"),
                f.text("agentName"),
                f.text("reason"),
                f.text("note"));
    }
}
