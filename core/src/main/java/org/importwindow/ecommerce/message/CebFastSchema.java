package org.importwindow.ecommerce.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The official schema ({@code ceb-import-202205.xsd}) compiled, once, into the plain model {@link CebFastPass}
 * validates against: element declarations whose content is either a sequence of element particles (with minOccurs
 * and maxOccurs) or text of a simple type restricting {@code xs:string} (length, minLength, maxLength),
 * {@code xs:decimal} (totalDigits, fractionDigits) or {@code xs:int}, possibly with a fixed value; attributes of such
 * simple types. That is all the schema uses for the six messages we read, but this compiler does not assume it: any
 * other construct (a wildcard, a choice, mixed content, another facet or type, a default, nillable, a substitution
 * group...) makes the declaration it occurs in {@link Decl#unsupported}, and the fast pass declines a message as soon
 * as it meets one (today: {@code ExtendMessage/Message}, whose type is a wildcard). The XML signature's element is the
 * one reference into another namespace; it is a {@link Particle#signature} particle, checked by
 * {@link CebFastSignature} against a conservative shape of its own. What could let an element stand where the model
 * does not expect it anywhere in the schema (a substitution group, identity constraints, another form default, an
 * unknown construct) makes the whole model unusable ({@link #usable()}), and the fast pass then declines everything.
 *
 * <p>The single pass uses it too: the fixed values and length facets by element name ({@link #fixedValue},
 * {@link #lengthWithin}), which MSV does not always apply as the reference does.
 */
final class CebFastSchema {
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** Simple content kinds. */
    static final int STRING = 0;
    static final int DECIMAL = 1;
    static final int INT = 2;

    /** A simple type: its base and facets ({@code -1} when absent). */
    static final class Simple {
        final int kind;
        final int length;
        final int minLength;
        final int maxLength;
        final int totalDigits;
        final int fractionDigits;

        Simple(int kind, int length, int minLength, int maxLength, int totalDigits, int fractionDigits) {
            this.kind = kind;
            this.length = length;
            this.minLength = minLength;
            this.maxLength = maxLength;
            this.totalDigits = totalDigits;
            this.fractionDigits = fractionDigits;
        }
    }

    /** An attribute of a complex type. */
    static final class Attribute {
        final String name;
        final byte[] nameBytes;
        final boolean required;
        final Simple type;

        Attribute(String name, boolean required, Simple type) {
            this.name = name;
            this.nameBytes = name.getBytes(StandardCharsets.US_ASCII);
            this.required = required;
            this.type = type;
        }
    }

    /** An element declaration in the CEB namespace: complex ({@link #particles}) or simple ({@link #simple}). */
    static final class Decl {
        final String name;
        final byte[] nameBytes;
        Particle[] particles;
        Attribute[] attributes = new Attribute[0];
        Simple simple;
        String fixed;
        boolean unsupported;

        /** A number of its own among the simple declarations, from 0: for per-message tables of them. */
        int id = -1;
        /**
         * The simple type's kind and facets, copied here (characters: at least, at most; digits: in all, after the
         * point; {@code Integer.MAX_VALUE} when unbounded): they are checked for every value.
         */
        int kind;
        int minChars;
        int maxChars = Integer.MAX_VALUE;
        int totalDigits = Integer.MAX_VALUE;
        int fractionDigits = Integer.MAX_VALUE;

        private void copyFacets() {
            kind = simple.kind;
            minChars = Math.max(simple.length, simple.minLength);
            maxChars = simple.length >= 0 ? simple.length : simple.maxLength >= 0 ? simple.maxLength : Integer.MAX_VALUE;
            totalDigits = simple.totalDigits >= 0 ? simple.totalDigits : Integer.MAX_VALUE;
            fractionDigits = simple.fractionDigits >= 0 ? simple.fractionDigits : Integer.MAX_VALUE;
            if (simple.length >= 0 && (simple.minLength >= 0 || simple.maxLength >= 0)) {
                maxChars = -1; // length with minLength or maxLength: not a type we take
            }
        }

        Decl(String name) {
            this.name = name.intern(); // the records ask CebFields with literals: the same instances
            this.nameBytes = name.getBytes(StandardCharsets.UTF_8);
        }

        /** Whether every child is of simple content: a head, a line, {@code BaseTransfer}. */
        boolean flat;
    }

    /** One element particle of a sequence: a declaration, or the XML signature's element. */
    static final class Particle {
        private static final byte[] SIGNATURE = "Signature".getBytes(StandardCharsets.US_ASCII);

        final Decl decl;
        final boolean signature;
        final int min;
        final int max;
        /** The element's namespace, local name and its key, as {@link XmlBytes#is} compares them. */
        final int ns;
        final byte[] name;
        final long key;

        Particle(Decl decl, boolean signature, int min, int max) {
            this.decl = decl;
            this.signature = signature;
            this.min = min;
            this.max = max;
            this.ns = signature ? XmlBytes.NS_DSIG : XmlBytes.NS_CEB;
            this.name = signature ? SIGNATURE : decl.nameBytes;
            this.key = XmlBytes.keyOf(name);
        }
    }

    private final Map<CebMessageType, Decl> roots;
    private final boolean usable;
    private final int simpleDeclarations;
    private final Map<String, String> fixedByName;
    private final Map<String, int[]> lengthsByName;

    private CebFastSchema(Map<CebMessageType, Decl> roots, boolean usable, int simpleDeclarations,
            Map<String, String> fixedByName, Map<String, int[]> lengthsByName) {
        this.roots = roots;
        this.usable = usable;
        this.simpleDeclarations = simpleDeclarations;
        this.fixedByName = fixedByName;
        this.lengthsByName = lengthsByName;
    }

    /**
     * Whether {@code chars} characters are within the length facets of every string element named {@code name} in the
     * six messages we read (the strictest of them, as the name alone does not say which declaration it is). Used by
     * the single pass, whose validator (MSV behind Woodstox) miscounts some values of line ends.
     */
    boolean lengthWithin(String name, int chars) {
        int[] bounds = lengthsByName.get(name);
        return bounds == null || (chars >= bounds[0] && chars <= bounds[1]);
    }

    /**
     * The fixed value of the elements named {@code name} in the six messages we read ({@code currency}: 142);
     * {@code null} when none has one. When declarations of one name had different fixed values, a value no text
     * equals. Used by the single pass too, whose validator (MSV) takes a fixed value with white space around it.
     */
    String fixedValue(String name) {
        return fixedByName.get(name);
    }

    /** How many simple declarations there are ({@link Decl#id} runs below it). */
    int simpleDeclarations() {
        return simpleDeclarations;
    }

    static CebFastSchema get() {
        return Holder.INSTANCE;
    }

    /** Compiled at first use, after this class's own constants. */
    private static final class Holder {
        static final CebFastSchema INSTANCE = compile();
    }

    /**
     * Whether the schema as a whole is one this model can stand for; when it is not (a substitution group, another
     * form default...), the fast pass declines every message.
     */
    boolean usable() {
        return usable;
    }

    /** The root declaration of one of the six messages we read. */
    Decl root(CebMessageType type) {
        return roots.get(type);
    }

    // ---- compiling ----

    private static final Set<String> ELEMENT_ATTRIBUTES = Set.of("name", "ref", "type", "minOccurs", "maxOccurs",
            "fixed");
    /** Every element of XML Schema the CEB schema may use without making the whole model unusable. */
    private static final Set<String> KNOWN = Set.of("schema", "annotation", "documentation", "import", "element",
            "complexType", "sequence", "attribute", "simpleType", "restriction", "length", "minLength", "maxLength",
            "totalDigits", "fractionDigits", "any", "choice", "all", "group", "attributeGroup", "anyAttribute",
            "simpleContent", "complexContent", "extension", "pattern", "enumeration", "whiteSpace", "minInclusive",
            "maxInclusive", "minExclusive", "maxExclusive", "list", "union", "appinfo", "key", "keyref", "unique",
            "selector", "field");

    private static CebFastSchema compile() {
        Document xsd = parse(CebSchema.IMPORT_XSD);
        Element schema = xsd.getDocumentElement();
        boolean usable = wholeSchemaUsable(schema);
        Compiler compiler = new Compiler(schema);
        Map<CebMessageType, Decl> roots = new HashMap<>();
        for (CebMessageType type : CebMessageType.values()) {
            if (type.readable()) {
                roots.put(type, compiler.global(type.rootElement()));
            }
        }
        Set<Decl> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        roots.values().forEach(root -> markFlat(root, seen));
        int ids = 0;
        Map<String, String> fixed = new HashMap<>();
        Map<String, int[]> lengths = new HashMap<>();
        for (Decl d : seen) {
            for (Particle p : d.particles) {
                if (!p.signature && p.decl.simple != null && p.decl.id < 0) {
                    p.decl.id = ids++;
                    p.decl.copyFacets();
                    if (p.decl.kind == STRING) {
                        int[] bounds = lengths.computeIfAbsent(p.decl.name, k -> new int[] {0, Integer.MAX_VALUE});
                        bounds[0] = Math.max(bounds[0], p.decl.minChars);
                        bounds[1] = Math.min(bounds[1], p.decl.maxChars);
                    }
                    if (p.decl.fixed != null) {
                        fixed.merge(p.decl.name, p.decl.fixed, (a, b) -> a.equals(b) ? a : "\u0000 fixed values differ");
                    }
                }
            }
        }
        return new CebFastSchema(Map.copyOf(roots), usable, ids, Map.copyOf(fixed), Map.copyOf(lengths));
    }

    private static void markFlat(Decl d, Set<Decl> seen) {
        if (d.particles == null || !seen.add(d)) {
            return;
        }
        boolean flat = true;
        for (Particle p : d.particles) {
            if (p.signature || p.decl.simple == null || p.decl.unsupported) {
                flat = false;
            }
            if (!p.signature) {
                markFlat(p.decl, seen);
            }
        }
        d.flat = flat;
    }

    /**
     * What holds for the schema as a whole: its target namespace, qualified local elements and unqualified
     * attributes, no identity constraints, substitution groups or redefinitions anywhere (they would let an element
     * stand where the model does not expect it), and no construct of XML Schema this class does not know.
     */
    private static boolean wholeSchemaUsable(Element schema) {
        if (!CebMessageType.NAMESPACE.equals(schema.getAttribute("targetNamespace"))
                || !"qualified".equals(schema.getAttribute("elementFormDefault"))
                || !(schema.getAttribute("attributeFormDefault").isEmpty()
                        || "unqualified".equals(schema.getAttribute("attributeFormDefault")))
                || !schema.getAttribute("blockDefault").isEmpty() || !schema.getAttribute("finalDefault").isEmpty()) {
            return false;
        }
        List<Element> all = new ArrayList<>();
        descendants(schema, all);
        for (Element e : all) {
            String name = e.getLocalName();
            if (!XS.equals(e.getNamespaceURI())) {
                if (!isDocumentation(e)) {
                    return false;
                }
                continue;
            }
            if (!KNOWN.contains(name) || "key".equals(name) || "keyref".equals(name) || "unique".equals(name)
                    || e.hasAttribute("substitutionGroup") || e.hasAttribute("abstract")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDocumentation(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = p.getParentNode()) {
            if (XS.equals(p.getNamespaceURI()) && ("documentation".equals(p.getLocalName())
                    || "appinfo".equals(p.getLocalName()))) {
                return true;
            }
        }
        return false;
    }

    /** Compiles the declarations reachable from the roots, each global one once. */
    private static final class Compiler {
        private final Map<String, Element> globals = new HashMap<>();
        private final Map<String, Decl> compiled = new HashMap<>();

        Compiler(Element schema) {
            for (Element e : children(schema)) {
                if ("element".equals(e.getLocalName())) {
                    globals.put(e.getAttribute("name"), e);
                }
            }
        }

        private Decl global(String name) {
            Decl done = compiled.get(name);
            if (done != null) {
                return done;
            }
            Element e = globals.get(name);
            if (e == null) {
                return unsupported(name);
            }
            Decl d = new Decl(name);
            compiled.put(name, d); // before its content, so that a declaration may refer to itself
            declaration(e, d);
            return d;
        }

        /** A declaration's content, type and fixed value (global, or local inside a sequence). */
        private void declaration(Element e, Decl d) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (a.getNamespaceURI() == null && !ELEMENT_ATTRIBUTES.contains(a.getLocalName())) {
                    d.unsupported = true; // nillable, default, form, block...
                }
            }
            List<Element> content = new ArrayList<>();
            for (Element c : children(e)) {
                if (!"annotation".equals(c.getLocalName())) {
                    content.add(c);
                }
            }
            String type = e.getAttribute("type");
            if (!type.isEmpty()) {
                d.simple = builtIn(e, type);
                if (d.simple == null || !content.isEmpty()) {
                    d.unsupported = true;
                }
            } else if (content.size() == 1 && "simpleType".equals(content.get(0).getLocalName())) {
                d.simple = simpleType(content.get(0));
                if (d.simple == null) {
                    d.unsupported = true;
                }
            } else if (content.size() == 1 && "complexType".equals(content.get(0).getLocalName())) {
                complexType(content.get(0), d);
            } else {
                d.unsupported = true; // anyType, or more than one type
            }
            if (e.hasAttribute("fixed")) {
                if (d.simple == null) {
                    d.unsupported = true;
                } else {
                    d.fixed = e.getAttribute("fixed");
                }
            }
        }

        private void complexType(Element type, Decl d) {
            List<Particle> particles = new ArrayList<>();
            List<Attribute> attributes = new ArrayList<>();
            boolean sequence = false;
            if (hasAttributesOtherThan(type, Set.of())) {
                d.unsupported = true; // mixed, abstract, a name on an anonymous type...
            }
            for (Element c : children(type)) {
                switch (c.getLocalName()) {
                    case "annotation" -> {
                    }
                    case "sequence" -> {
                        if (sequence || !attributes.isEmpty() || hasAttributesOtherThan(c, Set.of())) {
                            d.unsupported = true;
                        }
                        sequence = true;
                        for (Element p : children(c)) {
                            if ("annotation".equals(p.getLocalName())) {
                                continue;
                            }
                            Particle particle = "element".equals(p.getLocalName()) ? particle(p) : null;
                            if (particle == null) {
                                d.unsupported = true; // a wildcard, a choice, a nested sequence
                            } else {
                                particles.add(particle);
                            }
                        }
                    }
                    case "attribute" -> {
                        Attribute a = attribute(c);
                        if (a == null) {
                            d.unsupported = true;
                        } else {
                            attributes.add(a);
                        }
                    }
                    default -> d.unsupported = true;
                }
            }
            d.particles = particles.toArray(new Particle[0]);
            d.attributes = attributes.toArray(new Attribute[0]);
        }

        private Particle particle(Element e) {
            int min = occurs(e.getAttribute("minOccurs"));
            int max = occurs(e.getAttribute("maxOccurs"));
            if (min < 0 || max < 0 || min > max || max == 0) {
                return null;
            }
            String ref = e.getAttribute("ref");
            if (!ref.isEmpty()) {
                if (hasAttributesOtherThan(e, Set.of("ref", "minOccurs", "maxOccurs"))) {
                    return null;
                }
                String ns = e.lookupNamespaceURI(prefix(ref));
                if (CebMessageType.XMLDSIG_NAMESPACE.equals(ns) && "Signature".equals(localPart(ref))) {
                    return new Particle(null, true, min, max);
                }
                if (!CebMessageType.NAMESPACE.equals(ns)) {
                    return new Particle(unsupported(localPart(ref)), false, min, max);
                }
                return new Particle(global(localPart(ref)), false, min, max);
            }
            if (e.getAttribute("name").isEmpty()) {
                return null;
            }
            Decl local = new Decl(e.getAttribute("name"));
            declaration(e, local);
            return new Particle(local, false, min, max);
        }

        private Attribute attribute(Element e) {
            if (hasAttributesOtherThan(e, Set.of("name", "use", "type")) || e.getAttribute("name").isEmpty()) {
                return null;
            }
            String use = e.getAttribute("use");
            if (!use.isEmpty() && !"required".equals(use) && !"optional".equals(use)) {
                return null;
            }
            Simple type = null;
            List<Element> content = new ArrayList<>();
            for (Element c : children(e)) {
                if (!"annotation".equals(c.getLocalName())) {
                    content.add(c);
                }
            }
            if (!e.getAttribute("type").isEmpty() && content.isEmpty()) {
                type = builtIn(e, e.getAttribute("type"));
            } else if (e.getAttribute("type").isEmpty() && content.size() == 1
                    && "simpleType".equals(content.get(0).getLocalName())) {
                type = simpleType(content.get(0));
            }
            return type == null ? null : new Attribute(e.getAttribute("name"), "required".equals(use), type);
        }
    }

    private static Decl unsupported(String name) {
        Decl d = new Decl(name);
        d.unsupported = true;
        return d;
    }

    /** minOccurs/maxOccurs: absent is 1; -1 when not a number we take. */
    private static int occurs(String value) {
        if (value.isEmpty()) {
            return 1;
        }
        if ("unbounded".equals(value)) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A type named by a QName: only xs:string, xs:decimal and xs:int; {@code null} for any other. */
    private static Simple builtIn(Element context, String qname) {
        if (!XS.equals(context.lookupNamespaceURI(prefix(qname)))) {
            return null;
        }
        return switch (localPart(qname)) {
            case "string" -> new Simple(STRING, -1, -1, -1, -1, -1);
            case "decimal" -> new Simple(DECIMAL, -1, -1, -1, -1, -1);
            case "int" -> new Simple(INT, -1, -1, -1, -1, -1);
            default -> null;
        };
    }

    /** An anonymous simple type restricting a built-in one with the facets we know; {@code null} otherwise. */
    private static Simple simpleType(Element type) {
        if (hasAttributesOtherThan(type, Set.of())) {
            return null;
        }
        Element restriction = null;
        for (Element c : children(type)) {
            if ("restriction".equals(c.getLocalName()) && restriction == null) {
                restriction = c;
            } else if (!"annotation".equals(c.getLocalName())) {
                return null;
            }
        }
        if (restriction == null || hasAttributesOtherThan(restriction, Set.of("base"))) {
            return null;
        }
        Simple base = builtIn(restriction, restriction.getAttribute("base"));
        if (base == null) {
            return null;
        }
        int length = -1;
        int minLength = -1;
        int maxLength = -1;
        int totalDigits = -1;
        int fractionDigits = -1;
        for (Element facet : children(restriction)) {
            String name = facet.getLocalName();
            if ("annotation".equals(name)) {
                continue;
            }
            if (hasAttributesOtherThan(facet, Set.of("value"))) {
                return null; // fixed="true", an id: nothing that changes the value's meaning, but not seen
            }
            int value = occurs(facet.getAttribute("value"));
            if (value < 0 || value == Integer.MAX_VALUE) {
                return null;
            }
            boolean string = base.kind == STRING;
            switch (name) {
                case "length" -> length = string ? value : -2;
                case "minLength" -> minLength = string ? value : -2;
                case "maxLength" -> maxLength = string ? value : -2;
                case "totalDigits" -> totalDigits = string ? -2 : value;
                case "fractionDigits" -> fractionDigits = base.kind == DECIMAL ? value : -2;
                default -> {
                    return null; // pattern, enumeration, bounds, whiteSpace
                }
            }
            if (length == -2 || minLength == -2 || maxLength == -2 || totalDigits == -2 || fractionDigits == -2) {
                return null;
            }
        }
        return new Simple(base.kind, length, minLength, maxLength, totalDigits, fractionDigits);
    }

    private static boolean hasAttributesOtherThan(Element e, Set<String> allowed) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            if (a.getNamespaceURI() != null || !allowed.contains(a.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e); // one outside XML Schema has already made the model unusable
            }
        }
        return out;
    }

    private static void descendants(Element from, List<Element> into) {
        for (Node n = from.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                into.add(e);
                descendants(e, into);
            }
        }
    }

    private static String prefix(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? null : qname.substring(0, colon);
    }

    private static String localPart(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    private static Document parse(String xsd) {
        try {
            return CebSchema.parse(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled CEB schema cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
