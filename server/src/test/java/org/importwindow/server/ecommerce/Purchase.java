package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.importwindow.ecommerce.ResidentIdNumber;

/**
 * One consumer's purchase on the demo platform (1101110325) as its four CEB messages, consistent with one another
 * unless a test changes them: the order (sent by the platform), the payment (sent by the agent, which is also a
 * payment company), the waybill (sent by the logistics company 1101180326) and the inventory list (sent by the
 * agent 1105910159). Shared by the API, Kafka and page tests. Lines: 8-digit tariff line, name, quantity, customs unit code, unit price, legal quantity and
 * its unit code.
 */
public final class Purchase {
    public static final String PLATFORM = "1101110325";
    public static final String LOGISTICS = "1101180326";
    public static final String AGENT = "1105910159";

    public record Line(String gcode8, String name, String qty, String unit, String price, String qty1, String unit1) {
        public BigDecimal total() {
            return new BigDecimal(price).multiply(new BigDecimal(qty));
        }
    }

    public String orderNo = "ORD" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    public String logisticsNo = "LN" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    public String copNo = "COP" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    public String buyerId;
    public String buyerName = "张三";
    public String payerName = buyerName;
    public String payerId;
    public String consignee = "张三";
    public String waybillConsignee = consignee;
    public String freight = "10";
    public List<Line> lines = new ArrayList<>();
    public BigDecimal paidAdjustment = BigDecimal.ZERO;
    /** The platform (and e-commerce enterprise) of the order; it sends the order. */
    public String platform = PLATFORM;

    public Purchase(String buyerId) {
        this.buyerId = buyerId;
        this.payerId = buyerId;
    }

