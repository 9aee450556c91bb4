package org.importwindow.ecommerce.clearance;

/**
 * The checks of an inventory list against its three documents and of its own consistency, each with a stable code
 * (shown in receipts, docs and tests) and a title in English and Chinese. The spec has no codes of its own for these:
 * a refusal's receipt starts with its generic {@code -621001} (清单报文校验失败) and names each finding with its code.
 */
public enum ClearanceRule {
    ORDER_MISSING("CBEC-101", "The order of the list has not arrived", "未收到清单对应的电子订单"),
    PAYMENT_MISSING("CBEC-102", "The payment of the order has not arrived", "未收到订单对应的支付凭证"),
    WAYBILL_MISSING("CBEC-103", "The waybill of the list has not arrived", "未收到清单对应的物流运单"),
    DOCUMENTS_TIMED_OUT("CBEC-104", "The documents did not all arrive in time", "三单未在规定时间内到齐"),
    SELLER_DIFFERS("CBEC-110", "The e-commerce enterprise differs between list and order", "清单与订单的电商企业不一致"),
    WAYBILL_ORDER_DIFFERS("CBEC-111", "The waybill belongs to another order", "运单对应的订单编号与清单不一致"),
    PAID_DIFFERS("CBEC-112", "The amount paid differs from the order's actual payment", "支付金额与订单实际支付金额不一致"),
    CONSIGNEE_DIFFERS("CBEC-113", "The consignee differs between order and waybill", "订单与运单的收货人不一致"),
    CONSIGNEE_PHONE_DIFFERS("CBEC-114", "The consignee's telephone differs between order and waybill",
            "订单与运单的收货人电话不一致"),
    CONSIGNEE_ADDRESS_DIFFERS("CBEC-115", "The consignee's address differs between order and waybill",
            "订单与运单的收货地址不一致"),
    LINES_DIFFER("CBEC-116", "The list's lines and the order's lines are not one-to-one by gnum",
            "清单表体与订单表体未按序号一一对应"),
    LINE_NAME_DIFFERS("CBEC-117", "A line's goods name differs between list and order", "清单与订单的商品名称不一致"),
    PAYER_DIFFERS("CBEC-118", "The payer is not the buyer", "支付人与订购人不一致"),
    BUYER_DIFFERS("CBEC-119", "The buyer differs between list and order", "清单与订单的订购人不一致"),
    ORDER_LINE_TOTAL("CBEC-120", "An order line's price times quantity is not its total", "订单商品单价乘以数量不等于总价"),
    LIST_LINE_TOTAL("CBEC-121", "A list line's price times quantity is not its total", "清单商品单价乘以数量不等于总价"),
    ORDER_GOODS_VALUE("CBEC-122", "The order's goods value is not the sum of its lines", "订单商品价格与表体总价之和不符"),
    ORDER_ACTUAL_PAID("CBEC-123", "The order's actual payment is not goods + freight + tax - discount",
            "订单实际支付金额不等于商品价格＋运杂费＋代扣税款－非现金抵扣金额"),
    BUYER_ID_INVALID("CBEC-124", "The buyer's resident ID number is not valid (GB 11643)", "订购人身份证号码校验不通过"),
    UNKNOWN_CODE("CBEC-126", "A country, currency or unit code does not exist", "国别、币制或计量单位代码不存在"),
    UNKNOWN_COMMODITY("CBEC-127", "The commodity code is not a declarable line of the tariff", "商品编码不是税则中可申报的税号"),
    CURRENCY_NOT_YUAN("CBEC-128", "The list is not in yuan (currency 142)", "清单币制不是人民币（142）");

    private final String code;
    private final String titleEn;
    private final String titleZh;

    ClearanceRule(String code, String titleEn, String titleZh) {
        this.code = code;
        this.titleEn = titleEn;
        this.titleZh = titleZh;
    }

    public String code() {
        return code;
    }

    public String titleEn() {
        return titleEn;
    }

    public String titleZh() {
        return titleZh;
    }
}
