package org.importwindow.ecommerce.message;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte-level reader of UTF-8 XML for the subset real CEB messages are written in, used by {@link CebFastPass}.
 * It checks well-formedness fully for what it takes, and gives up ({@link Decline}) on everything else, so that the
 * slower readers, which know all of XML, decide.
 *
 * <p>Taken: an optional byte order mark; an optional XML declaration (version 1.0, encoding absent or UTF-8,
 * standalone optional); white space and comments before and after the root; start, end and empty-element tags whose
 * names are ASCII, with prefixes; namespace declarations ({@code xmlns}, {@code xmlns:p}) of the CEB, XML signature
 * and XML Schema instance namespaces only, scoped and rebindable; attribute values in either quote; text with the five
 * predefined entities; line ends CR LF and CR in text, read as LF. Declined: a DOCTYPE, CDATA, processing
 * instructions, character references, characters beyond the Basic Multilingual Plane (four-byte sequences; the
 * schema's lengths count them differently in different validators), C1 controls, malformed UTF-8, characters XML
 * does not allow, {@code ]]>} in text, tab, CR or LF inside attribute values (they would be normalised), names with
 * other characters than {@code [A-Za-z0-9._-]}, prefixes longer than 8 bytes or starting with {@code xml}, more than
 * 8 attributes on a tag.
 *
 * <p>One instance reads one message; not thread-safe.
 */
final class XmlBytes {
    /** The namespaces an element can be in here. */
    static final int NS_NONE = 0;
    static final int NS_CEB = 1;
    static final int NS_DSIG = 2;
    static final int NS_XSI = 3;

    /** What {@link #next()} found. */
    static final int START = 1;
    static final int END = 2;

