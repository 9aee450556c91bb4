package org.importwindow.ecommerce.message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.importwindow.ecommerce.message.CebFastSchema.Decl;
import org.importwindow.ecommerce.message.CebFastSchema.Particle;
import org.importwindow.ecommerce.message.CebFastSchema.Simple;

/**
 * Reads a valid message of the common kind straight from its bytes, validating as it goes: the first of the three
 * stages of {@link CebMessages#read(byte[], int)}, about five times cheaper than the second ({@link CebSinglePass},
 * Woodstox with MSV), which costs half of the third (the JDK's validator, then StAX).
 *
 * <p>Like the single pass it only ever says yes: it returns the records when it is sure that the message is valid
 * against the official schema as the reference ({@link CebValidator}, the JDK's validator) judges it, and is one of
 * the six messages we read; otherwise {@link Optional#empty()}, and the next stage decides, so what is refused and
 * why never depends on this class. Being stricter than the schema only sends a message down the slower path; being
 * looser would let through what the reference refuses, so wherever the two could differ this class declines:
 * <ul>
 *   <li>XML: {@link XmlBytes} reads the subset of UTF-8 XML real messages are written in (no DOCTYPE, CDATA,
 *   processing instructions, character references, characters beyond the Basic Multilingual Plane, tabs or line
 *   ends inside attribute values, namespaces other than the CEB, signature and schema-instance ones; see there) and
 *   checks well-formedness fully for what it takes.</li>
 *   <li>The schema: {@link CebFastSchema}, compiled at class load from the bundled XSD, gives each element's
 *   sequence of children (minOccurs, maxOccurs), its attributes, or its simple type. Element-only content holds
 *   nothing but white space and comments between children; simple content no child and no comment. Lengths count
 *   characters, which are UTF-16 units here. Numbers are taken without surrounding white space, in ASCII digits, as
 *   {@code [+-]?d+(.d+)?} ({@code xs:decimal}) or {@code [+-]?d}{1,9} ({@code xs:int}), their digits counted raw
 *   (leading and trailing zeros included, more than the schema counts) against totalDigits and fractionDigits. A fixed
 *   value must be written out. No attribute but the declared ones ({@code xsi:*} declines). {@code ExtendMessage}
 *   (a wildcard) declines.</li>
 *   <li>The XML signature: one conservative shape, {@link CebFastSignature}.</li>
 * </ul>
 * The records are built as {@link CebReader} builds them ({@link CebDocuments}, {@link CebFields}, the records'
 * factories). That this class accepts nothing the reference refuses, and reads what both accept into equal records,
 * is what {@code FastPassAgreesWithTheReferenceTest} checks over the official samples and thousands of mutations.
 */
final class CebFastPass {
    private static final CebFastSchema SCHEMA = CebFastSchema.get();
    private static final CebMessageType[] READABLE = readable();
    private static final byte[][] ROOT_NAMES = rootNames();

    private final XmlBytes x;
    private final CebFields fields = new CebFields();
    /** The lines of the document being read. */
    private final List<Object> items = new ArrayList<>();
    /**
     * The last text of each simple element (by {@link Decl#id}) and what was made of it: many values repeat from one
     * document of a message to the next (the parties' codes and names, currency, units, countries, times), and an
     * equal run of bytes is the same value, so it is made once.
     */
    private final int[] lastStart;
    private final int[] lastLength;
    private final String[] lastText;
    private final Object[] lastNumber;

    private CebFastPass(byte[] xml) {
        this.x = new XmlBytes(xml);
        int n = SCHEMA.simpleDeclarations();
        lastStart = new int[n];
        lastLength = new int[n];
        java.util.Arrays.fill(lastLength, -1);
        lastText = new String[n];
        lastNumber = new Object[n];
    }

