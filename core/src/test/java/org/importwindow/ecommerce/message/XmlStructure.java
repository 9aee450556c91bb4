package org.importwindow.ecommerce.message;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/** The structure of an XML document for comparison: elements (namespace and name), attributes (sorted) and trimmed texts. */
final class XmlStructure {
    private XmlStructure() {
    }

    static List<String> of(byte[] xml) {
        try {
            XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
            List<String> out = new ArrayList<>();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    out.add("<{" + r.getNamespaceURI() + "}" + r.getLocalName());
                    List<String> attributes = new ArrayList<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attributes.add("@" + r.getAttributeLocalName(i) + "=" + r.getAttributeValue(i));
                    }
                    attributes.sort(null); // attribute order has no meaning in XML
                    out.addAll(attributes);
                } else if (e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                    out.add("'" + r.getText().strip());
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    out.add(">");
                }
            }
            return out;
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
