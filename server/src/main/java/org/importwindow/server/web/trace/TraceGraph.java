package org.importwindow.server.web.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.server.traceability.Trace;

/**
 * The trace drawn as a layered graph (an inline SVG, no script library): imports on the left, then each object one
 * column right of what it came from, parties and locations at the end of the edges that reach them. Drawn only up to
 * {@link #MAX_NODES} nodes; a larger trace is shown by its tables alone.
 */
record TraceGraph(int width, int height, List<Box> boxes, List<Line> lines) {
    static final int MAX_NODES = 150;
    private static final int COLUMN = 250;
    private static final int ROW = 34;

    record Box(int x, int y, String label, String kind, String title) {
    }

    record Line(int x1, int y1, int x2, int y2, String relation) {
    }

    /** The graph of the trace, or null when it is too large to draw legibly. */
    static TraceGraph of(Trace t) {
        if (t.nodes().isEmpty() || t.nodes().size() > MAX_NODES) {
            return null;
        }
        Map<String, Integer> layer = new LinkedHashMap<>();
        t.nodes().forEach(n -> layer.put(n.id(), 0));
        // longest path from the roots, relaxed at most once per node (a cycle cannot push a node further)
        for (int round = 0; round < t.nodes().size(); round++) {
            boolean changed = false;
            for (Trace.Edge e : t.edges()) {
                Integer from = layer.get(e.from());
                Integer to = layer.get(e.to());
                if (from != null && to != null && to < from + 1 && from + 1 < t.nodes().size()) {
                    layer.put(e.to(), from + 1);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        Map<Integer, Integer> rows = new HashMap<>();
        Map<String, int[]> at = new HashMap<>();
        List<Box> boxes = new ArrayList<>();
        int maxLayer = 0;
        int maxRow = 0;
        for (Trace.Node n : t.nodes()) {
            int l = layer.get(n.id());
            int r = rows.merge(l, 1, Integer::sum) - 1;
            int x = 10 + l * COLUMN;
            int y = 10 + r * ROW;
            at.put(n.id(), new int[] {x, y});
            boxes.add(new Box(x, y, shortLabel(n.label()), n.kind(), n.id()));
            maxLayer = Math.max(maxLayer, l);
            maxRow = Math.max(maxRow, r);
        }
        List<Line> lines = new ArrayList<>();
        for (Trace.Edge e : t.edges()) {
            int[] a = at.get(e.from());
            int[] b = at.get(e.to());
            if (a != null && b != null) {
                lines.add(new Line(a[0] + 200, a[1] + 12, b[0], b[1] + 12, e.relation()));
            }
        }
        return new TraceGraph(20 + (maxLayer + 1) * COLUMN, 20 + (maxRow + 1) * ROW, boxes, lines);
    }

    private static String shortLabel(String label) {
        String s = label.startsWith("https://id.gs1.org/") ? label.substring("https://id.gs1.org/".length()) : label;
        return s.length() > 30 ? "…" + s.substring(s.length() - 29) : s;
    }
}
