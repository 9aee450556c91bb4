package org.importwindow.traceability.epcis;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an EPCIS 2.0 XML capture document ({@code urn:epcglobal:epcis:xsd:2}) into the JSON-LD tree of the same
 * document and hands it to {@link EpcisReader}, so XML and JSON-LD are validated by one set of rules and an event
 * captured as XML is given back as JSON-LD. StAX, secure as the CEB reader: no DTD, no external entities; bounded in
 * depth and element count (the server bounds the size in bytes).
 */
public final class EpcisXmlReader {
    public static final String NAMESPACE = "urn:epcglobal:epcis:xsd:2";
    static final int MAX_DEPTH = 40;
    static final int MAX_ELEMENTS = 2_000_000;

    private static final XMLInputFactory STAX = staxFactory();
    private static final Set<String> EPC_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
    private static final Set<String> QUANTITY_LISTS = Set.of("quantityList", "childQuantityList",
            "inputQuantityList", "outputQuantityList");

    private final XMLStreamReader r;
    private int depth;
    private int elements;
    private final Map<String, String> usedNamespaces = new LinkedHashMap<>();

    private final boolean queryDocument;

    private EpcisXmlReader(XMLStreamReader r, boolean queryDocument) {
        this.r = r;
        this.queryDocument = queryDocument;
    }

    /** The capture document read and checked; an unreadable document is one EPCIS-001 (or EPCIS-018) error. */
    public static Capture read(InputStream in) {
        return read(in, false);
    }

    /** The events of an EPCIS 2.0 XML query document ({@code epcisq:EPCISQueryDocument}), read and checked. */
    public static Capture readQueryDocument(InputStream in) {
        return read(in, true);
    }

