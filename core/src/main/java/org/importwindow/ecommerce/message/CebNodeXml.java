package org.importwindow.ecommerce.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link CebNode} tree into the XML message it stands for, so a JSON message is validated and read exactly
 * like an XML one. Fields may come in any order (JSON objects have none): children are put in the schema's order.
 * The {@code Signature} subtree goes into the XML Signature namespace. One element per line, so that line numbers
 * of schema errors still point somewhere sensible; the path is what names the place.
 */
final class CebNodeXml {
    private CebNodeXml() {
    }

    static byte[] toXml(CebNode tree) {
        CebNode root = tree;
        if ((root.name() == null || root.name().isBlank()) && root.children().size() == 1) {
            root = root.children().get(0); // the JSON document itself: {"CEB621Message": {...}}
        }
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(root, "/" + root.name(), 0, true, false, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(CebNode node, String path, int depth, boolean root, boolean ds, StringBuilder out) {
        String name = node.name();
        if (name != null && name.startsWith("ds:")) {
            name = name.substring(3);
            ds = true;
        }
        requireName(name, path);
        boolean signature = ds || ("Signature".equals(name) && depth == 1);
        String tag = signature ? "ds:" + name : name;

        Map<String, String> attributes = new LinkedHashMap<>(node.attributes());
        List<CebNode> children = new ArrayList<>();
        for (CebNode c : node.children()) {
            String n = c.name();
            if (n != null && n.startsWith("@") && c.isLeaf()) {
                attributes.put(n.substring(1), c.text() == null ? "" : c.text());
            } else if (root && c.isLeaf() && ("guid".equals(n) || "version".equals(n))) {
                attributes.put(n, c.text() == null ? "" : c.text());
            } else {
                children.add(c);
            }
        }
        List<String> order = CebSchema.get().childOrder(name);
        children.sort(Comparator.comparingInt(c -> {
            int i = order.indexOf(c.name());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));

        indent(depth, out);
        out.append('<').append(tag);
        if (root) {
            out.append(" xmlns=\"").append(CebMessageType.NAMESPACE).append('"');
        }
        if (signature && !ds) {
            out.append(" xmlns:ds=\"").append(CebMessageType.XMLDSIG_NAMESPACE).append('"');
        }
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            requireName(a.getKey(), path + "/@" + a.getKey());
            out.append(' ').append(a.getKey()).append("=\"");
            escape(a.getValue(), true, path + "/@" + a.getKey(), out);
            out.append('"');
        }
        if (children.isEmpty()) {
            out.append('>');
            if (node.text() != null) {
                escape(node.text(), false, path, out);
            }
            out.append("</").append(tag).append(">\n");
            return;
        }
        out.append(">\n");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (CebNode c : children) {
            String childName = c.name() == null ? "" : c.name();
            int index = seen.merge(childName, 1, Integer::sum);
            String childPath = path + "/" + childName
                    + (CebSchema.get().isRepeated(childName) ? "[" + index + "]" : "");
            element(c, childPath, depth + 1, false, signature, out);
        }
        indent(depth, out);
        out.append("</").append(tag).append(">\n");
    }

    private static void indent(int depth, StringBuilder out) {
        for (int i = 0; i < depth; i++) {
            out.append('\t');
        }
    }

    /** Only plain XML names can be fields of the schema; anything else would not even be XML. */
    private static void requireName(String name, String path) {
        boolean ok = name != null && !name.isEmpty();
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = i == 0 ? Character.isLetter(c) || c == '_'
                    : Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
        }
        if (!ok) {
            throw new CebMessageException(new CebMessageError(CebMessageError.SCHEMA_VIOLATION,
                    CebMessageError.SPEC_SCHEMA, path, 0, 0,
                    "'" + name + "' is not a field of the message specification",
                    "“" + name + "”不是报文规范中的字段"));
        }
    }

    private static void escape(String text, boolean attribute, String path, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        throw new CebMessageException(new CebMessageError(CebMessageError.NOT_WELL_FORMED,
                                CebMessageError.SPEC_FORMAT, path, 0, 0,
                                "The text contains a character that XML does not allow (U+"
                                        + String.format("%04X", (int) c) + ")",
                                "文本中含有 XML 不允许的字符（U+" + String.format("%04X", (int) c) + "）"));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
