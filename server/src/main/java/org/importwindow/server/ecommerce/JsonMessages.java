package org.importwindow.server.ecommerce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.ecommerce.message.CebNode;
import tools.jackson.databind.JsonNode;

/**
 * A CEB message sent as JSON, turned into the core's neutral tree ({@link CebNode}) so that it is checked exactly as
 * the same message in XML: an object member is an element named by its key, an array is that element repeated, a
 * scalar is text; keys starting with {@code @} are attributes (the root's guid and version are the core's to place).
 */
public final class JsonMessages {
    private JsonMessages() {
    }

    /** The root: {@code {"CEB621Message": {...}}}; null when the JSON is not one object with one member. */
    public static CebNode tree(JsonNode json) {
        if (json == null || !json.isObject() || json.size() != 1) {
            return null;
        }
        Map.Entry<String, JsonNode> root = json.properties().iterator().next();
        List<CebNode> nodes = nodes(root.getKey(), root.getValue());
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    private static List<CebNode> nodes(String name, JsonNode value) {
        List<CebNode> out = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode v : value) {
                out.addAll(nodes(name, v));
            }
        } else if (value.isObject()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            List<CebNode> children = new ArrayList<>();
            for (Map.Entry<String, JsonNode> m : value.properties()) {
                if (m.getKey().startsWith("@")) {
                    attributes.put(m.getKey().substring(1), m.getValue().asString());
                } else {
                    children.addAll(nodes(m.getKey(), m.getValue()));
                }
            }
            out.add(new CebNode(name, null, attributes, children));
        } else if (!value.isNull()) {
            out.add(CebNode.leaf(name, value.isString() ? value.asString() : value.toString()));
        }
        return out;
    }
}
