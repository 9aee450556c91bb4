package org.importwindow.ecommerce.message;

/**
 * The sender of a message: the transmitting enterprise and its data-exchange channel.
 *
 * <p>Schema element {@code ceb:BaseTransfer} (基础报文传输实体（需要与实际客户端传输企业一致）). Field names and order are the schema's; an absent or empty element
 * reads as {@code null}.
 *
 * @param copCode 报文传输的企业代码（需要与接入客户端的企业身份一致） [C..18; required]
 * @param copName 报文传输的企业名称 [C..100; required]
 * @param dxpMode 默认为DXP；指中国电子口岸数据交换平台 [C3; required]
 * @param dxpId 向中国电子口岸数据中心申请数据交换平台的用户编号 [C..30; required]
 * @param note 备注 [C..1000; optional]
 */
public record BaseTransfer(
        String copCode,
        String copName,
        String dxpMode,
        String dxpId,
        String note) {

    static BaseTransfer from(CebFields f) {
        return new BaseTransfer(
                f.text("copCode"),
                f.text("copName"),
                f.text("dxpMode"),
                f.text("dxpId"),
                f.text("note"));
    }
}
