package org.importwindow.ecommerce.message;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The specification's receipts as XML: CEB312 (orders), CEB412 (payments), CEB512 (waybills), CEB622 (inventory
 * lists), CEB624 (cancellations), CEB626 (returns); 1 to 100 entries of one type per message, as the schema allows.
 * The output is valid against the official schema (tested); it is not validated here, for speed.
 */
public final class Receipts {
    /** The schema's maximum number of entries in one receipt message. */
    public static final int MAX_PER_MESSAGE = 100;
    /** The schema's maximum length of {@code returnInfo}. */
    public static final int MAX_RETURN_INFO = 1000;

    private static final XMLInputFactory STAX = stax();

    private Receipts() {
    }

    /**
     * One receipt message holding {@code sameType} (all of one type, 1 to 100), under the receipt message's own
     * 36-character {@code messageGuid}. A {@code returnInfo} longer than the schema's 1000 characters is cut, ending
     * with "…".
     */
    public static String toXml(List<Receipt> sameType, String messageGuid) {
        if (sameType.isEmpty() || sameType.size() > MAX_PER_MESSAGE) {
            throw new IllegalArgumentException("a receipt message holds 1 to " + MAX_PER_MESSAGE + " receipts, not "
                    + sameType.size());
        }
        if (messageGuid == null || messageGuid.length() != 36) {
            throw new IllegalArgumentException("the message guid must have 36 characters: " + messageGuid);
        }
        CebMessageType type = sameType.get(0).type();
        XmlOut out = new XmlOut().root(type, messageGuid);
        for (Receipt r : sameType) {
            if (r.type() != type) {
                throw new IllegalArgumentException("one receipt message holds one type: " + type + " and " + r.type());
            }
            write(r, out);
        }
        return out.end(type);
    }

    private static void write(Receipt r, XmlOut out) {
        String element = r.type().documentElement();
        out.open(element).el("guid", r.guid());
        switch (r.type()) {
            case CEB312 -> out.el("ebpCode", r.ebpCode()).el("ebcCode", r.ebcCode()).el("orderNo", r.orderNo());
            case CEB412 -> out.el("payCode", r.payCode()).el("payTransactionId", r.payTransactionId());
            case CEB512 -> out.el("logisticsCode", r.logisticsCode()).el("logisticsNo", r.logisticsNo());
            case CEB622 -> out.el("customsCode", r.customsCode()).el("ebpCode", r.ebpCode())
                    .el("ebcCode", r.ebcCode()).el("agentCode", r.agentCode())
                    .el("copNo", r.copNo()).el("preNo", r.preNo()).el("invtNo", r.invtNo());
            // the cancellation and return receipts name the agent before the platform (schema order)
            case CEB624, CEB626 -> out.el("customsCode", r.customsCode()).el("agentCode", r.agentCode())
                    .el("ebpCode", r.ebpCode()).el("ebcCode", r.ebcCode())
                    .el("copNo", r.copNo()).el("preNo", r.preNo()).el("invtNo", r.invtNo());
            default -> throw new IllegalStateException("not a receipt: " + r.type());
        }
        out.el("returnStatus", r.returnStatus()).el("returnTime", r.returnTime())
                .el("returnInfo", cut(r.returnInfo())).close(element);
    }

    static String cut(String info) {
        if (info.length() <= MAX_RETURN_INFO) {
            return info;
        }
        int end = MAX_RETURN_INFO - 1;
        if (Character.isLowSurrogate(info.charAt(end))) {
            end--;
        }
        return info.substring(0, end) + "…";
    }

    /**
     * Read a receipt message (any of the six types), after validating it against the schema; e.g. to check what
     * was sent, or receipts from another system.
     */
    public static List<Receipt> fromXml(byte[] xml) {
        CebValidator.Outcome outcome = CebValidator.validate(xml, false);
        if (!outcome.valid()) {
            throw new CebMessageException(outcome.errors());
        }
        CebMessageType type = outcome.type().orElseThrow();
        if (!type.isReceipt()) {
            throw new CebMessageException(new CebMessageError(CebMessageError.UNSUPPORTED_TYPE,
                    CebMessageError.SPEC_FORMAT, "/" + type.rootElement(), 0, 0,
                    type.rootElement() + " is not a receipt (CEB312, 412, 512, 622, 624, 626)",
                    type.rootElement() + " 不是回执报文（CEB312、412、512、622、624、626）"));
        }
        List<Receipt> receipts = new ArrayList<>();
        CebFields fields = new CebFields();
        try {
            XMLStreamReader r = STAX.createXMLStreamReader(new ByteArrayInputStream(xml));
            r.nextTag();
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                fields.clear();
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    fields.put(name, r.getElementText());
                }
                receipts.add(Receipt.from(type, fields));
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a validated receipt could not be read", e);
        }
        return List.copyOf(receipts);
    }

    private static XMLInputFactory stax() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
