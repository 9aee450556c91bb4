package org.importwindow.bench.cbec;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The CEB messages of purchases as the GACC 202205 schema wants them, with the parties of the demo data: orders from
 * the platform 1101110325, payments and inventory lists from 1105910159 (payment company and declaring agent),
 * waybills from the logistics company 1101180326. Every message carries the BaseTransfer block and an
 * {@code ds:Signature} of the required structure (its SM2 value is not checked by anyone here).
 */
public final class CebXml {
    public static final String PLATFORM = "1101110325";
    public static final String LOGISTICS = "1101180326";
    public static final String AGENT = "1105910159";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    static final String SIGNATURE = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>"
            + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            + "<ds:SignatureMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3\"/>"
            + "<ds:Reference URI=\"\"><ds:DigestMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm3\"/>"
            + "<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>AAAA"
            + "</ds:SignatureValue></ds:Signature>";

    private CebXml() {
    }

    /** The four kinds of message a purchase makes, in the order a platform's partners usually send them. */
    public enum Kind {
        ORDERS("CEB311Message", PLATFORM),
        PAYMENTS("CEB411Message", AGENT),
        WAYBILLS("CEB511Message", LOGISTICS),
        LISTS("CEB621Message", AGENT);

        final String root;
        /** The sender: BaseTransfer/copCode and the API key {@code demo-key-<code>}. */
        public final String sender;

        Kind(String root, String sender) {
            this.root = root;
            this.sender = sender;
        }

        public String root() {
            return root;
        }
    }