    /** The message, when it is certainly valid and one of the messages we read; otherwise empty (ask the next stage). */
    static Optional<CebMessage> read(byte[] xml) {
        if (!SCHEMA.usable()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CebFastPass(xml).message());
        } catch (RuntimeException e) {
            // XmlBytes.Decline, or a record refusing a value: the next stage decides, and explains
            return Optional.empty();
        }
    }

    private CebMessage message() {
        x.prolog();
        x.startTag();
        CebMessageType type = rootType();
        Decl root = SCHEMA.root(type);
        if (root.unsupported || x.empty) {
            throw XmlBytes.decline();
        }
        String[] attributes = attributes(root);
        String guid = null;
        String version = null;
        for (int i = 0; i < root.attributes.length; i++) {
            if ("guid".equals(root.attributes[i].name)) {
                guid = attributes[i];
            } else if ("version".equals(root.attributes[i].name)) {
                version = attributes[i];
            }
        }
        int start = x.qStart;
        int len = x.qLen;
        int mark = x.nsMark;
        CebDocuments.Layout layout = CebDocuments.layout(type);
        String documentElement = type.documentElement();
        List<Object> documents = new ArrayList<>(100);
        BaseTransfer baseTransfer = null;
        boolean signed = false;
        Walk walk = new Walk(root.particles);
        while (x.next() == XmlBytes.START) {
            Particle q = walk.next(x);
            if (q.signature) {
                CebFastSignature.read(x);
                signed = true;
            } else if (q.decl.name.equals(documentElement)) {
                documents.add(document(q.decl, layout));
            } else if (q.decl.name.equals("BaseTransfer")) {
                baseTransfer = (BaseTransfer) flat(q.decl, BaseTransfer::from);
            } else {
                validate(q.decl); // BaseSubscribe: checked, not kept
            }
        }
        walk.end();
        x.endTag(start, len, mark);
        x.epilog();
        return CebDocuments.message(type, guid, version, documents, baseTransfer, signed);
    }

    private CebMessageType rootType() {
        if (x.ns == XmlBytes.NS_CEB) {
            for (int i = 0; i < READABLE.length; i++) {
                if (x.is(XmlBytes.NS_CEB, ROOT_NAMES[i])) {
                    return READABLE[i];
                }
            }
        }
        throw XmlBytes.decline(); // another message, or not a message: the reference names it
    }

    /** One document under the root, on its start tag; see {@link CebDocuments} for the shapes. */
    private Object document(Decl d, CebDocuments.Layout layout) {
        if (layout.shape() == CebDocuments.Shape.FLAT) {
            return flat(d, layout.head());
        }
        if (d.unsupported || d.particles == null || x.attrCount != 0 || x.empty) {
            throw XmlBytes.decline();
        }
        int start = x.qStart;
        int len = x.qLen;
        int mark = x.nsMark;
        Object head = null;
        List<Object> items = layout.shape() == CebDocuments.Shape.HEAD_AND_ITEMS ? this.items : null;
        if (items != null) {
            items.clear();
        }
        Walk walk = new Walk(d.particles);
        while (x.next() == XmlBytes.START) {
            Particle q = walk.next(x);
            if (q.signature) {
                throw XmlBytes.decline();
            }
            if (walk.index() == 0) {
                head = flat(q.decl, layout.head());
            } else if (items != null) {
                items.add(flat(q.decl, layout.item()));
            } else {
                throw XmlBytes.decline(); // a wrapper holds its head alone
            }
        }
        walk.end();
        x.endTag(start, len, mark);
        // an immutable copy, which the record keeps as it is
        return items == null ? head : layout.document().apply(head, List.copyOf(items));
    }

    /** An element of simple children (a head, a line, BaseTransfer), on its start tag: its record. */
    private Object flat(Decl d, Function<CebFields, ?> make) {
        if (d.unsupported || !d.flat || x.attrCount != 0 || make == null) {
            throw XmlBytes.decline();
        }
        int start = x.qStart;
        int len = x.qLen;
        int mark = x.nsMark;
        boolean empty = x.empty;
        fields.clear();
        Walk walk = new Walk(d.particles);
        if (!empty) {
            while (x.next() == XmlBytes.START) {
                field(walk.next(x).decl);
            }
        }
        walk.end();
        if (empty) {
            x.endEmpty(mark);
        } else {
            x.endTag(start, len, mark);
        }
        return make.apply(fields);
    }

    /** Any element of the CEB namespace, on its start tag, checked and passed over (BaseSubscribe). */
    private void validate(Decl d) {
        if (d.unsupported) {
            throw XmlBytes.decline();
        }
        if (d.simple != null) {
            simple(d);
            return;
        }
        attributes(d);
        int start = x.qStart;
        int len = x.qLen;
        int mark = x.nsMark;
        boolean empty = x.empty;
        Walk walk = new Walk(d.particles);
        if (!empty) {
            while (x.next() == XmlBytes.START) {
                Particle q = walk.next(x);
                if (q.signature) {
                    throw XmlBytes.decline();
                }
                validate(q.decl);
            }
        }
        walk.end();
        if (empty) {
            x.endEmpty(mark);
        } else {
            x.endTag(start, len, mark);
        }
    }

    /** A simple child of a flat element, on its start tag: checked, and put into {@link #fields}. */
    private void field(Decl d) {
        int start = x.qStart;
        int len = x.qLen;
        int mark = x.nsMark;
        boolean empty = content(d);
        int id = d.id;
        int from = x.textStart();
        int length = x.textEnd() - from;
        String text;
        Object number;
        if (lastLength[id] == length && x.same(lastStart[id], from, length)) {
            text = lastText[id];
            number = lastNumber[id];
        } else {
            text = x.textString();
            number = switch (d.kind) {
                case CebFastSchema.DECIMAL -> decimal();
                case CebFastSchema.INT -> integer();
                default -> null;
            };
            lastStart[id] = from;
            lastLength[id] = length;
            lastText[id] = text;
            lastNumber[id] = number;
        }
        fields.put(d.name, text, number);
        end(empty, start, len, mark);
    }

    /** An element of simple content, on its start tag: checked against its type, passed over. */
    private void simple(Decl d) {
        int start = x.qStart;
        int len = x.qLen;
        int mark = x.nsMark;
        end(content(d), start, len, mark);
    }

    /** The text of a simple element, on its start tag, checked against its type; whether it was written empty. */
    private boolean content(Decl d) {
        if (d.unsupported || d.simple == null || x.attrCount != 0) {
            throw XmlBytes.decline();
        }
        boolean empty = x.empty;
        if (empty) {
            x.emptyText();
        } else {
            x.text();
        }
        switch (d.kind) {
            case CebFastSchema.STRING -> {
                int chars = x.textChars();
                if (chars < d.minChars || chars > d.maxChars) {
                    throw XmlBytes.decline();
                }
            }
            case CebFastSchema.DECIMAL -> number(d.totalDigits, d.fractionDigits, true);
            default -> number(d.totalDigits, 0, false);
        }
        if (d.fixed != null && !x.textIs(d.fixed)) {
            throw XmlBytes.decline(); // also when empty: the schema would take the fixed value, we need not
        }
        return empty;
    }

    private void end(boolean empty, int start, int len, int mark) {
        if (empty) {
            x.endEmpty(mark);
        } else {
            x.endTag(start, len, mark);
        }
    }

    /** The text just checked by {@link #number}, as CebFields would read it: no digits beyond a long's, exactly. */
    private BigDecimal decimal() {
        int p = x.textStart();
        int to = x.textEnd();
        boolean negative = x.at(p) == '-';
        if (negative || x.at(p) == '+') {
            p++;
        }
        if (to - p > 18) {
            return null; // CebFields parses the text
        }
        long unscaled = 0;
        int scale = 0;
        boolean fraction = false;
        for (; p < to; p++) {
            byte c = x.at(p);
            if (c == '.') {
                fraction = true;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                if (fraction) {
                    scale++;
                }
            }
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /** The text just checked by {@link #number} as an xs:int: at most 9 digits. */
    private Integer integer() {
        int p = x.textStart();
        int to = x.textEnd();
        boolean negative = x.at(p) == '-';
        if (negative || x.at(p) == '+') {
            p++;
        }
        int value = 0;
        for (; p < to; p++) {
            value = value * 10 + (x.at(p) - '0');
        }
        return negative ? -value : value;
    }

    private static void length(Simple t, int chars) {
        if ((t.length >= 0 && chars != t.length) || (t.minLength >= 0 && chars < t.minLength)
                || (t.maxLength >= 0 && chars > t.maxLength)) {
            throw XmlBytes.decline();
        }
    }

    /**
     * {@code [+-]?d+(.d+)?} in ASCII digits, nothing around it; at most 9 digits for an {@code xs:int} (so always
     * within its range); the digits counted as written, which is never fewer than the schema counts.
     */
    private void number(int totalDigits, int fractionDigits, boolean decimal) {
        if (!x.textPlain()) {
            throw XmlBytes.decline();
        }
        int p = x.textStart();
        int to = x.textEnd();
        if (p < to && (x.at(p) == '+' || x.at(p) == '-')) {
            p++;
        }
        int digits = 0;
        while (p < to && x.at(p) >= '0' && x.at(p) <= '9') {
            p++;
            digits++;
        }
        int fraction = 0;
        if (decimal && p < to && x.at(p) == '.') {
            p++;
            while (p < to && x.at(p) >= '0' && x.at(p) <= '9') {
                p++;
                fraction++;
            }
            if (fraction == 0) {
                throw XmlBytes.decline();
            }
        }
        int total = digits + fraction;
        if (p != to || digits == 0 || (!decimal && total > 9) || total > totalDigits || fraction > fractionDigits) {
            throw XmlBytes.decline();
        }
    }

    /**
     * The attributes of the start tag just read, against {@code d}'s: each one declared, its value of its type, the
     * required ones there. Their values by declaration.
     */
    private String[] attributes(Decl d) {
        CebFastSchema.Attribute[] declared = d.attributes;
        String[] values = new String[declared.length];
        for (int i = 0; i < x.attrCount; i++) {
            int j = 0;
            while (j < declared.length && !x.attrNameIs(i, declared[j].nameBytes)) {
                j++;
            }
            if (j == declared.length || declared[j].type.kind != CebFastSchema.STRING) {
                throw XmlBytes.decline();
            }
            length(declared[j].type, x.attrChars(i));
            values[j] = x.attrString(i);
        }
        for (int j = 0; j < declared.length; j++) {
            if (declared[j].required && values[j] == null) {
                throw XmlBytes.decline();
            }
        }
        return values;
    }

    /**
     * A walk through a sequence of element particles: which particle each child is, at most maxOccurs times each,
     * and at least minOccurs of each by the end. The schema's sequences are deterministic (Unique Particle
     * Attribution), so taking the first particle that can match is the only way to match.
     */
    private static final class Walk {
        private final Particle[] particles;
        private int index;
        private int count;

        Walk(Particle[] particles) {
            this.particles = particles;
        }

        Particle next(XmlBytes x) {
            while (index < particles.length) {
                Particle q = particles[index];
                if (x.is(q.ns, q.name, q.key)) {
                    if (++count > q.max) {
                        throw XmlBytes.decline();
                    }
                    return q;
                }
                if (count < q.min) {
                    throw XmlBytes.decline();
                }
                index++;
                count = 0;
            }
            throw XmlBytes.decline();
        }

        int index() {
            return index;
        }

        void end() {
            for (int i = index; i < particles.length; i++) {
                if ((i == index ? count : 0) < particles[i].min) {
                    throw XmlBytes.decline();
                }
            }
        }
    }

    private static CebMessageType[] readable() {
        List<CebMessageType> out = new ArrayList<>();
        for (CebMessageType t : CebMessageType.values()) {
            if (t.readable()) {
                out.add(t);
            }
        }
        return out.toArray(new CebMessageType[0]);
    }

    private static byte[][] rootNames() {
        byte[][] names = new byte[READABLE.length][];
        for (int i = 0; i < names.length; i++) {
            names[i] = READABLE[i].rootElement().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        return names;
    }
}
