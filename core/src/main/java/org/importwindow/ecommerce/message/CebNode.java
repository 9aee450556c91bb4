package org.importwindow.ecommerce.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny neutral tree for a message that arrived as JSON (or any other tree format): the server builds it with its
 * JSON library, the core turns it into the same XML and checks it exactly as an XML message. One JSON object member
 * is one node named by the member's key; an array is several nodes of that name in order; a scalar is a node with
 * text. Attributes: keys starting with {@code @}, or this node's {@code attributes}; on the root, {@code guid} and
 * {@code version} are attributes as in the XML. See {@code package-info} for the JSON shape.
 *
 * @param name element name (a JSON key), e.g. {@code InventoryHead}; the root's name is the message root, e.g.
 *         {@code CEB621Message}
 * @param text text content for a leaf ({@code null} for none); JSON numbers and booleans as their JSON text
 * @param attributes attributes by name (may be empty)
 * @param children child nodes in order (may be empty)
 */
public record CebNode(String name, String text, Map<String, String> attributes, List<CebNode> children) {

    public CebNode {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A leaf: {@code <name>text</name>}. */
    public static CebNode leaf(String name, String text) {
        return new CebNode(name, text, Map.of(), List.of());
    }

    /** An element with children. */
    public static CebNode of(String name, CebNode... children) {
        return new CebNode(name, null, Map.of(), Arrays.asList(children));
    }

    /** An element with children. */
    public static CebNode of(String name, List<CebNode> children) {
        return new CebNode(name, null, Map.of(), children);
    }

    /** This node with one more child at the end. */
    public CebNode with(CebNode child) {
        List<CebNode> c = new ArrayList<>(children);
        c.add(child);
        return new CebNode(name, text, attributes, c);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
