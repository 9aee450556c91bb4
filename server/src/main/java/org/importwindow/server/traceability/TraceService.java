package org.importwindow.server.traceability;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.importwindow.server.ecommerce.CbecReading;
import org.importwindow.traceability.epcis.Identifiers;
import org.importwindow.traceability.epcis.ImportLinks;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Traces a product class (GTIN), lot (GTIN + lot) or serial through the stored EPCIS events: backward to the import
 * declaration or e-commerce inventory list an event names (bizTransaction types of {@link ImportLinks}), and forward
 * through aggregation and association (parent and children move together), transformation (inputs become outputs)
 * and shipping/receiving (to each source's and destination's party or location, and each business location). The
 * walk goes over identifiers, a batch of them per read of the {@link EpcisStore}, and stops at
 * {@link #MAX_OBJECTS} objects or {@link #MAX_EVENTS} events (then {@code truncated}).
 *
 * <p>It does not order events in time: an object aggregated into a pallet is traced with everything the pallet ever
 * held (a trace errs towards telling too many people in a recall rather than too few).
 */
@Service
public class TraceService {
    public static final int MAX_OBJECTS = 50_000;
    public static final int MAX_EVENTS = 200_000;
    /** Identifiers or events per read (H2 plans IN lists of a few hundred fastest: 2000 was three times slower). */
    private static final int BATCH = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final EpcisStore store;
    private final CbecReading lists;

    public TraceService(NamedParameterJdbcTemplate jdbc, EpcisStore store, CbecReading lists) {
        this.jdbc = jdbc;
        this.store = store;
        this.lists = lists;
    }

    /** The trace of the identifier; {@code caller} is who asks (every signed-in user may trace, issue 5). */
    public Trace trace(String identifier, String caller) {
        String c = Identifiers.canonical(identifier.trim());
        String kind;
        List<EpcisStore.IdentifierRow> rows;
        if (c.equals(Identifiers.gtinClass(c))) {
            kind = "class";
            rows = store.identifierRows(c, null);
        } else if (c.equals(Identifiers.lotClass(c))) {
            kind = "lot";
            rows = store.identifierRows(null, List.of(c));
        } else {
            kind = "serial";
            rows = List.of();
        }
        Map<String, Trace.Node> nodes = new LinkedHashMap<>();
        Edges edges = new Edges();
        Map<Long, Trace.Event> events = new LinkedHashMap<>();
        Map<String, Trace.ImportLink> imports = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String> frontier = new ArrayDeque<>();
        for (EpcisStore.IdentifierRow row : rows) {
            if (seen.add(row.identifier())) {
                frontier.add(row.identifier());
            }
        }
        if ("serial".equals(kind) && seen.add(c)) {
            frontier.add(c);
        }
        boolean truncated = false;
        Set<Long> done = new HashSet<>();
        while (!frontier.isEmpty()) {
            List<String> batch = new ArrayList<>();
            while (!frontier.isEmpty() && batch.size() < BATCH) {
                batch.add(frontier.poll());
            }
            batch.forEach(id -> nodes.putIfAbsent(id, new Trace.Node(id, "object", id)));
            List<Long> fresh = store.eventsNaming(batch).stream().filter(done::add).toList();
            if (fresh.isEmpty()) {
                continue;
            }
            if (done.size() > MAX_EVENTS) {
                truncated = true;
                break;
            }
            for (int from = 0; from < fresh.size(); from += BATCH) {
                List<Long> part = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
                List<String> next = expand(store.events(part, false).values(), nodes, edges, events, imports);
                for (String n : next) {
                    if (seen.size() >= MAX_OBJECTS) {
                        truncated = true;
                        break;
                    }
                    if (seen.add(n)) {
                        frontier.add(n);
                    }
                }
            }
        }
        List<Trace.Event> ordered = new ArrayList<>(events.values());
        ordered.sort(java.util.Comparator.comparing(Trace.Event::eventTime));
        return new Trace(identifier, c, kind, List.copyOf(nodes.values()), edges.list(), ordered,
                List.copyOf(imports.values()), truncated);
    }

    /** Adds the events and their edges, and answers the identifiers they lead to. */
    private List<String> expand(Collection<StoredEvent> stored, Map<String, Trace.Node> nodes, Edges edges,
                                Map<Long, Trace.Event> events, Map<String, Trace.ImportLink> imports) {
        List<String> next = new ArrayList<>();
        for (StoredEvent e : stored) {
            String eventId = e.eventId();
            events.put(e.seq(), new Trace.Event(eventId, e.type(), e.eventTime(), e.action(), e.bizStep(),
                    e.disposition(), e.bizLocation(), e.capturedBy()));
            Map<String, List<String>> r = new HashMap<>();
            for (StoredEvent.Named n : e.identifiers()) {
                r.computeIfAbsent(n.role(), k -> new ArrayList<>()).add(n.identifier());
            }
            List<String> parents = r.getOrDefault("PARENT", List.of());
            List<String> children = new ArrayList<>(r.getOrDefault("CHILD", List.of()));
            children.addAll(r.getOrDefault("CHILD_QUANTITY", List.of()));
            for (String parent : parents) {
                for (String child : children) {
                    edges.add(parent, child, "contains", eventId);
                }
            }
            List<String> inputs = new ArrayList<>(r.getOrDefault("INPUT", List.of()));
            inputs.addAll(r.getOrDefault("INPUT_QUANTITY", List.of()));
            List<String> outputs = new ArrayList<>(r.getOrDefault("OUTPUT", List.of()));
            outputs.addAll(r.getOrDefault("OUTPUT_QUANTITY", List.of()));
            for (String in : inputs) {
                for (String out : outputs) {
                    edges.add(in, out, "transformed_into", eventId);
                }
            }
            r.values().forEach(next::addAll);
            // what moves: the objects, but a container's children only when the event names no container
            List<String> objects = new ArrayList<>();
            r.forEach((role, list) -> {
                if (!role.equals("CHILD") && !role.equals("CHILD_QUANTITY") || !r.containsKey("PARENT")) {
                    objects.addAll(list);
                }
            });
            for (StoredEvent.Party p : e.parties()) {
                nodes.putIfAbsent(p.id(), new Trace.Node(p.id(), "location".equals(p.type()) ? "location" : "party",
                        p.id()));
                if ("D".equals(p.kind())) {
                    for (String o : objects) {
                        edges.add(o, p.id(), "shipped_to", eventId);
                    }
                }
            }
            if (e.bizLocation() != null) {
                nodes.putIfAbsent(e.bizLocation(), new Trace.Node(e.bizLocation(), "location", e.bizLocation()));
                String relation = "receiving".equals(e.bizStep()) ? "received_at" : "at";
                for (String o : objects) {
                    edges.add(o, e.bizLocation(), relation, eventId);
                }
            }
            for (StoredEvent.Transaction t : e.bizTransactions()) {
                boolean declaration = ImportLinks.CUSTOMS_DECLARATION.equals(t.type());
                if (!declaration && !ImportLinks.CBEC_INVENTORY.equals(t.type())) {
                    continue;
                }
                String key = ImportLinks.key(t.value());
                String nodeId = (declaration ? "declaration:" : "inventory:") + key;
                Trace.ImportLink link = imports.computeIfAbsent(nodeId, k -> declaration ? declaration(key)
                        : inventory(key));
                nodes.putIfAbsent(nodeId, new Trace.Node(nodeId, link.kind(), key));
                for (String o : objects) {
                    edges.add(nodeId, o, "imported_under", eventId);
                }
            }
        }
        return next;
    }

    private Trace.ImportLink declaration(String id) {
        List<Trace.ImportLink> found = jdbc.query("select d.importer, e.name_zh, d.status from declaration d "
                + "left join enterprise e on e.uscc = d.importer where d.id = :id", Map.of("id", id), (rs, n) -> {
                    List<String> origins = jdbc.queryForList("select distinct origin from declaration_item where "
                            + "declaration_id = :id and origin is not null order by origin", Map.of("id", id),
                            String.class);
                    return new Trace.ImportLink("declaration", id, true, rs.getString(1), rs.getString(2), origins,
                            rs.getString(3));
                });
        return found.isEmpty() ? new Trace.ImportLink("declaration", id, false, null, null, List.of(), null)
                : found.get(0);
    }

    /**
     * The e-commerce list an event names, by invtNo or copNo, from the e-commerce store of record (RocksDB by
     * default, else SQL); a copNo is looked up under each registered enterprise as declaring agent.
     */
    private Trace.ImportLink inventory(String key) {
        List<String> agents = jdbc.queryForList("select customs_code from enterprise", Map.of(), String.class);
        return lists.listByNumber(key, agents)
                .map(l -> new Trace.ImportLink("inventory", key, true, l.agentCode(), null, List.<String>of(),
                        l.status()))
                .orElseGet(() -> new Trace.ImportLink("inventory", key, false, null, null, List.of(), null));
    }

    /**
     * The edges of a trace, one per (from, to, relation) with the first event that showed it and how many did: a lot
     * sold ten thousand times at a few hundred shops is a few hundred edges, not ten thousand (a third of the answer
     * at a million stored events).
     */
    private static final class Edges {
        private final Map<String, Trace.Edge> byKey = new LinkedHashMap<>();

        void add(String from, String to, String relation, String eventId) {
            byKey.merge(from + '\n' + to + '\n' + relation, new Trace.Edge(from, to, relation, eventId, 1),
                    (was, more) -> new Trace.Edge(was.from(), was.to(), was.relation(), was.eventId(), was.events() + 1));
        }

        List<Trace.Edge> list() {
            return List.copyOf(byKey.values());
        }
    }
}
