package org.importwindow.ecommerce.clearance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.ecommerce.message.Ceb311Message;
import org.importwindow.ecommerce.message.Ceb411Message;
import org.importwindow.ecommerce.message.Ceb511Message;
import org.importwindow.ecommerce.message.Ceb621Message;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;

/**
 * One consumer's purchase as the four CEB messages (order, payment, waybill, inventory list), consistent with one
 * another, read back through {@link CebMessages#read} (schema-validated) so that clearance sees what it sees from a
 * platform. A small version of the server tests' purchase fixture. Lines: 8-digit tariff line, name, declared
 * quantity and customs unit code, unit price, legal quantity and its unit code; origin Japan (116).
 */
final class PurchaseDocuments {
    static final String PLATFORM = "1101110325";
    static final String LOGISTICS = "1101180326";
    static final String AGENT = "1105910159";
    private static final String SIGNATURE = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">"
            + "<ds:SignedInfo><ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            + "<ds:SignatureMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3\"/>"
            + "<ds:Reference URI=\"\"><ds:DigestMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm3\"/>"
            + "<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>AAAA"
            + "</ds:SignatureValue></ds:Signature>";

    record Line(String gcode8, String name, String qty, String unit, String price, String qty1, String unit1) {
        BigDecimal total() {
            return new BigDecimal(price).multiply(new BigDecimal(qty));
        }
    }

    final String orderNo = "ORD" + id(16);
    final String logisticsNo = "LN" + id(14);
    final String copNo = "COP" + id(14);
    final String buyerId;
    final String freight;
    final List<Line> lines = new ArrayList<>();

    PurchaseDocuments(int buyerSerial, String freight) {
        String first17 = "110105199001" + String.format("%02d", 1 + buyerSerial % 28)
                + String.format("%03d", buyerSerial % 1000);
        this.buyerId = first17 + ResidentIdNumber.checkCharacter(first17);
        this.freight = freight;
    }

    PurchaseDocuments line(String gcode8, String name, String qty, String unit, String price, String qty1,
                           String unit1) {
        lines.add(new Line(gcode8, name, qty, unit, price, qty1, unit1));
        return this;
    }

    String transactionId() {
        return "CEB621:" + AGENT + ":" + copNo;
    }

    Inventory list() {
        return ((Ceb621Message) read(inventoryXml())).inventories().get(0);
    }

    /** The list with {@code from} replaced by {@code to} in its message: a list at fault. */
    Inventory listWith(String from, String to) {
        return ((Ceb621Message) read(inventoryXml().replace(from, to))).inventories().get(0);
    }

    Order order() {
        return ((Ceb311Message) read(orderXml())).orders().get(0);
    }

    PaymentHead payment() {
        return ((Ceb411Message) read(paymentXml())).payments().get(0);
    }

    LogisticsHead waybill() {
        return ((Ceb511Message) read(waybillXml())).logistics().get(0);
    }

