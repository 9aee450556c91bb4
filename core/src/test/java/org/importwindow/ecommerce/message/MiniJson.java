package org.importwindow.ecommerce.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough JSON to turn a JSON message into a {@link CebNode} tree the way the server does with its JSON library
 * (the core has none): one node per member, an array as several nodes of that name, scalars as their JSON text,
 * nulls left out.
 */
final class MiniJson {
    private final String s;
    private int i;

    private MiniJson(String s) {
        this.s = s;
    }

    /** The document as an unnamed root whose children are the top-level members. */
    static CebNode tree(String json) {
        MiniJson p = new MiniJson(json);
        p.ws();
        List<CebNode> members = p.object();
        return new CebNode(null, null, null, members);
    }

    private List<CebNode> object() {
        expect('{');
        List<CebNode> members = new ArrayList<>();
        ws();
        if (peek() == '}') {
            i++;
            return members;
        }
        while (true) {
            ws();
            String key = string();
            ws();
            expect(':');
            ws();
            value(key, members);
            ws();
            if (peek() == ',') {
                i++;
            } else {
                expect('}');
                return members;
            }
        }
    }

    private void value(String key, List<CebNode> into) {
        char c = peek();
        if (c == '{') {
            into.add(CebNode.of(key, object()));
        } else if (c == '[') {
            i++;
            ws();
            if (peek() == ']') {
                i++;
                return;
            }
            while (true) {
                ws();
                value(key, into);
                ws();
                if (peek() == ',') {
                    i++;
                } else {
                    expect(']');
                    return;
                }
            }
        } else if (c == '"') {
            into.add(CebNode.leaf(key, string()));
        } else {
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String literal = s.substring(start, i);
            if (!literal.equals("null")) {
                into.add(CebNode.leaf(key, literal));
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private char peek() {
        return s.charAt(i);
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + i);
        }
        i++;
    }
}