    /** One message of {@code kind} holding the documents of {@code purchases} (at most 100). */
    public static String message(Kind kind, String guid, List<CbecPurchase> purchases) {
        if (purchases.isEmpty() || purchases.size() > 100) {
            throw new IllegalArgumentException("a message holds 1 to 100 documents");
        }
        StringBuilder s = new StringBuilder(purchases.size() * 2600 + 1200);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ceb:").append(kind.root).append(" guid=\"").append(guid)
                .append("\" version=\"1.0\" xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\">");
        for (CbecPurchase p : purchases) {
            switch (kind) {
                case ORDERS -> order(s, p);
                case PAYMENTS -> payment(s, p);
                case WAYBILLS -> waybill(s, p);
                case LISTS -> inventory(s, p);
            }
        }
        s.append("<ceb:BaseTransfer><ceb:copCode>").append(kind.sender).append("</ceb:copCode><ceb:copName>")
                .append(name(kind.sender)).append("</ceb:copName><ceb:dxpMode>DXP</ceb:dxpMode><ceb:dxpId>DXPENT")
                .append(kind.sender).append("</ceb:dxpId><ceb:note></ceb:note></ceb:BaseTransfer>").append(SIGNATURE)
                .append("</ceb:").append(kind.root).append('>');
        return s.toString();
    }

    private static String name(String code) {
        return switch (code) {
            case PLATFORM -> "示例跨境电商平台有限公司";
            case LOGISTICS -> "示例国际物流有限公司";
            default -> "示例供应链管理有限公司";
        };
    }

    static void order(StringBuilder s, CbecPurchase p) {
        Buyer b = p.buyer();
        s.append("<ceb:Order><ceb:OrderHead><ceb:guid>").append(p.orderGuid()).append("</ceb:guid><ceb:appType>1")
                .append("</ceb:appType><ceb:appTime>").append(TIME.format(p.orderedAt()))
                .append("</ceb:appTime><ceb:appStatus>2</ceb:appStatus><ceb:orderType>I</ceb:orderType><ceb:orderNo>")
                .append(p.orderNo()).append("</ceb:orderNo>");
        el(s, "ebpCode", PLATFORM);
        el(s, "ebpName", name(PLATFORM));
        el(s, "ebcCode", PLATFORM);
        el(s, "ebcName", name(PLATFORM));
        el(s, "goodsValue", p.goodsValue());
        el(s, "freight", p.freight());
        el(s, "discount", p.discount());
        el(s, "taxTotal", p.taxTotal());
        el(s, "acturalPaid", p.acturalPaid());
        el(s, "currency", "142");
        el(s, "buyerRegNo", "U" + Integer.toHexString(b.idNumber().hashCode()).toUpperCase());
        el(s, "buyerName", b.name());
        el(s, "buyerTelephone", b.phone());
        el(s, "buyerIdType", "1");
        el(s, "buyerIdNumber", b.idNumber());
        el(s, "consignee", p.consignee());
        el(s, "consigneeTelephone", b.phone());
        el(s, "consigneeAddress", b.address());
        s.append("</ceb:OrderHead>");
        for (CbecPurchase.Line l : p.lines()) {
            s.append("<ceb:OrderList><ceb:gnum>").append(l.gnum()).append("</ceb:gnum>");
            el(s, "itemNo", sku(l));
            el(s, "itemName", l.product().nameZh());
            el(s, "gmodel", l.product().gmodel());
            el(s, "unit", l.product().unit());
            el(s, "qty", Integer.toString(l.qty()));
            el(s, "price", l.price());
            el(s, "totalPrice", l.totalPrice());
            el(s, "currency", "142");
            el(s, "country", l.origin());
            s.append("</ceb:OrderList>");
        }
        s.append("</ceb:Order>");
    }

    static void payment(StringBuilder s, CbecPurchase p) {
        Buyer b = p.buyer();
        LocalDateTime paid = p.orderedAt().plusSeconds(20);
        s.append("<ceb:Payment><ceb:PaymentHead>");
        el(s, "guid", p.paymentGuid());
        el(s, "appType", "1");
        el(s, "appTime", TIME.format(paid));
        el(s, "appStatus", "2");
        el(s, "payCode", AGENT);
        el(s, "payName", name(AGENT));
        el(s, "payTransactionId", p.payTransactionId());
        el(s, "orderNo", p.orderNo());
        el(s, "ebpCode", PLATFORM);
        el(s, "ebpName", name(PLATFORM));
        el(s, "payerIdType", "1");
        el(s, "payerIdNumber", b.idNumber());
        el(s, "payerName", b.name());
        el(s, "telephone", b.phone());
        el(s, "amountPaid", p.amountPaid());
        el(s, "currency", "142");
        el(s, "payTime", TIME.format(paid));
        s.append("</ceb:PaymentHead></ceb:Payment>");
    }

    static void waybill(StringBuilder s, CbecPurchase p) {
        Buyer b = p.buyer();
        s.append("<ceb:Logistics><ceb:LogisticsHead>");
        el(s, "guid", p.waybillGuid());
        el(s, "appType", "1");
        el(s, "appTime", TIME.format(p.orderedAt().plusSeconds(40)));
        el(s, "appStatus", "2");
        el(s, "logisticsCode", LOGISTICS);
        el(s, "logisticsName", name(LOGISTICS));
        el(s, "logisticsNo", p.logisticsNo());
        el(s, "orderNo", p.orderNo());
        el(s, "freight", p.freight());
        el(s, "insuredFee", BigDecimal.ZERO);
        el(s, "currency", "142");
        el(s, "weight", grossWeight(p));
        el(s, "packNo", "1");
        el(s, "goodsInfo", p.lines().get(0).product().nameZh());
        el(s, "consignee", p.waybillConsignee());
        el(s, "consigneeAddress", b.address());
        el(s, "consigneeTelephone", b.phone());
        s.append("</ceb:LogisticsHead></ceb:Logistics>");
    }

    static void inventory(StringBuilder s, CbecPurchase p) {
        Buyer b = p.buyer();
        LocalDateTime at = p.orderedAt().plusSeconds(60);
        s.append("<ceb:Inventory><ceb:InventoryHead>");
        el(s, "guid", p.listGuid());
        el(s, "appType", "1");
        el(s, "appTime", TIME.format(at));
        el(s, "appStatus", "2");
        el(s, "orderNo", p.orderNo());
        el(s, "ebpCode", PLATFORM);
        el(s, "ebpName", name(PLATFORM));
        el(s, "ebcCode", PLATFORM);
        el(s, "ebcName", name(PLATFORM));
        el(s, "logisticsNo", p.logisticsNo());
        el(s, "logisticsCode", LOGISTICS);
        el(s, "logisticsName", name(LOGISTICS));
        el(s, "copNo", p.copNo());
        el(s, "assureCode", AGENT);
        el(s, "ieFlag", "I");
        el(s, "declTime", DAY.format(at));
        el(s, "customsCode", "0101");
        el(s, "portCode", "0101");
        el(s, "ieDate", DAY.format(at));
        el(s, "buyerIdType", "1");
        el(s, "buyerIdNumber", b.idNumber());
        el(s, "buyerName", b.name());
        el(s, "buyerTelephone", b.phone());
        el(s, "consigneeAddress", b.address());
        el(s, "agentCode", AGENT);
        el(s, "agentName", name(AGENT));
        el(s, "tradeMode", p.tradeMode());
        el(s, "trafMode", "5");
        el(s, "country", p.lines().get(0).origin());
        el(s, "freight", p.freight());
        el(s, "insuredFee", BigDecimal.ZERO);
        el(s, "currency", "142");
        el(s, "packNo", "1");
        el(s, "grossWeight", grossWeight(p));
        el(s, "netWeight", p.netWeight());
        s.append("</ceb:InventoryHead>");
        for (CbecPurchase.Line l : p.lines()) {
            s.append("<ceb:InventoryList><ceb:gnum>").append(l.gnum()).append("</ceb:gnum>");
            el(s, "itemNo", sku(l));
            el(s, "itemName", l.product().nameZh());
            el(s, "gcode", l.product().gcode());
            el(s, "gname", l.product().nameZh());
            el(s, "gmodel", l.product().gmodel());
            el(s, "country", l.origin());
            el(s, "currency", "142");
            el(s, "qty", Integer.toString(l.qty()));
            el(s, "unit", l.product().unit());
            el(s, "qty1", l.qty1());
            el(s, "unit1", l.product().unit1());
            el(s, "price", l.price());
            el(s, "totalPrice", l.totalPrice());
            s.append("</ceb:InventoryList>");
        }
        s.append("</ceb:Inventory>");
    }

    private static String sku(CbecPurchase.Line l) {
        return (l.product().id().toUpperCase().replace("-", "") + "-" + l.origin());
    }

    private static BigDecimal grossWeight(CbecPurchase p) {
        return p.netWeight().add(new BigDecimal("0.3"));
    }

    private static void el(StringBuilder s, String name, BigDecimal value) {
        el(s, name, value.toPlainString());
    }

    /** An element whose text needs no escaping but {@code & < >}, which our data never holds but is escaped anyway. */
    private static void el(StringBuilder s, String name, String value) {
        s.append("<ceb:").append(name).append('>');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> s.append(c);
            }
        }
        s.append("</ceb:").append(name).append('>');
    }
}
