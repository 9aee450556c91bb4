package org.importwindow.ecommerce.message;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Messages in the shape the benchmark sends ({@code bench/.../cbec/CebXml}, which core cannot depend on): one line,
 * no white space between elements, {@code ceb:} prefix, the same elements in the same order, a compact
 * {@code ds:Signature} without Transforms or KeyInfo, decimals written with two fraction digits. The values are made
 * up from the purchase's number.
 */
final class BenchShapedMessages {
    static final String SIGNATURE = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>"
            + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            + "<ds:SignatureMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3\"/>"
            + "<ds:Reference URI=\"\"><ds:DigestMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm3\"/>"
            + "<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>AAAA"
            + "</ds:SignatureValue></ds:Signature>";
    private static final String PLATFORM = "1101110325";
    private static final String LOGISTICS = "1101180326";
    private static final String AGENT = "1105910159";

    private BenchShapedMessages() {
    }

    /** The four messages of {@code purchases} purchases: orders, payments, waybills, inventory lists. */
    static byte[][] purchase(int purchases) {
        return new byte[][] {message("CEB311Message", PLATFORM, purchases), message("CEB411Message", AGENT, purchases),
                message("CEB511Message", LOGISTICS, purchases), message("CEB621Message", AGENT, purchases)};
    }

    static byte[] message(String root, String sender, int purchases) {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ceb:").append(root).append(" guid=\"")
                .append(guid(root.hashCode())).append("\" version=\"1.0\" xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\">");
        for (int i = 0; i < purchases; i++) {
            switch (root) {
                case "CEB311Message" -> order(s, i);
                case "CEB411Message" -> payment(s, i);
                case "CEB511Message" -> waybill(s, i);
                default -> inventory(s, i);
            }
        }
        s.append("<ceb:BaseTransfer><ceb:copCode>").append(sender).append("</ceb:copCode><ceb:copName>示例供应链管理有限公司"
                + "</ceb:copName><ceb:dxpMode>DXP</ceb:dxpMode><ceb:dxpId>DXPENT").append(sender)
                .append("</ceb:dxpId><ceb:note></ceb:note></ceb:BaseTransfer>").append(SIGNATURE)
                .append("</ceb:").append(root).append('>');
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String guid(int n) {
        return String.format(Locale.ROOT, "%08X-0000-4000-8000-%012d", n, Math.abs((long) n) % 1_000_000_000_000L);
    }

    private static String orderNo(int i) {
        return "ORD2026112700" + String.format(Locale.ROOT, "%06d", i);
    }

    private static String idNumber(int i) {
        return String.format(Locale.ROOT, "1101051990%08d", i);
    }

    private static void order(StringBuilder s, int i) {
        s.append("<ceb:Order><ceb:OrderHead>");
        el(s, "guid", guid(1000 + i));
        el(s, "appType", "1");
        el(s, "appTime", "20261127120000");
        el(s, "appStatus", "2");
        el(s, "orderType", "I");
        el(s, "orderNo", orderNo(i));
        el(s, "ebpCode", PLATFORM);
        el(s, "ebpName", "示例跨境电商平台有限公司");
        el(s, "ebcCode", PLATFORM);
        el(s, "ebcName", "示例跨境电商平台有限公司");
        el(s, "goodsValue", "398.00");
        el(s, "freight", "10.00");
        el(s, "discount", "0");
        el(s, "taxTotal", "37.15");
        el(s, "acturalPaid", "445.15");
        el(s, "currency", "142");
        el(s, "buyerRegNo", "U" + Integer.toHexString(i * 7919).toUpperCase(Locale.ROOT));
        el(s, "buyerName", "张三" + i % 10);
        el(s, "buyerTelephone", "1380013" + String.format(Locale.ROOT, "%04d", i % 10_000));
        el(s, "buyerIdType", "1");
        el(s, "buyerIdNumber", idNumber(i));
        el(s, "consignee", "张三" + i % 10);
        el(s, "consigneeTelephone", "1380013" + String.format(Locale.ROOT, "%04d", i % 10_000));
        el(s, "consigneeAddress", "北京市海淀区中关村大街" + i + "号");
        s.append("</ceb:OrderHead>");
        for (int g = 1; g <= 2; g++) {
            s.append("<ceb:OrderList><ceb:gnum>").append(g).append("</ceb:gnum>");
            el(s, "itemNo", "SKU" + g + "-116");
            el(s, "itemName", "婴儿奶粉 & 米粉 <大罐>");
            el(s, "gmodel", "900g/罐");
            el(s, "unit", "122");
            el(s, "qty", "2");
            el(s, "price", "99.50");
            el(s, "totalPrice", "199.00");
            el(s, "currency", "142");
            el(s, "country", "116");
            s.append("</ceb:OrderList>");
        }
        s.append("</ceb:Order>");
    }

