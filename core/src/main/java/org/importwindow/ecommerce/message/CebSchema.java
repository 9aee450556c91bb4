package org.importwindow.ecommerce.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official schema, compiled once. A compiled {@link Schema} is immutable and thread-safe; validators are made
 * from it per use. Besides the grammar we keep its layout (child order and repeated children per element name),
 * used to put a JSON tree's fields in schema order and to name repeated elements by index in error paths.
 */
final class CebSchema {
    static final String RESOURCE_DIR = "/ceb/";
    static final String IMPORT_XSD = "ceb-import-202205.xsd";
    static final String XMLDSIG_XSD = "xmldsig-core-schema.xsd";

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final Schema schema;
    private final Map<String, List<String>> childOrder;
    private final Map<String, Map<String, Integer>> childIndex;
    private final Set<String> repeated;

    private CebSchema(Schema schema, Map<String, List<String>> childOrder, Set<String> repeated) {
        this.schema = schema;
        this.childOrder = childOrder;
        this.repeated = repeated;
        Map<String, Map<String, Integer>> index = new HashMap<>();
        childOrder.forEach((parent, children) -> {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < children.size(); i++) {
                positions.putIfAbsent(children.get(i), i);
            }
            index.put(parent, Map.copyOf(positions));
        });
        this.childIndex = Map.copyOf(index);
    }

    private static final class Holder {
        static final CebSchema INSTANCE = load();
    }

    static CebSchema get() {
        return Holder.INSTANCE;
    }

    Schema schema() {
        return schema;
    }

    /** The schema order of the children of elements named {@code elementName}; empty when unknown. */
    List<String> childOrder(String elementName) {
        return childOrder.getOrDefault(elementName, List.of());
    }

    /** Position of each child name in {@link #childOrder}; empty when unknown. */
    Map<String, Integer> childIndex(String elementName) {
        return childIndex.getOrDefault(elementName, Map.of());
    }

    /** Whether an element of this name may occur more than once under its parent somewhere in the schema. */
    boolean isRepeated(String elementName) {
        return repeated.contains(elementName);
    }

    private static CebSchema load() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // The schema's only import (xmldsig) is served from the classpath by the resolver below; nothing is
            // ever fetched from outside.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new ClasspathResolver());
            URL main = resource(IMPORT_XSD);
            Schema schema;
            try (InputStream in = main.openStream()) {
                schema = factory.newSchema(new StreamSource(in, main.toExternalForm()));
            }
            Map<String, List<String>> order = new HashMap<>();
            Set<String> repeated = new HashSet<>();
            for (String xsd : List.of(IMPORT_XSD, XMLDSIG_XSD)) {
                layout(parse(xsd), order, repeated);
            }
            return new CebSchema(schema, Map.copyOf(order), Set.copyOf(repeated));
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled CEB schema does not compile", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URL resource(String name) {
        URL url = CebSchema.class.getResource(RESOURCE_DIR + name);
        if (url == null) {
            throw new IllegalStateException("missing bundled resource " + RESOURCE_DIR + name);
        }
        return url;
    }

    /** A bundled schema file as a DOM (no DTD, no entities); also read by {@link CebFastSchema}. */
    static Document parse(String xsd) throws IOException, SAXException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            try (InputStream in = resource(xsd).openStream()) {
                return f.newDocumentBuilder().parse(in);
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Record, for every named element declaration, the names of its child particles in order. */
    private static void layout(Document xsd, Map<String, List<String>> order, Set<String> repeated) {
        Map<String, Element> complexTypes = new HashMap<>();
        for (Element c : children(xsd.getDocumentElement(), "complexType")) {
            complexTypes.put(c.getAttribute("name"), c);
        }
        List<Element> declarations = new ArrayList<>();
        collectElements(xsd.getDocumentElement(), declarations);
        for (Element decl : declarations) {
            String name = decl.getAttribute("name");
            if (name.isEmpty()) {
                continue;
            }
            Element model = firstChild(decl, "complexType");
            if (model == null && !decl.getAttribute("type").isEmpty()) {
                model = complexTypes.get(localPart(decl.getAttribute("type")));
            }
            if (model == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            particles(model, names, repeated);
            List<String> known = order.computeIfAbsent(name, k -> new ArrayList<>());
            for (String n : names) {
                if (!known.contains(n)) {
                    known.add(n);
                }
            }
        }
        order.replaceAll((k, v) -> List.copyOf(v));
    }

    private static void collectElements(Element from, List<Element> into) {
        for (Node n = from.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI())) {
                if ("element".equals(e.getLocalName())) {
                    into.add(e);
                }
                collectElements(e, into);
            }
        }
    }

    /** Child element particles of a content model, in document order, not descending into nested declarations. */
    private static void particles(Element model, List<String> names, Set<String> repeated) {
        for (Node n = model.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !XS.equals(e.getNamespaceURI())) {
                continue;
            }
            if ("element".equals(e.getLocalName())) {
                String name = e.getAttribute("name").isEmpty() ? localPart(e.getAttribute("ref")) : e.getAttribute("name");
                names.add(name);
                String max = e.getAttribute("maxOccurs");
                if (!max.isEmpty() && !"1".equals(max)) {
                    repeated.add(name);
                }
            } else if (!"annotation".equals(e.getLocalName()) && !"attribute".equals(e.getLocalName())) {
                particles(e, names, repeated);
            }
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element firstChild(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String localPart(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    /** Serves the schema's imports from the bundled copies; anything else is refused. */
    private static final class ClasspathResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId,
                String baseURI) {
            String file = systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
            if (!XMLDSIG_XSD.equals(file)) {
                throw new IllegalStateException("the CEB schema refers to an unexpected resource: " + systemId);
            }
            URL url = resource(XMLDSIG_XSD);
            try {
                return new BundledInput(url.openStream(), url.toExternalForm(), publicId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
