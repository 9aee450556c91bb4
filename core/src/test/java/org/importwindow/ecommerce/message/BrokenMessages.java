package org.importwindow.ecommerce.message;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Copies of valid messages broken, or merely rewritten, at random: the generator of the tests that check that the
 * faster readers accept nothing the reference refuses. Two families: changes to the document's tree (elements
 * dropped, doubled, swapped, renamed or added, values and attributes changed), made with the DOM and written out
 * again; and changes to the text as sent (line ends, entities, namespaces and prefixes, numbers and lengths at the
 * schema's edges, the signature's forms, comments, declarations, bytes that are not UTF-8...), aimed at a byte-level
 * reader.
 */
final class BrokenMessages {
    /** The six messages we read, by root name. */
    static final List<String> READABLE = List.of("CEB311Message", "CEB411Message", "CEB511Message",
            "CEB621Message", "CEB623Message", "CEB625Message");
    /** The changes to the tree. */
    static final List<String> TREE_KINDS = List.of("drop", "double", "swap", "rename", "add", "value", "attribute");
    /** The changes to the text. */
    static final List<String> TEXT_KINDS = List.of("line ends", "attribute white space", "entity", "default namespace",
            "rebound prefix", "other prefix", "xsi", "number", "length", "signature", "uri", "comment", "markup",
            "declaration", "bytes", "tags", "fixed", "text between elements", "attribute order");

    static final List<String> VALUES = List.of("", " ", "x".repeat(61), "9".repeat(40), "abc", "-1", "0",
            "1.123456789", "12345678901234567890.5", "中文", "2026-13-45", "20261127120000", "1e3", "  42  ",
            "QR==", "QUJ=", "Q U J D", "http://a b", "a%zz", "#", "０１２３", "١٢٣", "+1", ".5", "5.", "1,000", "NaN",
            "INF", "-0", "00001", "1E3", "true", "\t7\t", "12.", "+.5", "--1", "1..2", "٣.٥", "😀", "a😀", "😀😀", "😀😀😀😀",
            "1.50000000", "0000000000000000000001.5", "142😀", "😀".repeat(30));

