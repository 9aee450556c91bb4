package org.importwindow.ecommerce.message;

import java.util.Optional;

/**
 * The message types of the GACC import schema (202205), by root element. The six import messages an enterprise
 * sends us ({@link #readable()}) each get one receipt type ({@link #receipt()}): 311 → 312, 411 → 412, 511 → 512,
 * 621 → 622, 623 → 624, 625 → 626. CEB816 is the electronic tax bill we send; CEB900 the format-check receipt.
 */
public enum CebMessageType {
    CEB311("CEB311Message", "Order", true, "电子订单", "e-commerce order"),
    CEB312("CEB312Message", "OrderReturn", false, "电子订单回执", "order receipt"),
    CEB411("CEB411Message", "Payment", true, "支付凭证", "payment voucher"),
    CEB412("CEB412Message", "PaymentReturn", false, "支付凭证回执", "payment receipt"),
    CEB511("CEB511Message", "Logistics", true, "物流运单", "waybill"),
    CEB512("CEB512Message", "LogisticsReturn", false, "物流运单回执", "waybill receipt"),
    CEB513("CEB513Message", "LogisticsStatus", false, "物流运单状态", "waybill status"),
    CEB514("CEB514Message", "LogisticsStatusReturn", false, "物流运单状态回执", "waybill status receipt"),
    CEB621("CEB621Message", "Inventory", true, "进口清单", "import inventory list"),
    CEB622("CEB622Message", "InventoryReturn", false, "进口清单回执", "inventory list receipt"),
    CEB623("CEB623Message", "InvtCancel", true, "撤销申请单", "cancellation request"),
    CEB624("CEB624Message", "InvtCancelReturn", false, "撤销申请单回执", "cancellation receipt"),
    CEB625("CEB625Message", "InvtRefund", true, "退货申请单", "return request"),
    CEB626("CEB626Message", "InvtRefundReturn", false, "退货申请单回执", "return receipt"),
    CEB711("CEB711Message", "Delivery", false, "入库明细单", "warehouse delivery note"),
    CEB712("CEB712Message", "DeliveryReturn", false, "入库明细单回执", "delivery note receipt"),
    CEB816("CEB816Message", "Tax", false, "电子税单", "electronic tax bill"),
    CEB818("CEB818Message", "Tax", false, "电子税单状态", "tax bill status"),
    CEB900("CEB900Message", "MessageReturn", false, "报文格式校验回执", "format-check receipt");

    /** Namespace of every CEB element. */
    public static final String NAMESPACE = "http://www.chinaport.gov.cn/ceb";
    /** Namespace of {@code ds:Signature}. */
    public static final String XMLDSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

    private final String rootElement;
    private final String documentElement;
    private final boolean readable;
    private final String nameZh;
    private final String nameEn;

    CebMessageType(String rootElement, String documentElement, boolean readable, String nameZh,
            String nameEn) {
        this.rootElement = rootElement;
        this.documentElement = documentElement;
        this.readable = readable;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The root element name, e.g. {@code CEB621Message}. */
    public String rootElement() {
        return rootElement;
    }

    /** The repeated child of the root that holds one document, e.g. {@code Inventory} or {@code InventoryReturn}. */
    public String documentElement() {
        return documentElement;
    }

    /** Whether {@link CebMessages#read} accepts this type (the six import messages an enterprise sends). */
    public boolean readable() {
        return readable;
    }

    /** The receipt type that answers this message; empty for receipts and messages we do not read. */
    public Optional<CebMessageType> receipt() {
        return Optional.ofNullable(switch (this) {
            case CEB311 -> CEB312;
            case CEB411 -> CEB412;
            case CEB511 -> CEB512;
            case CEB621 -> CEB622;
            case CEB623 -> CEB624;
            case CEB625 -> CEB626;
            default -> null;
        });
    }

    /** Whether this is one of the receipts {@link Receipts} writes (312, 412, 512, 622, 624, 626). */
    public boolean isReceipt() {
        return switch (this) {
            case CEB312, CEB412, CEB512, CEB622, CEB624, CEB626 -> true;
            default -> false;
        };
    }

    /** The three digits, e.g. {@code 621}. */
    public String code() {
        return name().substring(3);
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The type whose root element is {@code localName} (e.g. {@code CEB621Message}). */
    public static Optional<CebMessageType> ofRootElement(String localName) {
        for (CebMessageType t : values()) {
            if (t.rootElement.equals(localName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
