package org.importwindow.traceability.epcis;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes stored events (their JSON-LD trees) as an EPCIS 2.0 XML query document
 * ({@code urn:epcglobal:epcis-query:xsd:2}), for a client that asks for {@code application/xml}: the fields in the
 * schema's order per event type, CBV terms as their URNs, user extensions as elements in their namespaces (from the
 * event's JSON-LD context).
 */
public final class EpcisXmlWriter {
    public static final String QUERY_NAMESPACE = "urn:epcglobal:epcis-query:xsd:2";

    private static final List<String> HEAD = List.of("eventTime", "recordTime", "eventTimeZoneOffset", "eventID",
            "certificationInfo", "errorDeclaration");
    private static final List<String> TAIL = List.of("bizStep", "disposition", "persistentDisposition", "readPoint",
            "bizLocation");
    private static final Map<String, List<String>> ORDER = Map.of(
            "ObjectEvent", List.of("epcList", "action", "@tail", "bizTransactionList", "quantityList", "sourceList",
                    "destinationList", "sensorElementList", "ilmd"),
            "AggregationEvent", List.of("parentID", "childEPCs", "action", "@tail", "bizTransactionList",
                    "childQuantityList", "sourceList", "destinationList", "sensorElementList"),
            "TransactionEvent", List.of("bizTransactionList", "parentID", "epcList", "action", "@tail", "quantityList",
                    "sourceList", "destinationList", "sensorElementList"),
            "TransformationEvent", List.of("inputEPCList", "inputQuantityList", "outputEPCList", "outputQuantityList",
                    "transformationID", "@tail", "bizTransactionList", "sourceList", "destinationList",
                    "sensorElementList", "ilmd"),
            "AssociationEvent", List.of("parentID", "childEPCs", "childQuantityList", "action", "@tail",
                    "bizTransactionList", "sourceList", "destinationList", "sensorElementList"));
    private static final Set<String> EPC_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");

    private EpcisXmlWriter() {
    }