    private static org.importwindow.ecommerce.message.CebMessage read(String xml) {
        return CebMessages.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private BigDecimal goodsValue() {
        return lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal actualPaid() {
        return goodsValue().add(new BigDecimal(freight));
    }

    private static String id(int length) {
        return UUID.randomUUID().toString().replace("-", "").substring(0, length).toUpperCase();
    }

    private static String transfer(String copCode) {
        return "<ceb:BaseTransfer><ceb:copCode>" + copCode + "</ceb:copCode><ceb:copName>demo</ceb:copName>"
                + "<ceb:dxpMode>DXP</ceb:dxpMode><ceb:dxpId>DXPENT0000000001</ceb:dxpId><ceb:note></ceb:note>"
                + "</ceb:BaseTransfer>" + SIGNATURE;
    }

    private static String open(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ceb:" + root + " guid=\"" + UUID.randomUUID()
                .toString().toUpperCase() + "\" version=\"1.0\" xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\">";
    }

    private static String guid() {
        return UUID.randomUUID().toString().toUpperCase();
    }

    private String orderXml() {
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
                + "</ceb:orderType><ceb:orderNo>" + orderNo + "</ceb:orderNo><ceb:ebpCode>" + PLATFORM + "</ceb:ebpCode>"
                + "<ceb:ebpName>示例平台</ceb:ebpName><ceb:ebcCode>" + PLATFORM + "</ceb:ebcCode><ceb:ebcName>示例平台"
                + "</ceb:ebcName><ceb:goodsValue>" + goodsValue().toPlainString() + "</ceb:goodsValue><ceb:freight>"
                + freight + "</ceb:freight><ceb:discount>0</ceb:discount><ceb:taxTotal>0</ceb:taxTotal><ceb:acturalPaid>"
                + actualPaid().toPlainString() + "</ceb:acturalPaid><ceb:currency>142</ceb:currency><ceb:buyerRegNo>"
                + "U1</ceb:buyerRegNo><ceb:buyerName>张三</ceb:buyerName><ceb:buyerTelephone>13800000000"
                + "</ceb:buyerTelephone><ceb:buyerIdType>1</ceb:buyerIdType><ceb:buyerIdNumber>" + buyerId
                + "</ceb:buyerIdNumber><ceb:consignee>张三</ceb:consignee><ceb:consigneeTelephone>"
                + "13800000000</ceb:consigneeTelephone><ceb:consigneeAddress>北京市海淀区中关村1号</ceb:consigneeAddress>"
                + "</ceb:OrderHead>" + items + "</ceb:Order>" + transfer(PLATFORM) + "</ceb:CEB311Message>";
    }

    private String paymentXml() {
        return open("CEB411Message") + "<ceb:Payment><ceb:PaymentHead><ceb:guid>" + guid() + "</ceb:guid><ceb:appType>1"
                + "</ceb:appType><ceb:appTime>20261127100100</ceb:appTime><ceb:appStatus>2</ceb:appStatus><ceb:payCode>"
                + AGENT + "</ceb:payCode><ceb:payName>示例支付</ceb:payName><ceb:payTransactionId>PAY" + orderNo
                + "</ceb:payTransactionId><ceb:orderNo>" + orderNo + "</ceb:orderNo><ceb:ebpCode>" + PLATFORM
                + "</ceb:ebpCode><ceb:ebpName>示例平台</ceb:ebpName><ceb:payerIdType>1</ceb:payerIdType><ceb:payerIdNumber>"
                + buyerId + "</ceb:payerIdNumber><ceb:payerName>张三</ceb:payerName><ceb:telephone>"
                + "13800000000</ceb:telephone><ceb:amountPaid>" + actualPaid().toPlainString()
                + "</ceb:amountPaid><ceb:currency>142</ceb:currency><ceb:payTime>20261127100100</ceb:payTime>"
                + "<ceb:note></ceb:note></ceb:PaymentHead></ceb:Payment>" + transfer(AGENT) + "</ceb:CEB411Message>";
    }

    private String waybillXml() {
        return open("CEB511Message") + "<ceb:Logistics><ceb:LogisticsHead><ceb:guid>" + guid() + "</ceb:guid>"
                + "<ceb:appType>1</ceb:appType><ceb:appTime>20261127100200</ceb:appTime><ceb:appStatus>2</ceb:appStatus>"
                + "<ceb:logisticsCode>" + LOGISTICS + "</ceb:logisticsCode><ceb:logisticsName>示例物流</ceb:logisticsName>"
                + "<ceb:logisticsNo>" + logisticsNo + "</ceb:logisticsNo><ceb:billNo>BILL1</ceb:billNo><ceb:orderNo>"
                + orderNo + "</ceb:orderNo><ceb:freight>" + freight + "</ceb:freight><ceb:insuredFee>0</ceb:insuredFee>"
                + "<ceb:currency>142</ceb:currency><ceb:weight>1.5</ceb:weight><ceb:packNo>1</ceb:packNo><ceb:goodsInfo>"
                + "包裹</ceb:goodsInfo><ceb:consignee>张三</ceb:consignee><ceb:consigneeAddress>"
                + "北京市海淀区中关村1号</ceb:consigneeAddress><ceb:consigneeTelephone>13800000000</ceb:consigneeTelephone>"
                + "<ceb:note></ceb:note></ceb:LogisticsHead></ceb:Logistics>" + transfer(LOGISTICS)
                + "</ceb:CEB511Message>";
    }

    private String inventoryXml() {
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
        return open("CEB621Message") + "<ceb:Inventory><ceb:InventoryHead><ceb:guid>" + guid() + "</ceb:guid>"
                + "<ceb:appType>1</ceb:appType><ceb:appTime>20261127100300</ceb:appTime><ceb:appStatus>2</ceb:appStatus>"
                + "<ceb:orderNo>" + orderNo + "</ceb:orderNo><ceb:ebpCode>" + PLATFORM + "</ceb:ebpCode><ceb:ebpName>"
                + "示例平台</ceb:ebpName><ceb:ebcCode>" + PLATFORM + "</ceb:ebcCode><ceb:ebcName>示例平台</ceb:ebcName>"
                + "<ceb:logisticsNo>" + logisticsNo + "</ceb:logisticsNo><ceb:logisticsCode>" + LOGISTICS
                + "</ceb:logisticsCode><ceb:logisticsName>示例物流</ceb:logisticsName><ceb:copNo>" + copNo
                + "</ceb:copNo><ceb:preNo></ceb:preNo><ceb:assureCode>" + AGENT + "</ceb:assureCode><ceb:emsNo>"
                + "</ceb:emsNo><ceb:invtNo></ceb:invtNo><ceb:ieFlag>I</ceb:ieFlag><ceb:declTime>20261127</ceb:declTime>"
                + "<ceb:customsCode>0101</ceb:customsCode><ceb:portCode>0101</ceb:portCode><ceb:ieDate>20261127"
                + "</ceb:ieDate><ceb:buyerIdType>1</ceb:buyerIdType><ceb:buyerIdNumber>" + buyerId
                + "</ceb:buyerIdNumber><ceb:buyerName>张三</ceb:buyerName><ceb:buyerTelephone>13800000000"
                + "</ceb:buyerTelephone><ceb:consigneeAddress>北京市海淀区中关村1号</ceb:consigneeAddress><ceb:agentCode>"
                + AGENT + "</ceb:agentCode><ceb:agentName>示例报关</ceb:agentName><ceb:areaCode></ceb:areaCode>"
                + "<ceb:areaName></ceb:areaName><ceb:tradeMode>9610</ceb:tradeMode><ceb:trafMode>5</ceb:trafMode>"
                + "<ceb:trafNo>CA1001</ceb:trafNo><ceb:voyageNo>V1</ceb:voyageNo><ceb:billNo>BILL1</ceb:billNo>"
                + "<ceb:loctNo></ceb:loctNo><ceb:licenseNo></ceb:licenseNo><ceb:country>116</ceb:country><ceb:freight>"
                + freight + "</ceb:freight><ceb:insuredFee>0</ceb:insuredFee><ceb:currency>142</ceb:currency>"
                + "<ceb:packNo>1</ceb:packNo><ceb:grossWeight>1.5</ceb:grossWeight><ceb:netWeight>1.2</ceb:netWeight>"
                + "<ceb:note></ceb:note></ceb:InventoryHead>" + items + "</ceb:Inventory>" + transfer(AGENT)
                + "</ceb:CEB621Message>";
    }
}