    private static final String CEB = CebMessageType.NAMESPACE;
    private static final String DSIG = CebMessageType.XMLDSIG_NAMESPACE;
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Elements of xs:decimal and xs:int in the schema (by local name). */
    private static final List<String> NUMBERS = List.of("goodsValue", "freight", "discount", "taxTotal", "acturalPaid",
            "price", "totalPrice", "qty", "qty1", "qty2", "amountPaid", "insuredFee", "weight", "grossWeight",
            "netWeight", "gnum", "packNo");
    private static final List<String> NUMBER_VALUES = List.of(" 1", "1 ", "\t1", "\n1\n", "007", "0.00000", "1.000000",
            "+1", "-0", "-0.0", "1.", ".5", "+.5", "99999999999999.99999", "999999999999999.99999", "9".repeat(19),
            "9".repeat(20), "0" + "9".repeat(19), "00000000000000000001.5", "1.123456", "1.12345", "2147483647",
            "2147483648", "-2147483648", "999999999", "1000000000", "0999999999", "-999999999", "1e3", "１", "0x10",
            "1_000", "1&#48;", "&#49;", "12345678901234567.5", "1234567890123456789", "922337203685477580.7", "", "-",
            "+", "1.2.3", "--1", "1-", " ", "1\r\n", "0.1", "100", "-12.50");
    private static final List<String> ENTITIES = List.of("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#49;",
            "&#x31;", "&nbsp;", "&", "&amp", "&#x1F600;", "&AMP;", "&lt", "]]>", "]]", ">", "'", "\"");
    private static final List<String> PREFIXES = List.of("c", "ns0", "ceb2", "a_b", "a.b", "a-b", "xml1", "XMLx",
            "abcdefgh", "abcdefghi", "_", "中", "1a", "ceb:x");
    private static final List<String> URIS = List.of("", "#x", "#", "#a#b", "#a b", "http://a b", "urn:x", "a:b",
            "http://a..b/", "http://-a/", "http://a-/", "http://a:80/", "http://a/%41", "http://a/%zz", "%41",
            "http://www.w3.org/2000/09/xmldsig#", "http://a/b?c", "1a://b", "http://", "http://a.1/",
            "http://1.2.3.4/", ":", "//a", "HTTP://A.B/C", "http://a_b/", "http://a/b c", "http://a/~x/y.z_w-v",
            "http://a/b#c-d_e.f~", "x+y.z-w://h/p", "http://a/[x]", "http://a/é", "http://a/b/../c",
            "http://" + "a".repeat(64) + ".b/", "http://a.b.c.d.e.f.g/h");
    private static final List<String> COMMENTS = List.of("<!---->", "<!-- x -->", "<!-- 注释 -->", "<!-- a -- b -->",
            "<!--->", "<!-- x --->", "<!-- x", "<!-- \u0001 -->", "<!--\r\n-->");
    private static final List<String> MARKUP = List.of("<?pi x?>", "<![CDATA[1]]>", "<![CDATA[]]>", "<?xml version=\"1.0\"?>",
            "<!DOCTYPE x>", "<!ENTITY e \"x\">", "<?pi?>");
    private static final List<String> DECLARATIONS = List.of("", "<?xml version=\"1.0\"?>",
            "<?xml version='1.0' encoding='utf-8' standalone='yes'?>", "<?xml version=\"1.1\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"GBK\"?>", "<?xml version=\"1.0\" encoding=\"UTF8\"?>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", " <?xml version=\"1.0\"?>",
            "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "\uFEFF\uFEFF<?xml version=\"1.0\"?>", "\uFEFF",
            "<?xml version=\"1.0\" standalone=\"no\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>",
            "<?xml version=\"1.0\"encoding=\"UTF-8\"?>", "<?xml  version = \"1.0\"  encoding = \"UTF-8\" ?>",
            "<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?>", "<?xml encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?XML version=\"1.0\"?>", "<?xml version=\"1.0\"?>\r\n",
            "<!-- first -->\n", "<?xml version=\"1.0\" standalone=\"maybe\"?>");
    /** Byte sequences put in place of one character. */
    private static final List<byte[]> BYTES = List.of(b(0x00), b(0x01), b(0x1F), b(0x7F), b(0x80), b(0xC0, 0x80),
            b(0xC2, 0x85), b(0xC2, 0xA0), b(0xC3), b(0xE4, 0xB8), b(0xED, 0xA0, 0x80), b(0xEF, 0xBF, 0xBE),
            b(0xEF, 0xBF, 0xBF), b(0xEF, 0xBF, 0xBD), b(0xF0, 0x9F, 0x98, 0x80), b(0xF8), b(0xFF), b(0xE0, 0x80, 0x80),
            b(0xEF, 0xBB, 0xBF), b('<'), b('&'), b('>'), b(']', ']', '>'), b('"'), b('\''), b('\r'), b('\t'),
            b(0xE2, 0x80, 0xA8), b(0xEF, 0xB7, 0x90));
    private static final List<String> SIGNATURES = signatures();

    private static final Map<String, TreeSet<Integer>> LENGTHS = lengths();

    private BrokenMessages() {
    }

    // ---- the tree ----

