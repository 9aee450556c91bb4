package org.importwindow.ecommerce.message;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds the tree a server would build from the JSON form of an XML message: keys are local names, attributes are
 * members (the root's guid and version plain, others with {@code @}), and each object's members in an arbitrary
 * order (here: reversed) because JSON objects have none. Arrays keep their order.
 */
final class JsonLikeTrees {
    private JsonLikeTrees() {
    }

    static CebNode fromXml(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            return node(root, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CebNode node(Element e, boolean root) {
        List<CebNode> members = new ArrayList<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            if (a.getNodeName().startsWith("xmlns")) {
                continue;
            }
            members.add(CebNode.leaf(root ? a.getLocalName() : "@" + a.getLocalName(), a.getNodeValue()));
        }
        Map<String, List<CebNode>> groups = new LinkedHashMap<>();
        boolean hasElements = false;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                hasElements = true;
                groups.computeIfAbsent(c.getLocalName(), k -> new ArrayList<>()).add(node(c, false));
            }
        }
        if (!hasElements && members.isEmpty()) {
            return CebNode.leaf(e.getLocalName(), e.getTextContent());
        }
        List<List<CebNode>> ordered = new ArrayList<>(groups.values());
        Collections.reverse(ordered);
        ordered.forEach(members::addAll);
        if (!hasElements) {
            return new CebNode(e.getLocalName(), e.getTextContent(), Map.of(), members);
        }
        return CebNode.of(e.getLocalName(), members);
    }
}
