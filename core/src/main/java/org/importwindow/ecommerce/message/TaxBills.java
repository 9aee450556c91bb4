package org.importwindow.ecommerce.message;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Electronic tax bills as the specification's CEB816 message ({@code CEB816Message/Tax/TaxHeadRd + TaxListRd}).
 * Note: the specification's table 3-59 also lists orderNo and logisticNo in the head, but the official schema does
 * not have them, so they are not written (the schema wins: the output must validate).
 */
public final class TaxBills {
    private static final XMLInputFactory STAX = stax();

    private TaxBills() {
    }

    /** One CEB816 message holding {@code bills} (at least one) under the message's own 36-character guid. */
    public static String toXml(List<TaxBill> bills, String messageGuid) {
        if (bills.isEmpty()) {
            throw new IllegalArgumentException("a tax bill message holds at least one bill");
        }
        if (messageGuid == null || messageGuid.length() != 36) {
            throw new IllegalArgumentException("the message guid must have 36 characters: " + messageGuid);
        }
        XmlOut out = new XmlOut().root(CebMessageType.CEB816, messageGuid);
        for (TaxBill bill : bills) {
            TaxHeadRd h = bill.head();
            require(h.guid(), "guid", 36);
            require(h.returnTime(), "returnTime", 17);
            require(h.invtNo(), "invtNo", 0);
            require(h.taxNo(), "taxNo", 0);
            require(h.status(), "status", 1);
            if (h.customsTax() == null || h.valueAddedTax() == null || h.consumptionTax() == null) {
                throw new IllegalArgumentException("a tax bill head needs customsTax, valueAddedTax and consumptionTax");
            }
            out.open("Tax").open("TaxHeadRd")
                    .el("guid", h.guid()).el("returnTime", h.returnTime()).el("invtNo", h.invtNo())
                    .el("taxNo", h.taxNo()).el("customsTax", h.customsTax()).el("valueAddedTax", h.valueAddedTax())
                    .el("consumptionTax", h.consumptionTax()).el("status", h.status())
                    .el("entDutyNo", h.entDutyNo()).el("note", h.note()).el("assureCode", h.assureCode())
                    .el("ebcCode", h.ebcCode()).el("logisticsCode", h.logisticsCode())
                    .el("agentCode", h.agentCode()).el("customsCode", h.customsCode())
                    .close("TaxHeadRd");
            for (TaxListRd l : bill.items()) {
                require(l.gcode(), "gcode", 10);
                out.open("TaxListRd").el("gnum", l.gnum()).el("gcode", l.gcode()).el("taxPrice", l.taxPrice())
                        .el("customsTax", l.customsTax()).el("valueAddedTax", l.valueAddedTax())
                        .el("consumptionTax", l.consumptionTax()).close("TaxListRd");
            }
            out.close("Tax");
        }
        return out.end(CebMessageType.CEB816);
    }

    /** Read a CEB816 message after validating it against the schema. */
    public static List<TaxBill> fromXml(byte[] xml) {
        CebValidator.Outcome outcome = CebValidator.validate(xml, false);
        if (!outcome.valid()) {
            throw new CebMessageException(outcome.errors());
        }
        if (outcome.type().orElseThrow() != CebMessageType.CEB816) {
            throw new CebMessageException(new CebMessageError(CebMessageError.UNSUPPORTED_TYPE,
                    CebMessageError.SPEC_FORMAT, "/" + outcome.type().get().rootElement(), 0, 0,
                    "not a CEB816 tax bill message", "不是电子税单报文（CEB816）"));
        }
        List<TaxBill> bills = new ArrayList<>();
        CebFields fields = new CebFields();
        try {
            XMLStreamReader r = STAX.createXMLStreamReader(new ByteArrayInputStream(xml));
            r.nextTag();
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) { // Tax
                TaxHeadRd head = null;
                List<TaxListRd> items = new ArrayList<>();
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    boolean isHead = r.getLocalName().equals("TaxHeadRd");
                    fields.clear();
                    while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        fields.put(name, r.getElementText());
                    }
                    if (isHead) {
                        head = TaxHeadRd.from(fields);
                    } else {
                        items.add(TaxListRd.from(fields));
                    }
                }
                bills.add(new TaxBill(head, items));
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a validated tax bill message could not be read", e);
        }
        return List.copyOf(bills);
    }

    private static void require(String value, String name, int length) {
        if (value == null || value.isEmpty() || length > 0 && value.length() != length) {
            throw new IllegalArgumentException("a tax bill needs " + name
                    + (length > 0 ? " of " + length + " characters" : "") + ": " + value);
        }
    }

    private static XMLInputFactory stax() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