    private static void payment(StringBuilder s, int i) {
        s.append("<ceb:Payment><ceb:PaymentHead>");
        el(s, "guid", guid(2000 + i));
        el(s, "appType", "1");
        el(s, "appTime", "20261127120020");
        el(s, "appStatus", "2");
        el(s, "payCode", AGENT);
        el(s, "payName", "示例供应链管理有限公司");
        el(s, "payTransactionId", "PAY" + i);
        el(s, "orderNo", orderNo(i));
        el(s, "ebpCode", PLATFORM);
        el(s, "ebpName", "示例跨境电商平台有限公司");
        el(s, "payerIdType", "1");
        el(s, "payerIdNumber", idNumber(i));
        el(s, "payerName", "张三" + i % 10);
        el(s, "telephone", "13800138000");
        el(s, "amountPaid", "445.15");
        el(s, "currency", "142");
        el(s, "payTime", "20261127120020");
        s.append("</ceb:PaymentHead></ceb:Payment>");
    }

    private static void waybill(StringBuilder s, int i) {
        s.append("<ceb:Logistics><ceb:LogisticsHead>");
        el(s, "guid", guid(3000 + i));
        el(s, "appType", "1");
        el(s, "appTime", "20261127120040");
        el(s, "appStatus", "2");
        el(s, "logisticsCode", LOGISTICS);
        el(s, "logisticsName", "示例国际物流有限公司");
        el(s, "logisticsNo", "LN" + i);
        el(s, "orderNo", orderNo(i));
        el(s, "freight", "10.00");
        el(s, "insuredFee", "0");
        el(s, "currency", "142");
        el(s, "weight", "2.1");
        el(s, "packNo", "1");
        el(s, "goodsInfo", "婴儿奶粉");
        el(s, "consignee", "张三" + i % 10);
        el(s, "consigneeAddress", "北京市海淀区中关村大街" + i + "号");
        el(s, "consigneeTelephone", "13800138000");
        s.append("</ceb:LogisticsHead></ceb:Logistics>");
    }

    private static void inventory(StringBuilder s, int i) {
        s.append("<ceb:Inventory><ceb:InventoryHead>");
        el(s, "guid", guid(4000 + i));
        el(s, "appType", "1");
        el(s, "appTime", "20261127120100");
        el(s, "appStatus", "2");
        el(s, "orderNo", orderNo(i));
        el(s, "ebpCode", PLATFORM);
        el(s, "ebpName", "示例跨境电商平台有限公司");
        el(s, "ebcCode", PLATFORM);
        el(s, "ebcName", "示例跨境电商平台有限公司");
        el(s, "logisticsNo", "LN" + i);
        el(s, "logisticsCode", LOGISTICS);
        el(s, "logisticsName", "示例国际物流有限公司");
        el(s, "copNo", "COP" + i);
        el(s, "assureCode", AGENT);
        el(s, "ieFlag", "I");
        el(s, "declTime", "20261127");
        el(s, "customsCode", "0101");
        el(s, "portCode", "0101");
        el(s, "ieDate", "20261127");
        el(s, "buyerIdType", "1");
        el(s, "buyerIdNumber", idNumber(i));
        el(s, "buyerName", "张三" + i % 10);
        el(s, "buyerTelephone", "13800138000");
        el(s, "consigneeAddress", "北京市海淀区中关村大街" + i + "号");
        el(s, "agentCode", AGENT);
        el(s, "agentName", "示例供应链管理有限公司");
        el(s, "tradeMode", "1210");
        el(s, "trafMode", "5");
        el(s, "country", "116");
        el(s, "freight", "10.00");
        el(s, "insuredFee", "0");
        el(s, "currency", "142");
        el(s, "packNo", "1");
        el(s, "grossWeight", "2.1");
        el(s, "netWeight", "1.8");
        s.append("</ceb:InventoryHead>");
        for (int g = 1; g <= 2; g++) {
            s.append("<ceb:InventoryList><ceb:gnum>").append(g).append("</ceb:gnum>");
            el(s, "itemNo", "SKU" + g + "-116");
            el(s, "itemName", "婴儿奶粉");
            el(s, "gcode", "1901101000");
            el(s, "gname", "婴儿奶粉");
            el(s, "gmodel", "900g/罐");
            el(s, "country", "116");
            el(s, "currency", "142");
            el(s, "qty", "2");
            el(s, "unit", "122");
            el(s, "qty1", "1.8");
            el(s, "unit1", "035");
            el(s, "price", "99.50");
            el(s, "totalPrice", "199.00");
            s.append("</ceb:InventoryList>");
        }
        s.append("</ceb:Inventory>");
    }

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