    /** The query document of these events (each the JSON-LD tree of one stored event). */
    public static String queryDocument(List<Map<String, Object>> events, OffsetDateTime created) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("epcisq", "EPCISQueryDocument", QUERY_NAMESPACE);
            w.writeNamespace("epcisq", QUERY_NAMESPACE);
            w.writeNamespace("epcis", EpcisXmlReader.NAMESPACE);
            w.writeAttribute("schemaVersion", "2.0");
            w.writeAttribute("creationDate", created.toString());
            w.writeStartElement("EPCISBody");
            w.writeStartElement("epcisq", "QueryResults", QUERY_NAMESPACE);
            text(w, "queryName", "SimpleEventQuery");
            w.writeStartElement("resultsBody");
            w.writeStartElement("EventList");
            for (Map<String, Object> e : events) {
                event(w, e);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void event(XMLStreamWriter w, Map<String, Object> e) throws XMLStreamException {
        String type = String.valueOf(e.get("type"));
        Map<String, String> ns = EventHash.namespaces(e.get("@context"));
        w.writeStartElement(type);
        Map<String, Object> extensions = new LinkedHashMap<>();
        e.forEach((k, v) -> {
            if (k.indexOf(':') > 0 && !k.startsWith("@")) {
                extensions.put(k, v);
            }
        });
        // every prefix of the event's context, once: extensions may sit in ilmd or sensor elements too
        for (Map.Entry<String, String> n : new java.util.TreeMap<>(ns).entrySet()) {
            if (n.getValue().contains(":") && !n.getKey().startsWith("@")) {
                w.writeNamespace(n.getKey(), n.getValue());
            }
        }
        for (String f : HEAD) {
            field(w, f, e.get(f), ns);
        }
        for (String f : ORDER.getOrDefault(type, List.of())) {
            if ("@tail".equals(f)) {
                for (String t : TAIL) {
                    field(w, t, e.get(t), ns);
                }
            } else {
                field(w, f, e.get(f), ns);
            }
        }
        for (Map.Entry<String, Object> x : extensions.entrySet()) {
            generic(w, x.getKey(), x.getValue(), ns);
        }
        w.writeEndElement();
    }

    private static void field(XMLStreamWriter w, String name, Object v, Map<String, String> ns)
            throws XMLStreamException {
        if (v == null) {
            return;
        }
        if (EPC_LISTS.contains(name)) {
            w.writeStartElement(name);
            for (Object epc : (List<?>) v) {
                text(w, "epc", String.valueOf(epc));
            }
            w.writeEndElement();
        } else if (name.endsWith("QuantityList") || "quantityList".equals(name)) {
            w.writeStartElement(name);
            for (Object q : (List<?>) v) {
                generic(w, "quantityElement", q, ns);
            }
            w.writeEndElement();
        } else if ("errorDeclaration".equals(name) && v instanceof Map<?, ?> m) {
            w.writeStartElement(name);
            for (Map.Entry<?, ?> c : m.entrySet()) {
                if ("correctiveEventIDs".equals(c.getKey()) && c.getValue() instanceof List<?> ids) {
                    w.writeStartElement("correctiveEventIDs");
                    for (Object id : ids) {
                        text(w, "correctiveEventID", String.valueOf(id));
                    }
                    w.writeEndElement();
                } else {
                    generic(w, String.valueOf(c.getKey()), c.getValue(), ns);
                }
            }
            w.writeEndElement();
        } else if ("bizStep".equals(name)) {
            text(w, name, Cbv.BIZ_STEP.urn(Cbv.BIZ_STEP.normalise(v.toString()).orElse(v.toString())));
        } else if ("disposition".equals(name)) {
            text(w, name, Cbv.DISPOSITION.urn(Cbv.DISPOSITION.normalise(v.toString()).orElse(v.toString())));
        } else if ("bizTransactionList".equals(name)) {
            typed(w, name, "bizTransaction", (List<?>) v, Cbv.BIZ_TRANSACTION_TYPE);
        } else if ("sourceList".equals(name)) {
            typed(w, name, "source", (List<?>) v, Cbv.SOURCE_DESTINATION_TYPE);
        } else if ("destinationList".equals(name)) {
            typed(w, name, "destination", (List<?>) v, Cbv.SOURCE_DESTINATION_TYPE);
        } else if ("sensorElementList".equals(name)) {
            w.writeStartElement(name);
            for (Object s : (List<?>) v) {
                w.writeStartElement("sensorElement");
                if (s instanceof Map<?, ?> m) {
                    if (m.get("sensorMetadata") instanceof Map<?, ?> md) {
                        attributes(w, "sensorMetadata", md);
                    }
                    if (m.get("sensorReport") instanceof List<?> reports) {
                        for (Object r : reports) {
                            if (r instanceof Map<?, ?> rm) {
                                attributes(w, "sensorReport", rm);
                            }
                        }
                    }
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        } else {
            generic(w, name, v, ns);
        }
    }

    private static void typed(XMLStreamWriter w, String list, String item, List<?> values, Cbv vocabulary)
            throws XMLStreamException {
        w.writeStartElement(list);
        for (Object o : values) {
            if (o instanceof Map<?, ?> m) {
                w.writeStartElement(item);
                if (m.get("type") != null) {
                    String t = m.get("type").toString();
                    w.writeAttribute("type", vocabulary.urn(vocabulary.normalise(t).orElse(t)));
                }
                w.writeCharacters(String.valueOf(m.get(item)));
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String name, Map<?, ?> m) throws XMLStreamException {
        w.writeEmptyElement(name);
        for (Map.Entry<?, ?> a : m.entrySet()) {
            if (!(a.getValue() instanceof Map) && !(a.getValue() instanceof List)
                    && String.valueOf(a.getKey()).indexOf(':') < 0) {
                w.writeAttribute(String.valueOf(a.getKey()), String.valueOf(a.getValue()));
            }
        }
    }

    /** An element of any JSON value: lists repeat the element, objects nest, prefixed names in their namespace. */
    private static void generic(XMLStreamWriter w, String name, Object v, Map<String, String> ns)
            throws XMLStreamException {
        if (v instanceof List<?> l) {
            for (Object x : l) {
                generic(w, name, x, ns);
            }
            return;
        }
        int colon = name.indexOf(':');
        if (colon > 0 && ns.containsKey(name.substring(0, colon))) {
            w.writeStartElement(name.substring(0, colon), name.substring(colon + 1), ns.get(name.substring(0, colon)));
        } else {
            w.writeStartElement(colon > 0 ? name.substring(colon + 1) : name);
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> c : m.entrySet()) {
                generic(w, String.valueOf(c.getKey()), c.getValue(), ns);
            }
        } else if (v != null) {
            w.writeCharacters(String.valueOf(v));
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
