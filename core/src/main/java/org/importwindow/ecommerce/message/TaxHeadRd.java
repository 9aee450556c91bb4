package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * The head of an electronic tax bill (CEB816): the inventory list it taxes, the tax bill number and the three
 * taxes.
 *
 * <p>Schema element {@code ceb:TaxHeadRd} (电子税单表头实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param guid 36位系统唯一序号（英文字母大写） [C36; required]
 * @param returnTime 回执时间,格式:YYYYMMDDhhmmssSSS [C17; required]
 * @param invtNo 进境清单编号，海关审结生成标识清单的编号（4位关区+4位年+1位进出口标记+9位流水号） [C..18; required]
 * @param taxNo 电子税单编号 [C..50; required]
 * @param customsTax 应征关税 [N19,5; required]
 * @param valueAddedTax 应征增值税 [N19,5; required]
 * @param consumptionTax 应征消费税 [N19,5; required]
 * @param status 税单状态（(1-已生成，2-已汇总 3-作废)） [C1; required]
 * @param entDutyNo 缴款书编号 [C..50; optional]
 * @param note 备注 [C..1000; optional]
 * @param assureCode 担保企业代码 [C..64; optional]
 * @param ebcCode 电商企业代码 [C..64; optional]
 * @param logisticsCode 物流企业代码 [C..64; optional]
 * @param agentCode 申报单位代码,10位海关代码或者18位信用代码 [C..18; optional]
 * @param customsCode 申报口岸 [C4; optional]
 */
public record TaxHeadRd(
        String guid,
        String returnTime,
        String invtNo,
        String taxNo,
        BigDecimal customsTax,
        BigDecimal valueAddedTax,
        BigDecimal consumptionTax,
        String status,
        String entDutyNo,
        String note,
        String assureCode,
        String ebcCode,
        String logisticsCode,
        String agentCode,
        String customsCode) {

    static TaxHeadRd from(CebFields f) {
        return new TaxHeadRd(
                f.text("guid"),
                f.text("returnTime"),
                f.text("invtNo"),
                f.text("taxNo"),
                f.decimal("customsTax"),
                f.decimal("valueAddedTax"),
                f.decimal("consumptionTax"),
                f.text("status"),
                f.text("entDutyNo"),
                f.text("note"),
                f.text("assureCode"),
                f.text("ebcCode"),
                f.text("logisticsCode"),
                f.text("agentCode"),
                f.text("customsCode"));
    }
}
