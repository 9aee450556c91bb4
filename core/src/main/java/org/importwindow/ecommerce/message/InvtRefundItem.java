package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * One returned goods line of a return request (the schema's {@code InvtRefundList} element).
 *
 * <p>Schema element {@code ceb:InvtRefundList} (退货申请单表体实体). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param gnum 对应原清单表体序号（退货项序号） [required]
 * @param gcode 按商品分类编码规则确定的进出口商品的商品编号，分为商品编号和附加编号，其中商品编号栏应填报《中华人民共和国进出口税则》8位税则号列，附加编号应填报商品编号，附加编号第9、10位。 [C10; required]
 * @param gname 商品名称应据实填报，与清单一致。 [C..250; required]
 * @param qty 申请退货的数量，小于等于原清单的成交计量单位的数量 [N19,5; required]
 * @param unit 海关标准的参数代码 《JGS-20 海关业务代码集》- 计量单位代码 [C3; required]
 * @param note 备注 [C..1000; optional]
 */
public record InvtRefundItem(
        int gnum,
        String gcode,
        String gname,
        BigDecimal qty,
        String unit,
        String note) {

    static InvtRefundItem from(CebFields f) {
        return new InvtRefundItem(
                f.requiredInt("gnum"),
                f.text("gcode"),
                f.text("gname"),
                f.decimal("qty"),
                f.text("unit"),
                f.text("note"));
    }
}