    private static final int MAX_ATTRIBUTES = 8;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] CEB_URI = CebMessageType.NAMESPACE.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DSIG_URI = CebMessageType.XMLDSIG_NAMESPACE.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XSI_URI =
            "http://www.w3.org/2001/XMLSchema-instance".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XMLNS = "xmlns".getBytes(StandardCharsets.US_ASCII);

    /** Bytes of names: letters, digits, {@code . - _ :}. */
    private static final boolean[] NAME = new boolean[256];
    /** Bytes of a name without a colon (a prefix, a local part). */
    private static final boolean[] NCNAME = new boolean[256];
    /** Bytes a name (and a local part, and a prefix) may start with: letters and {@code _}. */
    private static final boolean[] NAME_START = new boolean[256];
    /** Bytes of text that need no attention: ASCII but controls other than tab and LF, {@code < & ]}. */
    private static final boolean[] ORDINARY = new boolean[256];

    static {
        for (int c = 'a'; c <= 'z'; c++) {
            NAME[c] = NAME_START[c] = NAME[c - 32] = NAME_START[c - 32] = true;
        }
        for (int c = '0'; c <= '9'; c++) {
            NAME[c] = true;
        }
        NAME['.'] = NAME['-'] = NAME['_'] = NAME[':'] = NAME_START['_'] = true;
        for (int c = 0; c < 256; c++) {
            NCNAME[c] = NAME[c] && c != ':';
        }
        for (int c = 0x20; c < 0x80; c++) {
            ORDINARY[c] = c != '<' && c != '&' && c != ']';
        }
        ORDINARY['\t'] = ORDINARY['\n'] = true;
    }

    /** Thrown to give a message up to the slower readers. One instance, no stack trace: declining is cheap. */
    static final class Decline extends RuntimeException {
        private static final Decline INSTANCE = new Decline();

        private Decline() {
            super("declined by the fast pass", null, false, false);
        }
    }

    static Decline decline() {
        return Decline.INSTANCE;
    }

    private final byte[] b;
    private final int end;
    private int pos;

    // the start tag just read
    int qStart;
    int qLen;
    int localStart;
    int localLen;
    /** The local name's first 8 bytes as a number ({@link #key}), so that most names are told apart at once. */
    long localKey;
    int ns;
    boolean empty;
    /** The bindings in scope before the tag's own declarations: what its end restores. */
    int nsMark;
    /** The attributes that are not namespace declarations. */
    int attrCount;
    private final int[] attrName = new int[MAX_ATTRIBUTES];
    private final int[] attrNameLen = new int[MAX_ATTRIBUTES];
    private final int[] attrValue = new int[MAX_ATTRIBUTES];
    private final int[] attrValueEnd = new int[MAX_ATTRIBUTES];
    private final int[] attrChars = new int[MAX_ATTRIBUTES];
    private final boolean[] attrPlain = new boolean[MAX_ATTRIBUTES];

    // namespace bindings in scope, innermost last
    private int nsTop;
    private long[] bindPrefix = new long[8];
    private int[] bindPrefixLen = new int[8];
    private int[] bindNs = new int[8];

    private char[] scratch = new char[256];

    // the text just read
    private int textStart;
    private int textEnd;
    private int textChars;
    private boolean textPlain;

    XmlBytes(byte[] xml) {
        this.b = xml;
        this.end = xml.length;
    }

    // ---- document ----

    /** Past the byte order mark, XML declaration, white space and comments: on the root's {@code <}. */
    void prolog() {
        if (end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            pos = 3;
        }
        if (startsWith(pos, "<?xml") && pos + 5 < end && space(b[pos + 5])) {
            declaration();
        }
        misc();
        if (pos + 1 >= end || b[pos] != '<' || !NAME_START[b[pos + 1] & 0xFF]) {
            throw decline();
        }
    }

    /** After the root: only white space and comments to the end. */
    void epilog() {
        misc();
        if (pos != end) {
            throw decline();
        }
    }

    private void declaration() {
        int p = spaces(pos + 5);
        p = expect(p, "version");
        p = equals(p);
        int v = p + 1;
        p = quoted(p);
        if (p - v - 1 != 3 || b[v] != '1' || b[v + 1] != '.' || b[v + 2] != '0') {
            throw decline();
        }
        int s = spaces(p);
        if (s > p && startsWith(s, "encoding")) {
            p = equals(s + 8);
            v = p + 1;
            p = quoted(p);
            if (p - v - 1 != 5 || (b[v] | 0x20) != 'u' || (b[v + 1] | 0x20) != 't' || (b[v + 2] | 0x20) != 'f'
                    || b[v + 3] != '-' || b[v + 4] != '8') {
                throw decline();
            }
            s = spaces(p);
        }
        if (s > p && startsWith(s, "standalone")) {
            p = equals(s + 10);
            v = p + 1;
            p = quoted(p);
            int n = p - v - 1;
            if (!(n == 3 && b[v] == 'y' && b[v + 1] == 'e' && b[v + 2] == 's')
                    && !(n == 2 && b[v] == 'n' && b[v + 1] == 'o')) {
                throw decline();
            }
            s = spaces(p);
        }
        pos = expect(s, "?>");
    }

    /** {@code S? = S?}, on the quote after it. */
    private int equals(int p) {
        p = spaces(p);
        if (p >= end || b[p] != '=') {
            throw decline();
        }
        return spaces(p + 1);
    }

    /** A quoted value of the declaration (ASCII letters, digits, {@code . -}): past its closing quote. */
    private int quoted(int p) {
        if (p >= end || (b[p] != '"' && b[p] != '\'')) {
            throw decline();
        }
        byte quote = b[p];
        for (int i = p + 1; i < end; i++) {
            if (b[i] == quote) {
                return i + 1;
            }
            if (!NAME[b[i] & 0xFF] || b[i] == ':') {
                throw decline();
            }
        }
        throw decline();
    }

    private int expect(int p, String ascii) {
        if (!startsWith(p, ascii)) {
            throw decline();
        }
        return p + ascii.length();
    }

    private boolean startsWith(int p, String ascii) {
        if (p + ascii.length() > end) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[p + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void misc() {
        while (true) {
            pos = spaces(pos);
            if (pos + 3 < end && b[pos] == '<' && b[pos + 1] == '!' && b[pos + 2] == '-' && b[pos + 3] == '-') {
                comment();
            } else {
                return;
            }
        }
    }

    /** On {@code <!--}: past the comment's {@code -->}. */
    private void comment() {
        int p = pos + 4;
        while (true) {
            if (p >= end) {
                throw decline();
            }
            int c = b[p];
            if (c == '-' && p + 1 < end && b[p + 1] == '-') {
                // "--" may only end the comment
                if (p + 2 < end && b[p + 2] == '>') {
                    pos = p + 3;
                    return;
                }
                throw decline();
            }
            if (c >= 0x20) {
                p++;
            } else if (c < 0) {
                p = multiByte(p);
            } else if (c == '\n' || c == '\t' || c == '\r') {
                p++;
            } else {
                throw decline();
            }
        }
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private int spaces(int p) {
        while (p < end && space(b[p])) {
            p++;
        }
        return p;
    }

    // ---- element content ----

    /**
     * In element-only content: past white space and comments to the next tag. {@link #START} when it was a start
     * tag, now read ({@link #qStart} and the rest describe it); {@link #END} when an end tag is next (not yet read).
     * Anything else (text, CDATA, a processing instruction) declines.
     */
    int next() {
        int p = pos;
        while (true) {
            if (p + 1 >= end) {
                throw decline();
            }
            byte c = b[p];
            if (c == '<') {
                byte d = b[p + 1];
                if (d == '/') {
                    pos = p;
                    return END;
                }
                if (d == '!' && p + 3 < end && b[p + 2] == '-' && b[p + 3] == '-') {
                    pos = p;
                    comment();
                    p = pos;
                    continue;
                }
                pos = p;
                startTag();
                return START;
            }
            if (!space(c)) {
                throw decline();
            }
            p++;
        }
    }

    /** On {@code <} and a name: reads the start tag, its attributes and namespace declarations. */
    void startTag() {
        int p = pos + 1;
        if (p >= end || !NAME_START[b[p] & 0xFF]) {
            throw decline();
        }
        qStart = p;
        int colon = -1;
        while (p < end && NCNAME[b[p] & 0xFF]) {
            p++;
        }
        if (p < end && b[p] == ':') {
            colon = p++;
            if (p >= end || !NAME_START[b[p] & 0xFF]) {
                throw decline();
            }
            while (p < end && NCNAME[b[p] & 0xFF]) {
                p++;
            }
            if (p < end && b[p] == ':') {
                throw decline();
            }
            localStart = colon + 1;
        } else {
            localStart = qStart;
        }
        qLen = p - qStart;
        localLen = p - localStart;
        localKey = key(localStart, Math.min(localLen, 8));
        nsMark = nsTop;
        int count = 0;
        while (true) {
            int s = p;
            p = spaces(p);
            if (p >= end) {
                throw decline();
            }
            byte c = b[p];
            if (c == '>') {
                empty = false;
                p++;
                break;
            }
            if (c == '/') {
                if (p + 1 < end && b[p + 1] == '>') {
                    empty = true;
                    p += 2;
                    break;
                }
                throw decline();
            }
            if (p == s || count == MAX_ATTRIBUTES || !NAME_START[c & 0xFF]) {
                throw decline(); // attributes are separated by white space
            }
            attrName[count] = p;
            while (p < end && NAME[b[p] & 0xFF]) {
                p++;
            }
            attrNameLen[count] = p - attrName[count];
            p = spaces(p);
            if (p >= end || b[p] != '=') {
                throw decline();
            }
            p = spaces(p + 1);
            p = attributeValue(p, count);
            count++;
        }
        pos = p;
        if (count == 0) {
            attrCount = 0;
        } else {
            attributes(count);
        }
        ns = colon >= 0 ? prefixed(qStart, colon - qStart) : defaultNamespace();
    }

    /** On the opening quote: the value, checked, up to past its closing quote. */
    private int attributeValue(int p, int i) {
        if (p >= end || (b[p] != '"' && b[p] != '\'')) {
            throw decline();
        }
        byte quote = b[p++];
        attrValue[i] = p;
        int chars = 0;
        boolean plain = true;
        while (true) {
            if (p >= end) {
                throw decline();
            }
            int c = b[p];
            if (c == quote) {
                break;
            }
            if (c >= 0x20) {
                if (c == '<') {
                    throw decline();
                }
                if (c == '&') {
                    p = entity(p);
                    plain = false;
                } else {
                    p++;
                }
            } else if (c < 0) {
                p = multiByte(p);
            } else {
                throw decline(); // tab, CR and LF would be normalised to spaces: the slower readers do that
            }
            chars++;
        }
        attrValueEnd[i] = p;
        attrChars[i] = chars;
        attrPlain[i] = plain;
        return p + 1;
    }

    /**
     * The tag's attributes: no name twice, no prefixed one but namespace declarations, which are bound (and taken out
     * of the list); the others are kept in order.
     */
    private void attributes(int count) {
        for (int i = 1; i < count; i++) {
            for (int j = 0; j < i; j++) {
                if (attrNameLen[j] == attrNameLen[i] && same(attrName[j], attrName[i], attrNameLen[i])) {
                    throw decline();
                }
            }
        }
        // all compared before the list is compacted below
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int n = attrName[i];
            int len = attrNameLen[i];
            boolean xmlns = len >= 5 && same(n, XMLNS) && (len == 5 || b[n + 5] == ':');
            if (xmlns) {
                bind(i, len == 5 ? -1 : n + 6, len - 6);
                continue;
            }
            for (int k = n; k < n + len; k++) {
                if (b[k] == ':') {
                    throw decline(); // xsi:type, xml:lang, anything qualified: not for this reader
                }
            }
            if (kept != i) {
                attrName[kept] = attrName[i];
                attrNameLen[kept] = attrNameLen[i];
                attrValue[kept] = attrValue[i];
                attrValueEnd[kept] = attrValueEnd[i];
                attrChars[kept] = attrChars[i];
                attrPlain[kept] = attrPlain[i];
            }
            kept++;
        }
        attrCount = kept;
    }

    /** A namespace declaration: the prefix at {@code prefix} ({@code -1}: the default namespace) to the value. */
    private void bind(int i, int prefix, int prefixLen) {
        if (prefix >= 0) {
            if (prefixLen <= 0 || prefixLen > 8 || !NAME_START[b[prefix] & 0xFF]) {
                throw decline();
            }
            for (int k = prefix; k < prefix + prefixLen; k++) {
                if (b[k] == ':') {
                    throw decline();
                }
            }
            // xml and xmlns are reserved, and everything else starting with xml too
            if (prefixLen >= 3 && (b[prefix] | 0x20) == 'x' && (b[prefix + 1] | 0x20) == 'm'
                    && (b[prefix + 2] | 0x20) == 'l') {
                throw decline();
            }
        }
        if (!attrPlain[i]) {
            throw decline();
        }
        int v = attrValue[i];
        int len = attrValueEnd[i] - v;
        int uri;
        if (len == 0) {
            if (prefix >= 0) {
                throw decline(); // undeclaring a prefix is XML 1.1
            }
            uri = NS_NONE;
        } else if (len == CEB_URI.length && same(v, CEB_URI)) {
            uri = NS_CEB;
        } else if (len == DSIG_URI.length && same(v, DSIG_URI)) {
            uri = NS_DSIG;
        } else if (len == XSI_URI.length && same(v, XSI_URI)) {
            uri = NS_XSI;
        } else {
            throw decline(); // any other namespace, including the reserved ones
        }
        if (nsTop == bindNs.length) {
            bindPrefix = Arrays.copyOf(bindPrefix, nsTop * 2);
            bindPrefixLen = Arrays.copyOf(bindPrefixLen, nsTop * 2);
            bindNs = Arrays.copyOf(bindNs, nsTop * 2);
        }
        bindPrefix[nsTop] = prefix < 0 ? 0 : key(prefix, prefixLen);
        bindPrefixLen[nsTop] = prefix < 0 ? 0 : prefixLen;
        bindNs[nsTop] = uri;
        nsTop++;
    }

    private int prefixed(int prefix, int len) {
        if (len > 8) {
            throw decline(); // never bound: see bind
        }
        long key = key(prefix, len);
        for (int i = nsTop - 1; i >= 0; i--) {
            if (bindPrefixLen[i] == len && bindPrefix[i] == key) {
                return bindNs[i];
            }
        }
        throw decline(); // an unbound prefix
    }

    /** At most 8 bytes as one number (their bytes in order), so that comparing them compares numbers. */
    private long key(int p, int len) {
        if (p + 8 <= end) {
            long v = (long) LONGS.get(b, p);
            return len == 8 ? v : v & ((1L << (len << 3)) - 1);
        }
        long k = 0;
        for (int i = 0; i < len; i++) {
            k |= (b[p + i] & 0xFFL) << (i << 3);
        }
        return k;
    }

    private int defaultNamespace() {
        for (int i = nsTop - 1; i >= 0; i--) {
            if (bindPrefixLen[i] == 0) {
                return bindNs[i];
            }
        }
        return NS_NONE;
    }

    /** On {@code </}: the end tag of the element whose name was at {@code start}; restores its scope. */
    void endTag(int start, int len, int mark) {
        int p = pos + 2;
        if (p + len >= end || b[pos + 1] != '/' || !same(start, p, len)) {
            throw decline();
        }
        p = spaces(p + len);
        if (p >= end || b[p] != '>') {
            throw decline(); // also a longer name: its next byte is neither a space nor '>'
        }
        pos = p + 1;
        nsTop = mark;
    }

    /** The scope of an element written {@code <x/>} ends with its tag. */
    void endEmpty(int mark) {
        nsTop = mark;
    }

    /** Whether the start tag just read is {@code local} in namespace {@code namespace}. */
    boolean is(int namespace, byte[] local, long key) {
        return ns == namespace && localKey == key && localLen == local.length
                && (local.length <= 8 || same(localStart + 8, local, 8, local.length - 8));
    }

    /** The key of an expected name, to compare with {@link #localKey}. */
    static long keyOf(byte[] name) {
        long k = 0;
        for (int i = 0; i < Math.min(name.length, 8); i++) {
            k |= (name[i] & 0xFFL) << (i << 3);
        }
        return k;
    }

    boolean is(int namespace, byte[] local) {
        return ns == namespace && localLen == local.length && same(localStart, local);
    }

    // ---- text ----

    /**
     * The text up to the next tag, which must be an end tag (a child, a comment, CDATA or a processing instruction
     * declines). Its characters are counted as the schema counts them: after line ends are normalised, one per
     * entity, one per character (two- or three-byte sequence).
     */
    void text() {
        int p = pos;
        int chars = 0;
        boolean plain = true;
        while (true) {
            int run = p;
            while (p < end && ORDINARY[b[p] & 0xFF]) {
                p++;
            }
            chars += p - run;
            if (p >= end) {
                throw decline();
            }
            int c = b[p];
            if (c == '<') {
                break;
            }
            if (c < 0) {
                p = multiByte(p);
            } else if (c == '&') {
                p = entity(p);
                plain = false;
            } else if (c == ']') {
                if (p + 2 < end && b[p + 1] == ']' && b[p + 2] == '>') {
                    throw decline();
                }
                p++;
            } else if (c == '\r') {
                plain = false;
                p += p + 1 < end && b[p + 1] == '\n' ? 2 : 1;
            } else {
                throw decline();
            }
            chars++;
        }
        if (p + 1 >= end || b[p + 1] != '/') {
            throw decline();
        }
        textStart = pos;
        textEnd = p;
        textChars = chars;
        textPlain = plain;
        pos = p;
    }

    /** The text of an element written {@code <x/>}: none. */
    void emptyText() {
        textStart = textEnd = pos;
        textChars = 0;
        textPlain = true;
    }

    int textChars() {
        return textChars;
    }

    /** The text as a string, entities replaced and line ends normalised. */
    String textString() {
        return string(textStart, textEnd, textChars, textPlain);
    }

    /** Whether the text is {@code value} exactly. */
    boolean textIs(String value) {
        if (!textPlain) {
            return textString().equals(value);
        }
        int n = textEnd - textStart;
        if (n != value.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[textStart + i] != value.charAt(i)) {
                return false; // also any non-ASCII byte: value is ASCII here
            }
        }
        return true;
    }

    /** Whether the text is only XML white space (no entity). */
    boolean textIsWhitespace() {
        for (int i = textStart; i < textEnd; i++) {
            if (!space(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has no entity and no CR: its bytes are its characters, for lexical checks of numbers. */
    boolean textPlain() {
        return textPlain;
    }

    int textStart() {
        return textStart;
    }

    int textEnd() {
        return textEnd;
    }

    byte at(int i) {
        return b[i];
    }

    // ---- attributes ----

    boolean attrNameIs(int i, byte[] name) {
        return attrNameLen[i] == name.length && same(attrName[i], name);
    }

    int attrChars(int i) {
        return attrChars[i];
    }

    String attrString(int i) {
        return string(attrValue[i], attrValueEnd[i], attrChars[i], attrPlain[i]);
    }

    /** Whether the value has no entity (its bytes are its characters). */
    boolean attrPlain(int i) {
        return attrPlain[i];
    }

    // ---- characters ----

    /** On an entity reference: past it, when it is one of the five predefined ones. */
    private int entity(int p) {
        if (p + 3 < end && b[p + 2] == 't' && b[p + 3] == ';' && (b[p + 1] == 'l' || b[p + 1] == 'g')) {
            return p + 4;
        }
        if (p + 4 < end && b[p + 1] == 'a' && b[p + 2] == 'm' && b[p + 3] == 'p' && b[p + 4] == ';') {
            return p + 5;
        }
        if (p + 5 < end && b[p + 5] == ';' && ((b[p + 1] == 'q' && b[p + 2] == 'u' && b[p + 3] == 'o'
                && b[p + 4] == 't') || (b[p + 1] == 'a' && b[p + 2] == 'p' && b[p + 3] == 'o' && b[p + 4] == 's'))) {
            return p + 6;
        }
        throw decline(); // a character reference, or an entity no DTD here declares
    }

    /**
     * On a byte of 0x80 or more: past its two- or three-byte sequence, when that is well-formed UTF-8 of a character
     * XML allows and this reader takes (U+00A0 to U+FFFD but the surrogates).
     */
    private int multiByte(int p) {
        int c = b[p] & 0xFF;
        if (c < 0xC2 || c >= 0xF0) {
            throw decline(); // a continuation byte, an overlong form, a four-byte sequence or no UTF-8 at all
        }
        if (c < 0xE0) {
            if (p + 1 >= end) {
                throw decline();
            }
            int c1 = b[p + 1] & 0xFF;
            if ((c1 & 0xC0) != 0x80 || (c == 0xC2 && c1 < 0xA0)) {
                throw decline(); // not a continuation, or a C1 control (allowed by XML, not taken here)
            }
            return p + 2;
        }
        if (p + 2 >= end) {
            throw decline();
        }
        int c1 = b[p + 1] & 0xFF;
        int c2 = b[p + 2] & 0xFF;
        if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)
                || (c == 0xEF && c1 == 0xBF && c2 >= 0xBE)) {
            throw decline(); // overlong, a surrogate, U+FFFE or U+FFFF
        }
        return p + 3;
    }

    /** Checked bytes as a string: entities replaced, CR LF and CR read as LF. */
    private String string(int from, int to, int chars, boolean plain) {
        if (plain && to - from == chars) {
            // one byte a character: ASCII, copied as it is
            return new String(b, from, chars, StandardCharsets.ISO_8859_1);
        }
        // decoded into a buffer kept for the message: the string is then the only copy made
        if (scratch.length < chars) {
            scratch = new char[Math.max(chars, scratch.length * 2)];
        }
        char[] out = scratch;
        int n = 0;
        int p = from;
        while (p < to) {
            int c = b[p];
            if (c >= 0) {
                if (c == '&') {
                    byte e = b[p + 1];
                    if (e == 'l') {
                        out[n++] = '<';
                        p += 4;
                    } else if (e == 'g') {
                        out[n++] = '>';
                        p += 4;
                    } else if (e == 'q') {
                        out[n++] = '"';
                        p += 6;
                    } else if (b[p + 2] == 'm') {
                        out[n++] = '&';
                        p += 5;
                    } else {
                        out[n++] = '\'';
                        p += 6;
                    }
                } else if (c == '\r') {
                    out[n++] = '\n';
                    p += p + 1 < to && b[p + 1] == '\n' ? 2 : 1;
                } else {
                    out[n++] = (char) c;
                    p++;
                }
            } else if ((c & 0xE0) == 0xC0) {
                out[n++] = (char) (((c & 0x1F) << 6) | (b[p + 1] & 0x3F));
                p += 2;
            } else {
                out[n++] = (char) (((c & 0x0F) << 12) | ((b[p + 1] & 0x3F) << 6) | (b[p + 2] & 0x3F));
                p += 3;
            }
        }
        return new String(out, 0, n);
    }

    /** Whether the bytes at {@code at} are {@code expected}. */
    private boolean same(int at, byte[] expected) {
        return at + expected.length <= end && same(b, at, expected, 0, expected.length);
    }

    private boolean same(int at, byte[] expected, int from, int len) {
        return at + len <= end && same(b, at, expected, from, len);
    }

    /** Whether the {@code len} bytes at {@code a} and at {@code c} are the same. */
    boolean same(int a, int c, int len) {
        return same(b, a, b, c, len);
    }

    /** Names are compared eight bytes at a time: they are compared at every start and end tag. */
    private static boolean same(byte[] x, int a, byte[] y, int c, int len) {
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            if ((long) LONGS.get(x, a + i) != (long) LONGS.get(y, c + i)) {
                return false;
            }
        }
        if (i == len) {
            return true;
        }
        if (len >= 8) {
            return (long) LONGS.get(x, a + len - 8) == (long) LONGS.get(y, c + len - 8);
        }
        for (; i < len; i++) {
            if (x[a + i] != y[c + i]) {
                return false;
            }
        }
        return true;
    }
}