    /** A valid resident ID number (GB 11643) for a person born on 1990-01-01 in Beijing, made from a serial. */
    public static String residentId(int serial) {
        String first17 = "110105199001" + String.format("%02d", 1 + serial % 28) + String.format("%03d", serial % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public Purchase line(String gcode8, String name, String qty, String unit, String price, String qty1, String unit1) {
        lines.add(new Line(gcode8, name, qty, unit, price, qty1, unit1));
        return this;
    }

    /** Roasted coffee, kilograms. */
    public Purchase coffee(String kilograms, String pricePerKg) {
        return line("09012100", "烘焙咖啡豆", kilograms, "035", pricePerKg, kilograms, "035");
    }

    /** Cotton T-shirts, pieces. */
    public Purchase tshirts(String pieces, String price) {
        return line("61091000", "棉制T恤衫", pieces, "011", price, pieces, "011");
    }

    /** One wrist watch. */
    public Purchase watch(String price) {
        return line("91021100", "机械手表", "1", "011", price, "1", "011");
    }

    public BigDecimal goodsValue() {
        return lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal actualPaid() {
        return goodsValue().add(new BigDecimal(freight));
    }

    private static String guid() {
        return UUID.randomUUID().toString().toUpperCase();
    }

    /**
     * The transfer block and a signature of the structure the schema requires (the SM2 value itself is not checked:
     * that needs the China E-Port's key infrastructure).
     */
    private static String transfer(String copCode) {
        return "<ceb:BaseTransfer><ceb:copCode>" + copCode + "</ceb:copCode><ceb:copName>demo</ceb:copName>"
                + "<ceb:dxpMode>DXP</ceb:dxpMode><ceb:dxpId>DXPENT0000000001</ceb:dxpId><ceb:note></ceb:note>"
                + "</ceb:BaseTransfer>" + SIGNATURE;
    }

    public static final String SIGNATURE = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>"
            + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            + "<ds:SignatureMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3\"/>"
            + "<ds:Reference URI=\"\"><ds:DigestMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm3\"/>"
            + "<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>AAAA"
            + "</ds:SignatureValue></ds:Signature>";

    private static String open(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ceb:" + root + " guid=\"" + guid()
                + "\" version=\"1.0\" xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\">";
    }

    public String orderXml() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            items.append("<ceb:OrderList><ceb:gnum>").append(i + 1).append("</ceb:gnum><ceb:itemNo>SKU").append(i + 1)
                    .append("</ceb:itemNo><ceb:itemName>").append(l.name()).append("</ceb:itemName><ceb:gmodel>")
                    .append("standard</ceb:gmodel><ceb:itemDescribe></ceb:itemDescribe><ceb:barCode></ceb:barCode>")
                    .append("<ceb:unit>").append(l.unit()).append("</ceb:unit><ceb:qty>").append(l.qty())
                    .append("</ceb:qty><ceb:price>").append(l.price()).append("</ceb:price><ceb:totalPrice>")
                    .append(l.total().toPlainString()).append("</ceb:totalPrice><ceb:currency>142</ceb:currency>")
                    .append("<ceb:country>116</ceb:country><ceb:note></ceb:note></ceb:OrderList>");
        }
        return open("CEB311Message") + "<ceb:Order><ceb:OrderHead><ceb:guid>" + guid() + "</ceb:guid><ceb:appType>1"
                + "</ceb:appType><ceb:appTime>20261127100000</ceb:appTime><ceb:appStatus>2</ceb:appStatus><ceb:orderType>I"
                + "</ceb:orderType><ceb:orderNo>" + orderNo + "</ceb:orderNo><ceb:ebpCode>" + platform + "</ceb:ebpCode>"
                + "<ceb:ebpName>示例平台</ceb:ebpName><ceb:ebcCode>" + platform + "</ceb:ebcCode><ceb:ebcName>示例平台"
                + "</ceb:ebcName><ceb:goodsValue>" + goodsValue().toPlainString() + "</ceb:goodsValue><ceb:freight>"
                + freight + "</ceb:freight><ceb:discount>0</ceb:discount><ceb:taxTotal>0</ceb:taxTotal><ceb:acturalPaid>"
                + actualPaid().toPlainString() + "</ceb:acturalPaid><ceb:currency>142</ceb:currency><ceb:buyerRegNo>"
                + "U1</ceb:buyerRegNo><ceb:buyerName>" + buyerName + "</ceb:buyerName><ceb:buyerTelephone>13800000000"
                + "</ceb:buyerTelephone><ceb:buyerIdType>1</ceb:buyerIdType><ceb:buyerIdNumber>" + buyerId
                + "</ceb:buyerIdNumber><ceb:consignee>" + consignee + "</ceb:consignee><ceb:consigneeTelephone>"
                + "13800000000</ceb:consigneeTelephone><ceb:consigneeAddress>北京市海淀区中关村1号</ceb:consigneeAddress>"
                + "</ceb:OrderHead>" + items + "</ceb:Order>" + transfer(platform) + "</ceb:CEB311Message>";
    }

    public String paymentXml() {
        return open("CEB411Message") + "<ceb:Payment><ceb:PaymentHead><ceb:guid>" + guid() + "</ceb:guid><ceb:appType>1"
                + "</ceb:appType><ceb:appTime>20261127100100</ceb:appTime><ceb:appStatus>2</ceb:appStatus><ceb:payCode>"
                + AGENT + "</ceb:payCode><ceb:payName>示例支付</ceb:payName><ceb:payTransactionId>PAY" + orderNo
                + "</ceb:payTransactionId><ceb:orderNo>" + orderNo + "</ceb:orderNo><ceb:ebpCode>" + platform
                + "</ceb:ebpCode><ceb:ebpName>示例平台</ceb:ebpName><ceb:payerIdType>1</ceb:payerIdType><ceb:payerIdNumber>"
                + payerId + "</ceb:payerIdNumber><ceb:payerName>" + payerName + "</ceb:payerName><ceb:telephone>"
                + "13800000000</ceb:telephone><ceb:amountPaid>" + actualPaid().add(paidAdjustment).toPlainString()
                + "</ceb:amountPaid><ceb:currency>142</ceb:currency><ceb:payTime>20261127100100</ceb:payTime>"
                + "<ceb:note></ceb:note></ceb:PaymentHead></ceb:Payment>" + transfer(AGENT) + "</ceb:CEB411Message>";
    }

    public String waybillXml() {
        return open("CEB511Message") + "<ceb:Logistics><ceb:LogisticsHead><ceb:guid>" + guid() + "</ceb:guid>"
                + "<ceb:appType>1</ceb:appType><ceb:appTime>20261127100200</ceb:appTime><ceb:appStatus>2</ceb:appStatus>"
                + "<ceb:logisticsCode>" + LOGISTICS + "</ceb:logisticsCode><ceb:logisticsName>示例物流</ceb:logisticsName>"
                + "<ceb:logisticsNo>" + logisticsNo + "</ceb:logisticsNo><ceb:billNo>BILL1</ceb:billNo><ceb:orderNo>"
                + orderNo + "</ceb:orderNo><ceb:freight>" + freight + "</ceb:freight><ceb:insuredFee>0</ceb:insuredFee>"
                + "<ceb:currency>142</ceb:currency><ceb:weight>1.5</ceb:weight><ceb:packNo>1</ceb:packNo><ceb:goodsInfo>"
                + "包裹</ceb:goodsInfo><ceb:consignee>" + waybillConsignee + "</ceb:consignee><ceb:consigneeAddress>"
                + "北京市海淀区中关村1号</ceb:consigneeAddress><ceb:consigneeTelephone>13800000000</ceb:consigneeTelephone>"
                + "<ceb:note></ceb:note></ceb:LogisticsHead></ceb:Logistics>" + transfer(LOGISTICS)
                + "</ceb:CEB511Message>";
    }

    public String inventoryXml() {
        return open("CEB621Message") + inventoryElement() + transfer(AGENT) + "</ceb:CEB621Message>";
    }

    public String inventoryElement() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            items.append("<ceb:InventoryList><ceb:gnum>").append(i + 1).append("</ceb:gnum><ceb:itemNo>SKU")
                    .append(i + 1).append("</ceb:itemNo><ceb:itemName>").append(l.name()).append("</ceb:itemName>")
                    .append("<ceb:gcode>").append(l.gcode8()).append("00</ceb:gcode><ceb:gname>").append(l.name())
                    .append("</ceb:gname><ceb:gmodel>standard</ceb:gmodel><ceb:barCode></ceb:barCode><ceb:country>116")
                    .append("</ceb:country><ceb:currency>142</ceb:currency><ceb:qty>").append(l.qty())
                    .append("</ceb:qty><ceb:unit>").append(l.unit()).append("</ceb:unit><ceb:qty1>").append(l.qty1())
                    .append("</ceb:qty1><ceb:unit1>").append(l.unit1()).append("</ceb:unit1><ceb:price>")
                    .append(l.price()).append("</ceb:price><ceb:totalPrice>").append(l.total().toPlainString())
                    .append("</ceb:totalPrice><ceb:note></ceb:note></ceb:InventoryList>");
        }
        return "<ceb:Inventory><ceb:InventoryHead><ceb:guid>" + guid() + "</ceb:guid><ceb:appType>1</ceb:appType>"
                + "<ceb:appTime>20261127100300</ceb:appTime><ceb:appStatus>2</ceb:appStatus><ceb:orderNo>" + orderNo
                + "</ceb:orderNo><ceb:ebpCode>" + platform + "</ceb:ebpCode><ceb:ebpName>示例平台</ceb:ebpName>"
                + "<ceb:ebcCode>" + platform + "</ceb:ebcCode><ceb:ebcName>示例平台</ceb:ebcName><ceb:logisticsNo>"
                + logisticsNo + "</ceb:logisticsNo><ceb:logisticsCode>" + LOGISTICS + "</ceb:logisticsCode>"
                + "<ceb:logisticsName>示例物流</ceb:logisticsName><ceb:copNo>" + copNo + "</ceb:copNo><ceb:preNo>"
                + "</ceb:preNo><ceb:assureCode>" + AGENT + "</ceb:assureCode><ceb:emsNo></ceb:emsNo><ceb:invtNo>"
                + "</ceb:invtNo><ceb:ieFlag>I</ceb:ieFlag><ceb:declTime>20261127</ceb:declTime><ceb:customsCode>0101"
                + "</ceb:customsCode><ceb:portCode>0101</ceb:portCode><ceb:ieDate>20261127</ceb:ieDate><ceb:buyerIdType>1"
                + "</ceb:buyerIdType><ceb:buyerIdNumber>" + buyerId + "</ceb:buyerIdNumber><ceb:buyerName>" + buyerName
                + "</ceb:buyerName><ceb:buyerTelephone>13800000000</ceb:buyerTelephone><ceb:consigneeAddress>"
                + "北京市海淀区中关村1号</ceb:consigneeAddress><ceb:agentCode>" + AGENT + "</ceb:agentCode><ceb:agentName>"
                + "示例报关</ceb:agentName><ceb:areaCode></ceb:areaCode><ceb:areaName></ceb:areaName><ceb:tradeMode>9610"
                + "</ceb:tradeMode><ceb:trafMode>5</ceb:trafMode><ceb:trafNo>CA1001</ceb:trafNo><ceb:voyageNo>V1"
                + "</ceb:voyageNo><ceb:billNo>BILL1</ceb:billNo><ceb:loctNo></ceb:loctNo><ceb:licenseNo></ceb:licenseNo>"
                + "<ceb:country>116</ceb:country><ceb:freight>" + freight + "</ceb:freight><ceb:insuredFee>0"
                + "</ceb:insuredFee><ceb:currency>142</ceb:currency><ceb:packNo>1"
                + "</ceb:packNo><ceb:grossWeight>1.5</ceb:grossWeight><ceb:netWeight>1.2</ceb:netWeight><ceb:note>"
                + "</ceb:note></ceb:InventoryHead>" + items + "</ceb:Inventory>";
    }

    public String cancellationXml(String invtNo) {
        return open("CEB623Message") + "<ceb:InvtCancel><ceb:guid>" + guid() + "</ceb:guid><ceb:appType>1</ceb:appType>"
                + "<ceb:appTime>20261127110000</ceb:appTime><ceb:appStatus>2</ceb:appStatus><ceb:customsCode>0101"
                + "</ceb:customsCode><ceb:orderNo>" + orderNo + "</ceb:orderNo><ceb:ebpCode>" + platform + "</ceb:ebpCode>"
                + "<ceb:ebpName>示例平台</ceb:ebpName><ceb:ebcCode>" + platform + "</ceb:ebcCode><ceb:ebcName>示例平台"
                + "</ceb:ebcName><ceb:logisticsNo>" + logisticsNo + "</ceb:logisticsNo><ceb:logisticsCode>" + LOGISTICS
                + "</ceb:logisticsCode><ceb:logisticsName>示例物流</ceb:logisticsName><ceb:copNo>" + copNo
                + "</ceb:copNo><ceb:preNo></ceb:preNo><ceb:invtNo>" + invtNo + "</ceb:invtNo><ceb:buyerIdType>1"
                + "</ceb:buyerIdType><ceb:buyerIdNumber>" + buyerId + "</ceb:buyerIdNumber><ceb:buyerName>" + buyerName
                + "</ceb:buyerName><ceb:buyerTelephone>13800000000</ceb:buyerTelephone><ceb:agentCode>" + AGENT
                + "</ceb:agentCode><ceb:agentName>示例报关</ceb:agentName><ceb:reason>客户取消</ceb:reason>"
                + "<ceb:note></ceb:note></ceb:InvtCancel>" + transfer(AGENT) + "</ceb:CEB623Message>";
    }

    /** A return of every line of the list, whole. */
    public String returnXml(String invtNo) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            items.append("<ceb:InvtRefundList><ceb:gnum>").append(i + 1).append("</ceb:gnum><ceb:gcode>")
                    .append(l.gcode8()).append("00</ceb:gcode><ceb:gname>").append(l.name()).append("</ceb:gname>")
                    .append("<ceb:qty>").append(l.qty()).append("</ceb:qty><ceb:unit>").append(l.unit())
                    .append("</ceb:unit></ceb:InvtRefundList>");
        }
        return open("CEB625Message") + "<ceb:InvtRefund><ceb:InvtRefundHead><ceb:guid>" + guid() + "</ceb:guid>"
                + "<ceb:appType>1</ceb:appType><ceb:appTime>20261127120000</ceb:appTime><ceb:appStatus>2</ceb:appStatus>"
                + "<ceb:customsCode>0101</ceb:customsCode><ceb:orderNo>" + orderNo + "</ceb:orderNo><ceb:ebpCode>"
                + platform + "</ceb:ebpCode><ceb:ebpName>示例平台</ceb:ebpName><ceb:ebcCode>" + platform
                + "</ceb:ebcCode><ceb:ebcName>示例平台</ceb:ebcName><ceb:logisticsNo>" + logisticsNo
                + "</ceb:logisticsNo><ceb:logisticsCode>" + LOGISTICS + "</ceb:logisticsCode><ceb:logisticsName>示例物流"
                + "</ceb:logisticsName><ceb:copNo>" + copNo + "</ceb:copNo><ceb:invtNo>" + invtNo + "</ceb:invtNo>"
                + "<ceb:buyerIdType>1</ceb:buyerIdType><ceb:buyerIdNumber>" + buyerId + "</ceb:buyerIdNumber>"
                + "<ceb:buyerName>" + buyerName + "</ceb:buyerName><ceb:buyerTelephone>13800000000</ceb:buyerTelephone>"
                + "<ceb:agentCode>" + AGENT + "</ceb:agentCode><ceb:agentName>示例报关</ceb:agentName><ceb:reason>质量问题"
                + "</ceb:reason></ceb:InvtRefundHead>" + items + "</ceb:InvtRefund>" + transfer(AGENT)
                + "</ceb:CEB625Message>";
    }
}
