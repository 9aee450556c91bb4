package org.importwindow.ecommerce.message;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a message that has passed the schema into the records, with StAX. Because the schema has fixed the
 * structure, this reader only walks it: the documents under the root, a head and its lines, flat elements of text.
 * The factory is configured once (no DTD, no external entities) and shared; a stream reader is made per message.
 *
 * <p>Behind MSV ({@link CebSinglePass}) it also checks, on the way, what MSV takes and the reference does not (see
 * {@code docs/cbec-benchmark.md}, "Reading in one pass"), throwing so that the reference decides.
 */
final class CebReader {
    private static final XMLInputFactory STAX = staxFactory();

    private final XMLStreamReader r;
    private final CebFields fields = new CebFields();
    /** Whether the stream is validated by MSV, whose gaps this reader then checks. */
    private final boolean behindMsv;

    private CebReader(XMLStreamReader r, boolean behindMsv) {
        this.r = r;
        this.behindMsv = behindMsv;
    }

    /**
     * Read a message from a stream reader standing before its root or on the root's start tag, up to the root's end
     * tag. Used by {@link CebSinglePass}, whose reader validates (with MSV) as it goes.
     */
    static CebMessage read(XMLStreamReader r, CebMessageType type) throws XMLStreamException {
        return new CebReader(r, true).message(type);
    }