    private static Capture read(InputStream in, boolean queryDocument) {
        try {
            XMLStreamReader r = STAX.createXMLStreamReader(in);
            try {
                Map<String, Object> tree = new EpcisXmlReader(r, queryDocument).document();
                return EpcisReader.readDocument(tree, false);
            } finally {
                r.close();
            }
        } catch (TooLarge e) {
            return Capture.failed(EpcisRules.TOO_LARGE, "", e.getMessage());
        } catch (XMLStreamException | RuntimeException e) {
            return Capture.failed(EpcisRules.UNREADABLE, "", "the XML document cannot be read: " + e.getMessage());
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    private Map<String, Object> document() throws XMLStreamException {
        r.nextTag();
        String root = queryDocument ? "EPCISQueryDocument" : "EPCISDocument";
        String rootNamespace = queryDocument ? EpcisXmlWriter.QUERY_NAMESPACE : NAMESPACE;
        if (!root.equals(r.getLocalName()) || !rootNamespace.equals(r.getNamespaceURI())) {
            throw new XMLStreamException("the root must be " + root + " in " + rootNamespace + ", not {"
                    + r.getNamespaceURI() + "}" + r.getLocalName());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "EPCISDocument");
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if (ns == null || ns.isEmpty()) {
                doc.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
        List<Object> events = new ArrayList<>();
        depth = 1;
        while (nextChild()) {
            if ("EPCISBody".equals(r.getLocalName())) {
                body(events);
            } else {
                skip();
            }
        }
        doc.put("epcisBody", Map.of("eventList", events));
        return doc;
    }

    private void body(List<Object> events) throws XMLStreamException {
        while (nextChild()) {
            String name = r.getLocalName();
            if ("EventList".equals(name)) {
                eventList(events);
            } else if (queryDocument && ("QueryResults".equals(name) || "resultsBody".equals(name))) {
                body(events);
            } else {
                skip();
            }
        }
    }

    private void eventList(List<Object> events) throws XMLStreamException {
        while (nextChild()) {
            if ("extension".equals(r.getLocalName())) {
                eventList(events);
            } else {
                usedNamespaces.clear();
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("type", r.getLocalName());
                eventFields(e);
                if (!usedNamespaces.isEmpty()) {
                    e.put("@context", List.of(new LinkedHashMap<>(usedNamespaces)));
                }
                events.add(e);
            }
        }
    }

    /** The children of the current element as event fields, flattening 1.x-style extension wrappers. */
    private void eventFields(Map<String, Object> e) throws XMLStreamException {
        while (nextChild()) {
            String name = r.getLocalName();
            String ns = r.getNamespaceURI();
            if (ns != null && !ns.isEmpty()) {
                String key = prefixed();
                put(e, key, generic());
            } else if ("extension".equals(name) || "baseExtension".equals(name)) {
                eventFields(e);
            } else if (EPC_LISTS.contains(name)) {
                List<Object> epcs = new ArrayList<>();
                while (nextChild()) {
                    epcs.add(text());
                }
                e.put(name, epcs);
            } else if (QUANTITY_LISTS.contains(name)) {
                List<Object> qs = new ArrayList<>();
                while (nextChild()) {
                    qs.add(generic());
                }
                e.put(name, qs);
            } else if ("bizTransactionList".equals(name)) {
                e.put(name, typedList("bizTransaction"));
            } else if ("sourceList".equals(name)) {
                e.put(name, typedList("source"));
            } else if ("destinationList".equals(name)) {
                e.put(name, typedList("destination"));
            } else if ("sensorElementList".equals(name)) {
                List<Object> sensors = new ArrayList<>();
                while (nextChild()) {
                    Map<String, Object> sensor = new LinkedHashMap<>();
                    List<Object> reports = new ArrayList<>();
                    while (nextChild()) {
                        if ("sensorReport".equals(r.getLocalName()) && isEmpty(r.getNamespaceURI())) {
                            reports.add(generic());
                        } else {
                            String key = isEmpty(r.getNamespaceURI()) ? r.getLocalName() : prefixed();
                            put(sensor, key, generic());
                        }
                    }
                    if (!reports.isEmpty()) {
                        sensor.put("sensorReport", reports);
                    }
                    sensors.add(sensor);
                }
                e.put(name, sensors);
            } else if ("errorDeclaration".equals(name)) {
                Map<String, Object> decl = new LinkedHashMap<>();
                while (nextChild()) {
                    if ("correctiveEventIDs".equals(r.getLocalName())) {
                        List<Object> ids = new ArrayList<>();
                        while (nextChild()) {
                            ids.add(text());
                        }
                        decl.put("correctiveEventIDs", ids);
                    } else {
                        String key = isEmpty(r.getNamespaceURI()) ? r.getLocalName() : prefixed();
                        put(decl, key, generic());
                    }
                }
                e.put(name, decl);
            } else if ("persistentDisposition".equals(name)) {
                Map<String, Object> pd = new LinkedHashMap<>();
                while (nextChild()) {
                    String key = r.getLocalName();
                    @SuppressWarnings("unchecked")
                    List<Object> values = (List<Object>) pd.computeIfAbsent(key, k -> new ArrayList<>());
                    values.add(text());
                }
                e.put(name, pd);
            } else if ("readPoint".equals(name) || "bizLocation".equals(name) || "ilmd".equals(name)) {
                Object v = generic();
                e.put(name, v instanceof Map ? v : new LinkedHashMap<>());
            } else {
                e.put(name, generic());
            }
        }
    }

    /** bizTransaction / source / destination elements: the type attribute and the text. */
    private List<Object> typedList(String element) throws XMLStreamException {
        List<Object> out = new ArrayList<>();
        while (nextChild()) {
            Map<String, Object> item = new LinkedHashMap<>();
            String type = r.getAttributeValue(null, "type");
            if (type != null) {
                item.put("type", type);
            }
            item.put(element, text());
            out.add(item);
        }
        return out;
    }

    /** An element as a string (text only) or an object (attributes and children, repeated children as lists). */
    private Object generic() throws XMLStreamException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if ("http://www.w3.org/2001/XMLSchema-instance".equals(ns)) {
                continue;
            }
            String key = isEmpty(ns) ? r.getAttributeLocalName(i) : prefix(r.getAttributePrefix(i), ns) + ":"
                    + r.getAttributeLocalName(i);
            m.put(key, r.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String key = isEmpty(r.getNamespaceURI()) ? r.getLocalName() : prefixed();
                put(m, key, generic());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            }
        }
        return m.isEmpty() ? text.toString().trim() : m;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> m, String key, Object value) {
        Object old = m.get(key);
        if (old == null) {
            m.put(key, value);
        } else if (old instanceof List<?> l) {
            ((List<Object>) l).add(value);
        } else {
            List<Object> l = new ArrayList<>();
            l.add(old);
            l.add(value);
            m.put(key, l);
        }
    }

    private String prefixed() {
        return prefix(r.getPrefix(), r.getNamespaceURI()) + ":" + r.getLocalName();
    }

    private String prefix(String prefix, String ns) {
        String p = isEmpty(prefix) ? "ns" + (usedNamespaces.size() + 1) : prefix;
        usedNamespaces.putIfAbsent(p, ns);
        return p;
    }

    /** The element's text (attributes and any child elements left aside). */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                skip();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return text.toString().trim();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            }
        }
    }

    /**
     * To the next child element of an element that holds elements only (true), or past its end (false); stray text
     * there is passed over, so it cannot put the reader out of step.
     */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    private int next() throws XMLStreamException {
        int event;
        do {
            event = r.next();
        } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
                && event != XMLStreamConstants.CHARACTERS && event != XMLStreamConstants.CDATA
                && event != XMLStreamConstants.END_DOCUMENT);
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth > MAX_DEPTH) {
                throw new TooLarge("the XML document nests deeper than " + MAX_DEPTH + " elements");
            }
            if (++elements > MAX_ELEMENTS) {
                throw new TooLarge("the XML document has more than " + MAX_ELEMENTS + " elements");
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
            if (!r.isWhiteSpace() && depth > 0) {
                return event;
            }
            return next();
        }
        return event;
    }

    private void skip() throws XMLStreamException {
        int d = 1;
        while (d > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                d++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static XMLInputFactory staxFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
