package org.importwindow.ecommerce.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.importwindow.testing.JsonTrees;

/**
 * A JSON message as the {@link CebNode} tree the server makes of it with its JSON library (the core has none): one
 * node per member, an array as several nodes of that name, scalars as their text, nulls left out.
 */
final class MiniJson {
    private MiniJson() {
    }

    /** The document as an unnamed root whose children are the top-level members. */
    static CebNode tree(String json) {
        return new CebNode(null, null, null, members((Map<?, ?>) JsonTrees.parse(json)));
    }

    private static List<CebNode> members(Map<?, ?> object) {
        List<CebNode> out = new ArrayList<>();
        object.forEach((name, value) -> add(String.valueOf(name), value, out));
        return out;
    }

    private static void add(String name, Object value, List<CebNode> into) {
        if (value instanceof Map<?, ?> object) {
            into.add(CebNode.of(name, members(object)));
        } else if (value instanceof List<?> array) {
            array.forEach(v -> add(name, v, into));
        } else if (value != null) {
            into.add(CebNode.leaf(name, value.toString()));
        }
    }
}