    static CebMessage read(byte[] xml, CebMessageType type) {
        XMLStreamReader r = null;
        try {
            r = STAX.createXMLStreamReader(new ByteArrayInputStream(xml));
            return new CebReader(r, false).message(type);
        } catch (XMLStreamException e) {
            // Cannot happen for a message the validator accepted; kept as a refusal rather than a crash.
            throw new CebMessageException(new CebMessageError(CebMessageError.NOT_WELL_FORMED,
                    CebMessageError.SPEC_FORMAT, null, e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    0, "The message could not be read: " + e.getMessage(), "报文无法读取：" + e.getMessage()));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held but the byte array
                }
            }
        }
    }

    private CebMessage message(CebMessageType type) throws XMLStreamException {
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
            r.nextTag();
        }
        String guid = r.getAttributeValue(null, "guid");
        String version = r.getAttributeValue(null, "version");
        List<Object> documents = new ArrayList<>();
        BaseTransfer baseTransfer = null;
        boolean signed = false;
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            if (CebMessageType.XMLDSIG_NAMESPACE.equals(r.getNamespaceURI())) {
                signed = true;
                skip();
            } else if (name.equals(type.documentElement())) {
                documents.add(document(type));
            } else if (name.equals("BaseTransfer")) {
                baseTransfer = flat(BaseTransfer::from);
            } else {
                skip(); // BaseSubscribe, ExtendMessage: not used here
            }
        }
        return CebDocuments.message(type, guid, version, documents, baseTransfer, signed);
    }

    /** One document under the root, the reader on its start tag; see {@link CebDocuments} for the shapes. */
    private Object document(CebMessageType type) throws XMLStreamException {
        CebDocuments.Layout layout = CebDocuments.layout(type);
        return switch (layout.shape()) {
            case FLAT -> flat(layout.head());
            case WRAPPED_HEAD -> single(layout.head());
            case HEAD_AND_ITEMS -> {
                // the schema has put the head first and only lines after it
                Object head = null;
                List<Object> items = new ArrayList<>();
                boolean first = true;
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (first) {
                        head = flat(layout.head());
                        first = false;
                    } else {
                        items.add(flat(layout.item()));
                    }
                }
                yield layout.document().apply(head, items);
            }
        };
    }

    /** A wrapper element holding exactly one flat element ({@code Payment/PaymentHead}). */
    private <T> T single(Function<CebFields, T> make) throws XMLStreamException {
        r.nextTag();
        T value = flat(make);
        r.nextTag();
        return value;
    }

    /** An element whose children are all text: read them by name, then build the record. */
    private <T> T flat(Function<CebFields, T> make) throws XMLStreamException {
        fields.clear();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = r.getLocalName();
            String text = elementText();
            if (behindMsv) {
                recheck(name, text);
            }
            fields.put(name, text);
        }
        return make.apply(fields);
    }

    /**
     * What MSV behind Woodstox takes and the reference does not, found by changing the official samples' text: a fixed
     * value with white space around it ({@code " 142"} for the fixed {@code 142}), and values of line ends written
     * CR LF longer than their maxLength. So a value that is not exactly its fixed value (or empty, which stands for
     * it), and a value with white space other than single inner spaces whose length is not within the facets of its
     * name, are thrown at.
     */
    private void recheck(String name, String text) throws XMLStreamException {
        CebFastSchema schema = CebFastSchema.get();
        String fixed = schema.fixedValue(name);
        if (fixed != null && !text.isEmpty() && !text.equals(fixed)) {
            throw new XMLStreamException("not the fixed value: " + name, r.getLocation());
        }
        if (hasWhiteSpaceToCount(text) && !schema.lengthWithin(name, text.length())) {
            throw new XMLStreamException("length beyond the facets: " + name, r.getLocation());
        }
    }

    private static boolean hasWhiteSpaceToCount(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c == ' ' && i + 1 < n && text.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of a text-only element, the reader left on its end tag. Not {@code getElementText()}: Woodstox's
     * shortcut for an empty element written {@code <x/>} skips its validator's end of the element, which then
     * refuses the next sibling (found by SinglePassAgreesWithTheReferenceTest).
     */
    private String elementText() throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    String text = r.getText();
                    if (first == null) {
                        first = text;
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        more.append(text);
                    }
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    // not part of the value
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return more != null ? more.toString() : first != null ? first : "";
                }
                default -> throw new XMLStreamException("an element of text holds an element",
                        r.getLocation());
            }
        }
    }

    /**
     * The elements of the XML signature schema whose content is {@code base64Binary} (themselves or by
     * {@code ds:CryptoBinary}, {@code ds:DigestValueType}, {@code ds:SignatureValueType}).
     */
    private static final java.util.Set<String> BASE64_ELEMENTS = java.util.Set.of("DigestValue", "SignatureValue",
            "X509SKI", "X509Certificate", "X509CRL", "PGPKeyID", "PGPKeyPacket", "SPKISexp", "Modulus", "Exponent", "P",
            "Q", "G", "Y", "J", "Seed", "PgenCounter");

    /**
     * Past the element just started, to its end. The signature's base64Binary values are checked on the way: MSV,
     * which validates the single pass, takes any characters there (e.g. {@code 2026-13-45}) where the schema and the
     * JDK's validator do not, so such a message goes to the reference, which refuses it.
     */
    private void skip() throws XMLStreamException {
        int depth = 1;
        StringBuilder base64 = null;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                base64 = CebMessageType.XMLDSIG_NAMESPACE.equals(r.getNamespaceURI())
                        && BASE64_ELEMENTS.contains(r.getLocalName()) ? new StringBuilder() : null;
                if (behindMsv) {
                    uris();
                }
            } else if (behindMsv && event == XMLStreamConstants.CDATA) {
                // MSV takes text in one in the signature's element-only content (<![CDATA[1]]>); none is needed here
                throw new XMLStreamException("a CDATA section in " + r.getLocalName(), r.getLocation());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (base64 != null && !Base64Lexical.valid(base64)) {
                    throw new XMLStreamException("not base64Binary: ds:" + r.getLocalName(), r.getLocation());
                }
                base64 = null;
                depth--;
            } else if (base64 != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                base64.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
        }
    }

    /** The attributes of the XML signature schema whose type is {@code anyURI}. */
    private static final java.util.Set<String> URI_ATTRIBUTES = java.util.Set.of("Algorithm", "URI", "Type",
            "Encoding", "Target");

    /**
     * The anyURI attributes of the element just started, when they are of a form the reference certainly takes: MSV
     * takes values it refuses (such as {@code http://}).
     */
    private void uris() throws XMLStreamException {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (URI_ATTRIBUTES.contains(r.getAttributeLocalName(i))
                    && !AnyUriLexical.certainlyValid(r.getAttributeValue(i))) {
                throw new XMLStreamException("not certainly an anyURI: " + r.getAttributeLocalName(i),
                        r.getLocation());
            }
        }
    }

    private static XMLInputFactory staxFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }
}
