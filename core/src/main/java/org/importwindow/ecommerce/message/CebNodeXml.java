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
        StringBuilder out = new StringBuilder(8192);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        element(root, new Path(root.name()), 0, true, false, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Where we are, as the names and indexes of the open elements; made into text only for an error. */
    private static final class Path {
        private final String[] names = new String[64];
        private final int[] indexes = new int[64];
        private int depth;

        Path(String root) {
            names[0] = root;
            indexes[0] = 1;
            depth = 1;
        }

        void push(String name, int index) {
            if (depth == names.length) {
                throw new CebMessageException(new CebMessageError(CebMessageError.SCHEMA_VIOLATION,
                        CebMessageError.SPEC_SCHEMA, text(), 0, 0, "The message is nested too deeply",
                        "报文嵌套层次过深"));
            }
            names[depth] = name;
            indexes[depth] = index;
            depth++;
        }

        void pop() {
            depth--;
        }

        String text() {
            CebSchema schema = CebSchema.get();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < depth; i++) {
                b.append('/').append(names[i]);
                if (i > 0 && schema.isRepeated(names[i])) {
                    b.append('[').append(indexes[i]).append(']');
                }
            }
            return b.toString();
        }

        String text(String attribute) {
            return text() + "/@" + attribute;
        }
    }

    private static void element(CebNode node, Path path, int depth, boolean root, boolean ds, StringBuilder out) {
        String name = node.name();
        if (name != null && name.startsWith("ds:")) {
            name = name.substring(3);
            ds = true;
        }
        requireName(name, path, null);
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
        Map<String, Integer> order = CebSchema.get().childIndex(name);
        if (!inOrder(children, order)) {
            children.sort(Comparator.comparingInt(c -> order.getOrDefault(c.name(), Integer.MAX_VALUE)));
        }

        indent(depth, out);
        out.append('<').append(tag);
        if (root) {
            out.append(" xmlns=\"").append(CebMessageType.NAMESPACE).append('"');
        }
        if (signature && !ds) {
            out.append(" xmlns:ds=\"").append(CebMessageType.XMLDSIG_NAMESPACE).append('"');
        }
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            requireName(a.getKey(), path, a.getKey());
            out.append(' ').append(a.getKey()).append("=\"");
            escape(a.getValue(), true, path, a.getKey(), out);
            out.append('"');
        }
        if (children.isEmpty()) {
            out.append('>');
            if (node.text() != null) {
                escape(node.text(), false, path, null, out);
            }
            out.append("</").append(tag).append(">\n");
            return;
        }
        out.append(">\n");
        String previous = null;
        int index = 0;
        for (CebNode c : children) {
            String childName = c.name() == null ? "" : c.name();
            index = childName.equals(previous) ? index + 1 : 1;
            previous = childName;
            path.push(childName, index);
            element(c, path, depth + 1, false, signature, out);
            path.pop();
        }
        indent(depth, out);
        out.append("</").append(tag).append(">\n");
    }

    private static void indent(int depth, StringBuilder out) {
        for (int i = 0; i < depth; i++) {
            out.append('\t');
        }
    }

    private static boolean inOrder(List<CebNode> children, Map<String, Integer> order) {
        int last = -1;
        for (CebNode c : children) {
            int i = order.getOrDefault(c.name(), Integer.MAX_VALUE);
            if (i < last) {
                return false;
            }
            last = i;
        }
        return true;
    }

    /** Only plain XML names can be fields of the schema; anything else would not even be XML. */
    private static void requireName(String name, Path path, String attribute) {
        boolean ok = name != null && !name.isEmpty();
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = i == 0 ? Character.isLetter(c) || c == '_'
                    : Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
        }
        if (!ok) {
            throw new CebMessageException(new CebMessageError(CebMessageError.SCHEMA_VIOLATION,
                    CebMessageError.SPEC_SCHEMA, attribute == null ? path.text() : path.text(attribute), 0, 0,
                    "'" + name + "' is not a field of the message specification",
                    "“" + name + "”不是报文规范中的字段"));
        }
    }

    private static void escape(String text, boolean attribute, Path path, String attributeName, StringBuilder out) {
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
                                CebMessageError.SPEC_FORMAT,
                                attributeName == null ? path.text() : path.text(attributeName), 0, 0,
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
