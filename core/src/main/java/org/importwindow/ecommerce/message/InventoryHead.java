package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * The head of a cross-border e-commerce import inventory list (CEB621): the documents it joins, the buyer, the
 * agent, transport, freight and insurance.
 *
 * <p>Schema element {@code ceb:InventoryHead} (进口清单表头实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param guid 企业系统生成36位唯一序号（英文字母大写）。 [C36; required]
 * @param appType 企业报送类型。1-新增 2-变更 3-删除。默认为1。 [C1; required]
 * @param appTime 企业报送时间。格式:YYYYMMDDhhmmss。mss [C14; required]
 * @param appStatus 业务状态:1-暂存,2-申报,默认为1。填写2时,Signature节点必须填写. [C..3; required]
 * @param orderNo 交易平台的订单编号，同一交易平台的订单编号应唯一。订单编号长度不能超过60位。 [C..60; required]
 * @param ebpCode 电商平台的海关注册登记编号；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台标识编号为准。 [C..18; required]
 * @param ebpName 电商平台的海关注册登记名称；电商平台未在海关注册登记，由电商企业发送订单的，以中国电子口岸发布的电商平台名称为准。 [C..100; required]
 * @param ebcCode 电商企业的海关注册登记编号。 [C..18; required]
 * @param ebcName 电商企业的海关注册登记名称。 [C..100; required]
 * @param logisticsNo 物流企业的运单包裹面单号。同一物流企业的运单编号在6个月内不重复。运单编号长度不能超过60位。 [C..60; required]
 * @param logisticsCode 物流企业的海关注册登记编号。 [C..18; required]
 * @param logisticsName 物流企业在海关注册登记的名称。 [C..100; required]
 * @param copNo 企业内部标识单证的编号。 [C..20; optional]
 * @param preNo 电子口岸标识单证的编号。 [C..18; optional]
 * @param assureCode 担保扣税的企业海关注册登记编号，只限清单的申报企业、电商企业物流企业。 [C..30; required]
 * @param emsNo 保税模式必填，填写区内仓储企业在海关备案的账册编号，用于保税进口业务在特殊区域辅助系统记账（二线出区核减）。 [C..30; optional]
 * @param invtNo 海关接受申报生成的清单编号。 [C..18; optional]
 * @param ieFlag I-进口,E-出口 [C1; required]
 * @param declTime 申报日期，以海关计算机系统接受清单申报数据时记录的日期为准。格式:YYYYMMDD。 [C8; required]
 * @param customsCode 接受清单申报的海关关区代码，参照JGS/T 18《海关关区代码》。 [C4; required]
 * @param portCode 商品实际进出我国关境口岸海关的关区代码，参照JGS/T 18《海关关区代码》。 [C4; required]
 * @param ieDate 运载所申报商品的运输工具申报进境的日期，进口申报时无法确知相应的运输工具的实际进境日期时，免填。格式:YYYYMMDD [C8; optional]
 * @param buyerIdType 1-身份证,2-其它。限定为身份证，填写“1”。 [C1; required]
 * @param buyerIdNumber 订购人的身份证件号码。 [C..60; required]
 * @param buyerName 订购人的真实姓名。 [C..60; required]
 * @param buyerTelephone 订购人电话。 [C..30; required]
 * @param consigneeAddress 收件地址。 [C..200; required]
 * @param agentCode 申报单位的海关注册登记编号。 [C..18; required]
 * @param agentName 申报单位在海关注册登记的名称。 [C..100; required]
 * @param areaCode 保税模式必填，区内仓储企业的海关注册登记编号。 [C..18; optional]
 * @param areaName 保税模式必填，区内仓储企业在海关注册登记的名称。 [C..100; optional]
 * @param tradeMode 直购进口填写“9610”，保税进口填写“1210”。 [C4; required]
 * @param trafMode 填写海关标准的参数代码，参照《JGS-20 海关业务代码集》- 运输方式代码。直购进口指跨境段物流运输方式，保税进口指二线出区物流运输方式。 [C1; required]
 * @param trafNo 直购进口必填。货物进出境的运输工具的名称或运输工具编号。填报内容应与运输部门向海关申报的载货清单所列相应内容一致；同报关单填制规范。保税进口免填。 [C..100; optional]
 * @param voyageNo 直购进口必填。货物进出境的运输工具的航次编号。保税进口免填。 [C..32; optional]
 * @param billNo 直购进口必填。货物提单或运单的编号，保税进口免填。 [C..37; optional]
 * @param loctNo 针对同一申报地海关下有多个跨境电子商务的监管场所,需要填写区分 [C..10; optional]
 * @param licenseNo 商务主管部门及其授权发证机关签发的进出口货物许可证件的编号 [C..19; optional]
 * @param country 直购进口填写起始发出国家（地区）代码，参照《JGS-20 海关业务代码集》的国家（地区）代码表；保税进口填写代码“142”。 [C3; required]
 * @param freight 物流企业实际收取的运输费用。 [N19,5; required]
 * @param insuredFee 物流企业实际收取的商品保价费用。 [N19,5; required]
 * @param currency 限定为人民币，填写“142”。 [C3; fixed 142; required]
 * @param wrapType 海关对进出口货物实际采用的外部包装方式的标识代码，采用1 位数字表示，如：木箱、纸箱、桶装、散装、托盘、包、油罐车等 [C1; optional]
 * @param packNo 件数为包裹数量，限定为“1”。 [N9,0; required]
 * @param grossWeight 货物及其包装材料的重量之和，计量单位为千克。 [N19,5; required]
 * @param netWeight 货物的毛重减去外包装材料后的重量，即货物本身的实际重量，计量单位为千克。 [N19,5; required]
 * @param note 备注 [C..1000; optional]
 */
public record InventoryHead(
        String guid,
        String appType,
        String appTime,
        String appStatus,
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
        String assureCode,
        String emsNo,
        String invtNo,
        String ieFlag,
        String declTime,
        String customsCode,
        String portCode,
        String ieDate,
        String buyerIdType,
        String buyerIdNumber,
        String buyerName,
        String buyerTelephone,
        String consigneeAddress,
        String agentCode,
        String agentName,
        String areaCode,
        String areaName,
        String tradeMode,
        String trafMode,
        String trafNo,
        String voyageNo,
        String billNo,
        String loctNo,
        String licenseNo,
        String country,
        BigDecimal freight,
        BigDecimal insuredFee,
        String currency,
        String wrapType,
        int packNo,
        BigDecimal grossWeight,
        BigDecimal netWeight,
        String note) {

    static InventoryHead from(CebFields f) {
        return new InventoryHead(
                f.text("guid"),
                f.text("appType"),
                f.text("appTime"),
                f.text("appStatus"),
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
                f.text("assureCode"),
                f.text("emsNo"),
                f.text("invtNo"),
                f.text("ieFlag"),
                f.text("declTime"),
                f.text("customsCode"),
                f.text("portCode"),
                f.text("ieDate"),
                f.text("buyerIdType"),
                f.text("buyerIdNumber"),
                f.text("buyerName"),
                f.text("buyerTelephone"),
                f.text("consigneeAddress"),
                f.text("agentCode"),
                f.text("agentName"),
                f.text("areaCode"),
                f.text("areaName"),
                f.text("tradeMode"),
                f.text("trafMode"),
                f.text("trafNo"),
                f.text("voyageNo"),
                f.text("billNo"),
                f.text("loctNo"),
                f.text("licenseNo"),
                f.text("country"),
                f.decimal("freight"),
                f.decimal("insuredFee"),
                f.text("currency"),
                f.text("wrapType"),
                f.requiredInt("packNo"),
                f.decimal("grossWeight"),
                f.decimal("netWeight"),
                f.text("note"));
    }
}