    /** The message with one change to its tree at the {@code at}-th element (modulo their number). */
    static byte[] tree(byte[] xml, String kind, int at, int pick) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            List<Element> all = new ArrayList<>();
            collect(doc.getDocumentElement(), all);
            Element e = all.get(at % all.size());
            Node parent = e.getParentNode();
            boolean root = parent == doc;
            switch (kind) {
                case "drop" -> {
                    if (!root) {
                        parent.removeChild(e);
                    }
                }
                case "double" -> {
                    if (!root) {
                        parent.insertBefore(e.cloneNode(true), e);
                    }
                }
                case "swap" -> {
                    Element next = nextElement(e);
                    if (next != null) {
                        parent.insertBefore(next, e);
                    }
                }
                case "rename" -> {
                    Element other = all.get(pick % all.size());
                    doc.renameNode(e, other.getNamespaceURI(), other.getTagName());
                }
                case "add" -> {
                    Element added = doc.createElementNS(CEB, "ceb:" + all.get(pick % all.size()).getLocalName());
                    added.setTextContent("1");
                    e.appendChild(added);
                }
                case "value" -> {
                    if (firstElement(e) == null) {
                        e.setTextContent(VALUES.get(pick % VALUES.size()));
                    } else {
                        e.appendChild(doc.createTextNode(VALUES.get(pick % VALUES.size())));
                    }
                }
                case "attribute" -> {
                    if (pick % 2 == 0) {
                        e.setAttribute(pick % 3 == 0 ? "guid" : "version", VALUES.get(pick % VALUES.size()));
                    } else {
                        e.removeAttribute(pick % 3 == 0 ? "guid" : "version");
                    }
                }
                default -> throw new IllegalArgumentException(kind);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Element e, List<Element> all) {
        all.add(e);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                collect(child, all);
            }
        }
    }

    private static Element firstElement(Element e) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                return child;
            }
        }
        return null;
    }

    private static Element nextElement(Node n) {
        for (Node c = n == null ? null : n.getNextSibling(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                return child;
            }
        }
        return null;
    }

    // ---- the text ----

    private static final Pattern TEXT = Pattern.compile(">([^<>]*)</((?:[A-Za-z0-9_]+:)?([A-Za-z0-9_]+))>");
    private static final Pattern START = Pattern.compile("<((?:[A-Za-z0-9_]+:)?[A-Za-z0-9_]+)([^>]*?)(/?)>");
    private static final Pattern ROOT = Pattern.compile("<((?:[^<>:\\s]+:)?CEB\\d{3}Message)([^>]*)>");
    private static final Pattern SIGNATURE = Pattern.compile("(?s)<(ds:)?Signature[ >].*</(ds:)?Signature>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(guid|version|Algorithm|URI)=\"([^\"]*)\"");

    /** The message (without a byte order mark) with one change of {@code kind} to its text. */
    static byte[] text(String xml, String kind, Random random) {
        String s = switch (kind) {
            case "line ends" -> lineEnds(xml, random);
            case "attribute white space" -> replaceAttribute(xml, random, (name, value) -> insert(value, random,
                    pick(random, List.of("\t", "\n", "\r", "\r\n", " ", "  "))));
            case "entity" -> replaceText(xml, random, (name, value) -> insert(value, random, pick(random, ENTITIES)));
            case "default namespace" -> defaultNamespace(xml, random);
            case "rebound prefix" -> rebind(xml, random);
            case "other prefix" -> otherPrefix(xml, random);
            case "xsi" -> xsi(xml, random);
            case "number" -> number(xml, random);
            case "length" -> length(xml, random);
            case "signature" -> signature(xml, random);
            case "uri" -> replaceAttribute(xml, random, (name, value) -> pick(random, URIS));
            case "comment" -> insertBeforeTag(xml, random, pick(random, COMMENTS));
            case "markup" -> random.nextBoolean() ? insertBeforeTag(xml, random, pick(random, MARKUP))
                    : replaceText(xml, random, (name, value) -> pick(random, MARKUP));
            case "declaration" -> pick(random, DECLARATIONS) + withoutDeclaration(xml);
            case "bytes" -> null;
            case "tags" -> tags(xml, random);
            case "fixed" -> replaceText(xml, random, "currency", pick(random, List.of("142", " 142", "142 ", "143",
                    "", "14 2", "１４２", "&#49;42", "142\r\n", "1&#52;2")));
            case "text between elements" -> insertBeforeTag(xml, random, pick(random, List.of("x", " ", "\r\n",
                    "\t", "&#32;", "\u00A0", "&amp;", "\u3000")));
            case "attribute order" -> attributeOrder(xml, random);
            default -> throw new IllegalArgumentException(kind);
        };
        if (s == null) {
            return bytes(xml, random);
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String lineEnds(String xml, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> xml.replace("\n", "\r\n");
            case 1 -> xml.replace("\n", "\r");
            case 2 -> xml.replace(">", ">\r\n").replace("\r\n</", "</");
            default -> replaceText(xml, random, (name, value) -> insert(value, random,
                    pick(random, List.of("\r\n", "\r", "\n", "\r\r\n", "\n\r"))));
        };
    }

    /** A random simple element's text through {@code change} (name, old value). */
    private static String replaceText(String xml, Random random, java.util.function.BinaryOperator<String> change) {
        List<MatchResult> texts = matches(TEXT, xml);
        if (texts.isEmpty()) {
            return xml;
        }
        MatchResult m = texts.get(random.nextInt(texts.size()));
        return xml.substring(0, m.start(1)) + change.apply(m.group(3), m.group(1)) + xml.substring(m.end(1));
    }

    /** The text of a random element named {@code name} (any prefix). */
    private static String replaceText(String xml, Random random, String name, String value) {
        List<MatchResult> texts = new ArrayList<>();
        for (MatchResult m : matches(TEXT, xml)) {
            if (m.group(3).equals(name)) {
                texts.add(m);
            }
        }
        if (texts.isEmpty()) {
            return xml;
        }
        MatchResult m = texts.get(random.nextInt(texts.size()));
        return xml.substring(0, m.start(1)) + value + xml.substring(m.end(1));
    }

    private static String replaceAttribute(String xml, Random random, java.util.function.BinaryOperator<String> change) {
        List<MatchResult> attributes = matches(ATTRIBUTE, xml);
        if (attributes.isEmpty()) {
            return xml;
        }
        MatchResult m = attributes.get(random.nextInt(attributes.size()));
        return xml.substring(0, m.start(2)) + change.apply(m.group(1), m.group(2)) + xml.substring(m.end(2));
    }

    private static String insert(String value, Random random, String what) {
        int at = random.nextInt(value.length() + 1);
        if (at > 0 && at < value.length() && Character.isLowSurrogate(value.charAt(at))) {
            at--;
        }
        return value.substring(0, at) + what + value.substring(at);
    }

    private static String insertBeforeTag(String xml, Random random, String what) {
        List<Integer> tags = new ArrayList<>();
        for (int i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
            tags.add(i);
        }
        tags.add(xml.length());
        int at = tags.get(random.nextInt(tags.size()));
        return xml.substring(0, at) + what + xml.substring(at);
    }

    private static String defaultNamespace(String xml, Random random) {
        String s = xml.replace(" xmlns:ceb=\"" + CEB + "\"", " xmlns=\"" + CEB + "\"").replace("<ceb:", "<")
                .replace("</ceb:", "</");
        return switch (random.nextInt(4)) {
            case 0 -> s;
            // the signature in the default namespace too
            case 1 -> s.replace(" xmlns:ds=\"" + DSIG + "\"", " xmlns=\"" + DSIG + "\"").replace("<ds:", "<")
                    .replace("</ds:", "</");
            // a default namespace that does not stop at the signature
            case 2 -> s.replace("<ds:Signature xmlns:ds=\"" + DSIG + "\">", "<ds:Signature xmlns:ds=\"" + DSIG
                    + "\" xmlns=\"" + pick(random, List.of(DSIG, CEB, "", "http://other")) + "\">");
            // undeclared again below the root
            default -> rebind(s, random);
        };
    }

    /** One element declares a prefix (or the default namespace) again, to this or another namespace. */
    private static String rebind(String xml, Random random) {
        List<MatchResult> tags = matches(START, xml);
        if (tags.isEmpty()) {
            return xml;
        }
        MatchResult m = tags.get(random.nextInt(tags.size()));
        String prefix = pick(random, List.of("ceb", "ceb", "ds", "", "x"));
        String uri = pick(random, List.of(CEB, CEB, DSIG, XSI, "", "http://other", "http://www.w3.org/XML/1998/namespace",
                "http://www.w3.org/2000/xmlns/", CEB + "/", " " + CEB, "http://www.chinaport.gov.cn/ceb&#47;"));
        String declaration = prefix.isEmpty() ? " xmlns=\"" + uri + "\"" : " xmlns:" + prefix + "=\"" + uri + "\"";
        return xml.substring(0, m.end(1)) + declaration + xml.substring(m.end(1));
    }

    private static String otherPrefix(String xml, Random random) {
        String prefix = pick(random, PREFIXES);
        String from = random.nextInt(4) == 0 ? "ds" : "ceb";
        return xml.replace("xmlns:" + from + "=", "xmlns:" + prefix + "=").replace("<" + from + ":", "<" + prefix + ":")
                .replace("</" + from + ":", "</" + prefix + ":");
    }

    private static final Pattern ONE_ATTRIBUTE = Pattern.compile("\\s+[^\\s=]+\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    /** A tag's attributes (namespace declarations too) in another order, one of them perhaps given twice. */
    private static String attributeOrder(String xml, Random random) {
        List<MatchResult> tags = new ArrayList<>();
        for (MatchResult m : matches(START, xml)) {
            if (m.group(2).contains("=")) {
                tags.add(m);
            }
        }
        if (tags.isEmpty()) {
            return xml;
        }
        MatchResult m = tags.get(random.nextInt(tags.size()));
        List<String> attributes = new ArrayList<>();
        Matcher a = ONE_ATTRIBUTE.matcher(m.group(2));
        while (a.find()) {
            attributes.add(" " + a.group().trim());
        }
        java.util.Collections.shuffle(attributes, random);
        if (random.nextBoolean()) {
            attributes.add(random.nextInt(attributes.size() + 1), attributes.get(random.nextInt(attributes.size())));
        }
        return xml.substring(0, m.start(2)) + String.join("", attributes) + (m.group(2).endsWith(" ") ? " " : "")
                + xml.substring(m.end(2));
    }

    private static String xsi(String xml, Random random) {
        if (matches(ROOT, xml).isEmpty()) {
            return xml;
        }
        MatchResult root = matches(ROOT, xml).get(0);
        String s = xml.substring(0, root.end(1)) + " xmlns:xsi=\"" + XSI + "\"" + xml.substring(root.end(1));
        if (random.nextBoolean()) {
            return s;
        }
        List<MatchResult> tags = matches(START, s);
        MatchResult m = tags.get(random.nextInt(tags.size()));
        String attribute = pick(random, List.of(" xsi:nil=\"true\"", " xsi:nil=\"false\"", " xsi:type=\"xs:string\"",
                " xsi:schemaLocation=\"" + CEB + " ceb.xsd\"", " xsi:noNamespaceSchemaLocation=\"x.xsd\"",
                " xml:lang=\"zh\"", " xml:space=\"preserve\"", " Id=\"x\"", " guid=\"x\""));
        return s.substring(0, m.end(1)) + attribute + s.substring(m.end(1));
    }

    private static String number(String xml, Random random) {
        String name = pick(random, NUMBERS);
        String value = pick(random, NUMBER_VALUES);
        String s = replaceText(xml, random, name, value);
        return s.equals(xml) ? replaceText(xml, random, (n, v) -> value) : s;
    }

    /** A string at one of the lengths the schema gives elements of this name, or one more, in ASCII or Chinese. */
    private static String length(String xml, Random random) {
        return replaceText(xml, random, (name, value) -> {
            TreeSet<Integer> lengths = LENGTHS.getOrDefault(name, new TreeSet<>(List.of(1, 30, 100)));
            List<Integer> candidates = new ArrayList<>(lengths);
            int n = candidates.get(random.nextInt(candidates.size())) + random.nextInt(3) - 1;
            String unit = pick(random, List.of("x", "中", "é", "&amp;", "\r\n", "-", "9", "😀", "&#x4E2D;"));
            return unit.repeat(Math.max(0, n));
        });
    }

    private static String signature(String xml, Random random) {
        Matcher m = SIGNATURE.matcher(xml);
        String variant = pick(random, SIGNATURES);
        if (!m.find()) {
            int end = xml.lastIndexOf("</");
            return xml.substring(0, end) + variant + xml.substring(end);
        }
        if (random.nextInt(10) == 0) {
            return xml.substring(0, m.start()) + xml.substring(m.end()); // none: required on 621, 623, 625
        }
        return xml.substring(0, m.start()) + variant + xml.substring(m.end());
    }

    private static String tags(String xml, Random random) {
        List<MatchResult> texts = matches(TEXT, xml);
        if (texts.isEmpty()) {
            return xml;
        }
        MatchResult m = texts.get(random.nextInt(texts.size()));
        String q = m.group(2);
        String end = pick(random, List.of("</" + q + " >", "</" + q + "\n>", "</" + q + "x>", "</" + q.toUpperCase()
                + ">", "</" + q, "</" + q + "\t\r\n>", "</ " + q + ">", "</" + q + "/>", "</>"));
        String s = xml.substring(0, m.end(1)) + end + xml.substring(m.end());
        return switch (random.nextInt(3)) {
            case 0 -> s;
            case 1 -> xml.substring(0, m.start()) + pick(random, List.of("/>", " />", "\t/>", "/ >", "></" + q
                    + ">")) + xml.substring(m.end());
            default -> {
                if (matches(ROOT, xml).isEmpty()) {
                    yield s;
                }
                MatchResult root = matches(ROOT, xml).get(0);
                String attributes = root.group(2);
                String changed = pick(random, List.of(attributes.replace("\"", "'"), attributes.replace("=", " = "),
                        attributes.replace("\" ", "\""), attributes + " guid=\"x\"", attributes + " version='1.0'",
                        attributes.replaceFirst("xmlns:ceb=\"[^\"]*\"", "$0 $0"), attributes + " ",
                        attributes.replace(" ", "\n"), attributes.replace(" ", "\r\n"), attributes.replace(" ", "\t"),
                        attributes.replace("version=\"1.0\"", "version=\"1.0 \""),
                        attributes.replace("version=\"1.0\"", "version=\"1&amp;0\""),
                        attributes.replace("version=\"1.0\"", "version=\"1&#46;0\""),
                        attributes.replace("version=\"1.0\"", "version=\"\""),
                        attributes.replace("version=\"1.0\"", "version=\"12345678901\""),
                        attributes.replace("version=\"1.0\"", "version=\"中文版本号一二三四\""),
                        attributes.replace("version=\"1.0\"", "version=\"中文版本号一二三四五\""),
                        attributes.replace("version=\"1.0\"", "version=\"<\"")));
                yield xml.substring(0, root.start(2)) + changed + xml.substring(root.end(2));
            }
        };
    }

    private static byte[] bytes(String xml, Random random) {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(b.length);
        byte[] put = BYTES.get(random.nextInt(BYTES.size()));
        // in place of the byte at 'at', or of the whole character there when it is not ASCII
        int end = at + 1;
        while (at > 0 && (b[at] & 0xC0) == 0x80) {
            at--;
        }
        while (end < b.length && (b[end] & 0xC0) == 0x80) {
            end++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.writeBytes(put);
        out.write(b, end, b.length - end);
        return out.toByteArray();
    }

    private static String withoutDeclaration(String xml) {
        return xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2) : xml;
    }

    private static List<MatchResult> matches(Pattern p, String s) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** The length facets (length, minLength, maxLength) of the schema's elements, by local name. */
    private static Map<String, TreeSet<Integer>> lengths() {
        try (InputStream in = BrokenMessages.class.getResourceAsStream("/ceb/ceb-import-202205.xsd")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            Document xsd = f.newDocumentBuilder().parse(in);
            Map<String, TreeSet<Integer>> out = new HashMap<>();
            var elements = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
            for (int i = 0; i < elements.getLength(); i++) {
                Element e = (Element) elements.item(i);
                for (String facet : List.of("length", "minLength", "maxLength")) {
                    var facets = e.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, facet);
                    if (facets.getLength() > 0 && facets.item(0).getParentNode().getParentNode().getParentNode() == e) {
                        out.computeIfAbsent(e.getAttribute("name"), k -> new TreeSet<>())
                                .add(Integer.parseInt(((Element) facets.item(0)).getAttribute("value")));
                    }
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forms of the signature: the samples', the benchmark's, and others the schema allows or refuses. */
    private static List<String> signatures() {
        String c14n = "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>";
        String method = "<ds:SignatureMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3\"/>";
        String digest = "<ds:DigestMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm3\"/>"
                + "<ds:DigestValue>SF/P+2sVsRQ9dJIqJSroW6ajb0Y=</ds:DigestValue>";
        String transforms = "<ds:Transforms><ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#"
                + "enveloped-signature\"></ds:Transform></ds:Transforms>";
        String reference = "<ds:Reference URI=\"\">" + transforms + digest + "</ds:Reference>";
        String value = "<ds:SignatureValue>\nAI0wdcUHaaOR+FZ7W8lN6FrjzS+iru1qoBTCxm4S6kn=\n</ds:SignatureValue>";
        String cert = "<ds:X509Certificate>\nMIIEWzCCA8SgAwIBAgIDAJknMA0GCSqGSIb3DQEBBQUAMHYxCzAJBgNVBAYTAmNu\n"
                + "</ds:X509Certificate>";
        String keyInfo = "<ds:KeyInfo><ds:KeyName>0001</ds:KeyName><ds:X509Data>" + cert + "</ds:X509Data></ds:KeyInfo>";
        String open = "<ds:Signature xmlns:ds=\"" + DSIG + "\">";
        String info = "<ds:SignedInfo>" + c14n + method + reference + "</ds:SignedInfo>";
        List<String> out = new ArrayList<>();
        out.add(BenchShapedMessages.SIGNATURE);
        out.add(open + info + value + keyInfo + "</ds:Signature>");
        out.add(open + info + value + "</ds:Signature>");
        out.add(open + info.replace(transforms, "") + value + keyInfo + "</ds:Signature>");
        out.add(open.replace(">", " Id=\"s1\">") + info + value + "</ds:Signature>");
        out.add(open + info.replace("<ds:Reference URI=\"\">", "<ds:Reference Id=\"r\" URI=\"\">") + value
                + "</ds:Signature>");
        out.add(open + info.replace("<ds:Reference URI=\"\">", "<ds:Reference URI=\"\" Type=\"http://a/b\">") + value
                + "</ds:Signature>");
        out.add(open + info.replace("<ds:Reference URI=\"\">", "<ds:Reference>") + value + "</ds:Signature>");
        out.add(open + info.replace("</ds:SignedInfo>", reference + "</ds:SignedInfo>") + value + "</ds:Signature>");
        out.add(open + info.replace(reference, "") + value + "</ds:Signature>");
        out.add(open + info.replace("SF/P+2sVsRQ9dJIqJSroW6ajb0Y=", "") + value + "</ds:Signature>");
        out.add(open + info.replace("SF/P+2sVsRQ9dJIqJSroW6ajb0Y=", "2026-13-45") + value + "</ds:Signature>");
        out.add(open + info.replace("SF/P+2sVsRQ9dJIqJSroW6ajb0Y=", "SF/P +2sV\r\nsRQ9dJIq\tJSroW6ajb0Y=") + value
                + "</ds:Signature>");
        out.add(open + info.replace("SF/P+2sVsRQ9dJIqJSroW6ajb0Y=", "SF/P+2sVsRQ9dJIqJSroW6ajb0Z=") + value
                + "</ds:Signature>");
        out.add(open + info.replace("<ds:DigestValue>", "<ds:DigestValue><!-- c -->") + value + "</ds:Signature>");
        out.add(open + info + value + keyInfo.replace("<ds:KeyName>0001</ds:KeyName>", "") + "</ds:Signature>");
        out.add(open + info + value + keyInfo.replace("<ds:KeyName>0001</ds:KeyName>", "<ds:KeyName/>")
                + "</ds:Signature>");
        out.add(open + info + value + "<ds:KeyInfo></ds:KeyInfo></ds:Signature>");
        out.add(open + info + value + "<ds:KeyInfo>text<ds:KeyName>k</ds:KeyName></ds:KeyInfo></ds:Signature>");
        out.add(open + info + value + keyInfo.replace(cert, cert + cert) + "</ds:Signature>");
        out.add(open + info + value + keyInfo.replace("<ds:X509Data>" + cert + "</ds:X509Data>", "<ds:X509Data>"
                + "</ds:X509Data>") + "</ds:Signature>");
        out.add(open + info + value + keyInfo.replace(cert, "<ds:X509SubjectName>CN=x</ds:X509SubjectName>")
                + "</ds:Signature>");
        out.add(open + info + value + keyInfo.replace(cert, "<ds:X509SKI>QUJD</ds:X509SKI>") + "</ds:Signature>");
        out.add(open + info.replace(c14n, c14n.replace("/>", ">abc</ds:CanonicalizationMethod>")) + value
                + "</ds:Signature>");
        out.add(open + info.replace(c14n, c14n.replace("/>", ">\r\n\t </ds:CanonicalizationMethod>")) + value
                + "</ds:Signature>");
        out.add(open + info.replace(c14n, c14n.replace("/>", "><!-- c --></ds:CanonicalizationMethod>")) + value
                + "</ds:Signature>");
        out.add(open + info.replace(c14n, c14n.replace(" Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"",
                "")) + value + "</ds:Signature>");
        out.add(open + info.replace("></ds:Transform>", "><ds:XPath>not(x)</ds:XPath></ds:Transform>") + value
                + "</ds:Signature>");
        out.add(open + info.replace("<ds:Transforms>", "<ds:Transforms><!-- c -->") + value + "</ds:Signature>");
        out.add(open + info.replace(transforms, "<ds:Transforms></ds:Transforms>") + value + "</ds:Signature>");
        out.add(open + info + "<ds:SignatureValue/></ds:Signature>");
        out.add(open + info + value.replace("kn=", "kn") + "</ds:Signature>");
        out.add(open + info + value + keyInfo + "<ds:Object>x</ds:Object></ds:Signature>");
        out.add(open + value + info + "</ds:Signature>");
        out.add("<Signature xmlns=\"" + DSIG + "\">" + (info + value + keyInfo).replace("ds:", "") + "</Signature>");
        out.add("<sig:Signature xmlns:sig=\"" + DSIG + "\">" + (info + value + keyInfo).replace("ds:", "sig:")
                + "</sig:Signature>");
        out.add(open + info.replace("<ds:SignedInfo>", "<ds:SignedInfo xmlns:ds=\"" + CEB + "\">") + value
                + "</ds:Signature>");
        out.add("<ds:Signature xmlns:ds=\"" + CEB + "\">" + info + value + "</ds:Signature>");
        out.add(open + info + value + "</ds:Signature><ds:Signature xmlns:ds=\"" + DSIG + "\">" + info + value
                + "</ds:Signature>");
        return List.copyOf(out);
    }
}
