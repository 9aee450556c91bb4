package org.importwindow.server.recall;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.importwindow.recall.AffectedScope;
import org.importwindow.recall.ChainLevel;
import org.importwindow.recall.Consignment;
import org.importwindow.traceability.epcis.Identifiers;
import org.importwindow.server.traceability.EpcisStore;
import org.importwindow.server.traceability.StoredEvent;
import org.importwindow.traceability.epcis.ImportLinks;
import org.springframework.stereotype.Component;

/**
 * A recall's affected scope read from the stored EPCIS events ({@link EpcisStore}): where the units of a GTIN's lots
 * went.
 *
 * <p><b>Which objects.</b> The lot itself (a lot class in a quantity list), every serial of the GTIN stored with that
 * lot (a serial's Digital Link carried the lot once, e.g. at commissioning), and every container (SSCC, case, any
 * parent) those were aggregated into, level by level up (aggregation ADD or OBSERVE; DELETE ignored). As in the
 * trace, events are not ordered in time: a pallet that ever held a unit of the lot counts it wherever it goes.
 *
 * <p><b>Which consignments.</b> Every {@code shipping} or {@code receiving} event of those objects, from the source
 * (owning party, else possessing party, else source location, else the event's business location) to the
 * destination (the same order; a receiving event without destination: its business location). A receiving event that
 * matches a shipping event already counted (same receiver, lot, objects and units) is the same goods arriving and is
 * not counted again; a shipping event without any destination is left out (nobody known to tell).
 * {@code retail_selling} events are the units sold to consumers (to {@link #CONSUMERS}).
 *
 * <p><b>How many units.</b> Per consignment and lot: the quantity of the lot's class in the event's quantity (or
 * child quantity) list when it has one, plus the number of distinct serials of the lot in the objects moved
 * (directly, or as children of a container, counted once however deep); a container aggregated with a lot quantity
 * (childQuantityList) carries that quantity (the largest one stated). A quantity in a unit of measure (e.g. KGM) is
 * taken as its number: the plan's units should then be in the same measure.
 *
 * <p><b>Which level.</b> For the receiving party: IMPORTER when it is the enterprise that captured an import-linked
 * event (business transaction naming a declaration or e-commerce list) or that event's destination or business
 * location; else RETAILER when retail_selling events were captured at one of its locations (any product); else
 * DISTRIBUTOR when it ships the lot on; else RETAILER (the end of the traced chain: the last business before
 * consumers). A location stands for its party when an event names both (destination party and location, or a
 * receiving event's destination and business location) or when they share a GLN.
 *
 * <p><b>Products made from the lot</b> ({@link #derivedConsignments}). A transformation event that takes in the lot
 * (its class in the input quantities, or one of its serials or containers as input) makes its outputs affected too:
 * each output's GTIN and lot (an output named by serial stands for its whole product, erring towards telling too
 * many) gets a scope of its own, and so do products made from those, up to {@value #DERIVED_LEVELS} steps.
 *
 * <p><b>Cost.</b> Reads by identifier, event number and location in batches (a few per containment level and per
 * {@value #BATCH} objects), each event read once, never one read per event; it stops at {@link #MAX_OBJECTS}
 * objects.
 */
@Component
public class TracedScope implements AffectedScope {
    /** The receiving "party" of units sold at retail. */
    public static final String CONSUMERS = "consumers";
    public static final int MAX_OBJECTS = 200_000;
    private static final int BATCH = 500;
    private static final String NO_LOT = "";
    private static final Set<String> QUANTITY_ROLES = Set.of("QUANTITY", "CHILD_QUANTITY", "INPUT_QUANTITY",
            "OUTPUT_QUANTITY");
    private static final List<String> STEPS = List.of("shipping", "receiving", "retail_selling");
    private static final String AGGREGATION = "AggregationEvent";
    private static final String TRANSFORMATION = "TransformationEvent";
    /** How many steps of products made from products a recall follows. */
    static final int DERIVED_LEVELS = 3;

    private final EpcisStore store;
    /** The last few scopes walked, by product, lots and the store's version. */
    private final Map<List<Object>, Traced> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Traced> eldest) {
            return size() > 16;
        }
    };

    public TracedScope(EpcisStore store) {
        this.store = store;
    }

    /** The units of each lot an object holds: distinct serials and stated quantities. */
    private static final class Content {
        final Map<String, Set<String>> serials = new HashMap<>();
        final Map<String, BigDecimal> quantity = new HashMap<>();

        void addAll(Content o) {
            o.serials.forEach((lot, s) -> serials.computeIfAbsent(lot, k -> new HashSet<>()).addAll(s));
            o.quantity.forEach((lot, q) -> quantity.merge(lot, q, BigDecimal::add));
        }
    }

    private record Event(long seq, OffsetDateTime time, String step, String bizLocation, String capturedBy) {
    }

    private record Sd(String kind, String type, String party) {
    }

    @Override
    public List<Consignment> consignments(String gtin, List<String> lots) {
        return traced(gtin, lots).consignments();
    }

    /**
     * Products made from the lots, found by following transformation events (inputs of the lot, its serials or its
     * containers; outputs by class or serial), then products made from those, up to {@value #DERIVED_LEVELS} steps:
     * each with its own scope.
     */
    @Override
    public List<Consignment> derivedConsignments(String gtin, List<String> lots) {
        List<Consignment> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Made> next = new ArrayDeque<>(traced(gtin, lots).madeFrom());
        for (int level = 0; level < DERIVED_LEVELS && !next.isEmpty(); level++) {
            Deque<Made> after = new ArrayDeque<>();
            for (Made m : next) {
                if (seen.add(m.gtin() + "/" + m.lot())) {
                    Traced t = traced(m.gtin(), m.lot() == null ? List.of() : List.of(m.lot()));
                    out.addAll(t.consignments());
                    after.addAll(t.madeFrom());
                }
            }
            next = after;
        }
        return out;
    }

    /** A product (GTIN, 14 digits) and lot (null: all its lots) made from the traced lots. */
    private record Made(String gtin, String lot) {
    }

    private record Traced(List<Consignment> consignments, List<Made> madeFrom) {
    }

    /**
     * The scope of the product's lots, reused while no event is stored: a recall case asks for its consignments and
     * then for the products made from its lots, both from the same walk.
     */
    private Traced traced(String gtin, List<String> lots) {
        List<Object> key = java.util.Arrays.asList(gtin, lots == null ? List.of() : List.copyOf(lots),
                store.version());
        synchronized (recent) {
            Traced t = recent.get(key);
            if (t != null) {
                return t;
            }
        }
        Traced t = walk(gtin, lots);
        synchronized (recent) {
            recent.put(key, t);
        }
        return t;
    }

    private Traced walk(String gtin, List<String> lots) {
        String g = gtinClass(gtin);
        if (g == null) {
            return new Traced(List.of(), List.of());
        }
        // the lot classes asked for, with the plan's spelling of each lot
        Map<String, String> lotOf = new LinkedHashMap<>();
        if (lots != null) {
            for (String l : lots) {
                if (l != null && !l.isBlank()) {
                    lotOf.put(Identifiers.canonical(g + "/10/" + l.strip()), l.strip());
                }
            }
        }
        boolean allLots = lotOf.isEmpty();

        // 1. the lot's own rows: its class in quantity lists, serials stored with it
        Map<String, String> serialLot = new HashMap<>();
        Map<Long, Set<String>> objectsOf = new HashMap<>();
        Set<Long> quantityEvents = new HashSet<>();
        for (EpcisStore.IdentifierRow row : store.identifierRows(allLots ? g : null,
                allLots ? null : lotOf.keySet())) {
            if (QUANTITY_ROLES.contains(row.role())) {
                quantityEvents.add(row.seq());
            } else {
                String lc = row.lotClass();
                String lot = lc == null ? NO_LOT : lotOf.getOrDefault(lc, lotLabel(lc));
                String before = serialLot.get(row.identifier());
                if (before == null || NO_LOT.equals(before)) {
                    serialLot.put(row.identifier(), lot);
                }
                objectsOf.computeIfAbsent(row.seq(), k -> new HashSet<>()).add(row.role() + " " + row.identifier());
            }
        }
        Events events = new Events();
        // the stated quantities of the lot per event (aggregations and the steps that move goods only)
        Map<Long, Map<String, BigDecimal>> stated = new HashMap<>();
        for (StoredEvent e : events.of(quantityEvents, true)) {
            if (STEPS.contains(e.bizStep()) || AGGREGATION.equals(e.type())) {
                Map<String, BigDecimal> q = quantities(e, g, lotOf, allLots);
                if (!q.isEmpty()) {
                    stated.put(e.seq(), q);
                }
            }
        }

        // 2. containers, level by level up: child -> parent of aggregations not undone by the same event
        Map<String, Set<String>> childrenOf = new HashMap<>();
        Map<String, Content> contents = new HashMap<>();
        Set<String> known = new HashSet<>(serialLot.keySet());
        Deque<String> frontier = new ArrayDeque<>(known);
        // a container aggregated with a lot quantity (childQuantityList) holds that quantity
        for (StoredEvent e : events.of(stated.keySet(), true)) {
            if (adds(e)) {
                for (String parent : e.identifiers().stream().filter(n -> n.role().equals("PARENT"))
                        .map(StoredEvent.Named::identifier).toList()) {
                    Content c = contents.computeIfAbsent(parent, k -> new Content());
                    stated.get(e.seq()).forEach((lot, q) -> c.quantity.merge(lot, q, BigDecimal::max));
                    if (known.add(parent)) {
                        frontier.add(parent);
                    }
                }
            }
        }
        boolean truncated = false;
        while (!frontier.isEmpty() && !truncated) {
            Set<String> batch = new HashSet<>();
            while (!frontier.isEmpty() && batch.size() < BATCH) {
                batch.add(frontier.poll());
            }
            List<String[]> found = new ArrayList<>();
            for (StoredEvent e : events.of(store.eventsNaming(batch), false)) {
                if (!adds(e)) {
                    continue;
                }
                for (StoredEvent.Named child : e.identifiers()) {
                    if (child.role().equals("CHILD") && batch.contains(child.identifier())) {
                        for (StoredEvent.Named parent : e.identifiers()) {
                            if (parent.role().equals("PARENT")) {
                                found.add(new String[] {child.identifier(), parent.identifier()});
                            }
                        }
                    }
                }
            }
            for (String[] cp : found) {
                childrenOf.computeIfAbsent(cp[1], k -> new HashSet<>()).add(cp[0]);
                if (known.add(cp[1])) {
                    frontier.add(cp[1]);
                    truncated = known.size() >= MAX_OBJECTS;
                }
            }
        }
        Map<String, Content> resolved = new HashMap<>();
        for (String id : known) {
            content(id, serialLot, childrenOf, contents, resolved, new HashSet<>());
        }

        // 3. every event of those objects, with the objects it names
        for (StoredEvent e : events.of(store.eventsNaming(known), false)) {
            for (StoredEvent.Named n : e.identifiers()) {
                if (known.contains(n.identifier())) {
                    objectsOf.computeIfAbsent(e.seq(), k -> new HashSet<>()).add(n.role() + " " + n.identifier());
                }
            }
        }
        Set<Long> allSeqs = new HashSet<>(objectsOf.keySet());
        allSeqs.addAll(quantityEvents);

        // 4. those that move goods or link to an import, with their sources and destinations
        Map<Long, Event> moves = new HashMap<>();
        Set<Long> imports = new HashSet<>();
        Map<Long, Event> importEvents = new HashMap<>();
        Map<Long, List<Sd>> sds = new HashMap<>();
        List<Made> madeFrom = new ArrayList<>();
        for (StoredEvent s : events.of(allSeqs, false)) {
            if (TRANSFORMATION.equals(s.type()) && takesIn(s, g, lotOf, allLots, known)) {
                madeFrom.addAll(outputs(s));
            }
            Event e = new Event(s.seq(), s.eventTime(), s.bizStep(), s.bizLocation(), s.capturedBy());
            if (s.bizTransactions().stream().anyMatch(t -> ImportLinks.CUSTOMS_DECLARATION.equals(t.type())
                    || ImportLinks.CBEC_INVENTORY.equals(t.type()))) {
                imports.add(s.seq());
            }
            if (STEPS.contains(e.step())) {
                moves.put(e.seq(), e);
            }
            importEvents.put(e.seq(), e);
            if (!s.parties().isEmpty()) {
                sds.put(s.seq(), s.parties().stream().map(p -> new Sd(p.kind(), p.type(), p.id())).toList());
            }
        }
        importEvents.keySet().retainAll(imports);
        Set<Long> withParties = new HashSet<>(moves.keySet());
        withParties.addAll(imports);

        // parties and their locations
        Parties parties = new Parties();
        for (Long seq : withParties) {
            Event e = moves.containsKey(seq) ? moves.get(seq) : importEvents.get(seq);
            parties.learn(e, sds.getOrDefault(seq, List.of()));
        }
        Set<String> importers = new HashSet<>();
        for (Event e : importEvents.values()) {
            importers.add(e.capturedBy());
            String to = parties.party(sds.getOrDefault(e.seq(), List.of()), "D");
            if (to != null) {
                importers.add(to);
            }
            if (e.bizLocation() != null) {
                importers.add(parties.of(e.bizLocation()));
            }
        }

        // 5. the consignments, in time order; receipts of goods already shipped are not counted twice
        List<Event> ordered = new ArrayList<>(moves.values());
        ordered.sort(Comparator.comparing(Event::time).thenComparing(Event::seq));
        record Draft(String lot, String from, String to, long units, boolean consumer) {
        }
        List<Draft> drafts = new ArrayList<>();
        Map<String, Integer> shipped = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Event e : ordered) {
                boolean receiving = "receiving".equals(e.step());
                if (receiving != (pass == 1)) {
                    continue;
                }
                List<Sd> list = sds.getOrDefault(e.seq(), List.of());
                Set<String> objects = objectsOf.getOrDefault(e.seq(), Set.of());
                Map<String, Long> units = units(objects, resolved, stated.get(e.seq()));
                boolean retail = "retail_selling".equals(e.step());
                String from = parties.party(list, "S");
                if (from == null && !receiving && e.bizLocation() != null) {
                    from = parties.of(e.bizLocation());
                }
                String to = retail ? CONSUMERS : parties.party(list, "D");
                if (to == null && receiving && e.bizLocation() != null) {
                    to = parties.of(e.bizLocation());
                }
                if (to == null) {
                    continue;
                }
                String objectKey = String.join(",", new TreeSet<>(objects));
                for (Map.Entry<String, Long> u : units.entrySet()) {
                    String key = to + "|" + u.getKey() + "|" + objectKey + "|" + u.getValue();
                    if (receiving) {
                        int n = shipped.getOrDefault(key, 0);
                        if (n > 0) {
                            shipped.put(key, n - 1);
                            continue;
                        }
                    } else if (!retail) {
                        shipped.merge(key, 1, Integer::sum);
                    }
                    drafts.add(new Draft(u.getKey(), from, to, u.getValue(), retail));
                }
            }
        }

        // the receivers' levels
        Set<String> shipsOn = new HashSet<>();
        Set<String> receivers = new LinkedHashSet<>();
        for (Draft d : drafts) {
            if (!d.consumer()) {
                receivers.add(d.to());
                if (d.from() != null) {
                    shipsOn.add(d.from());
                }
            }
        }
        Set<String> sellers = new HashSet<>();
        for (Draft d : drafts) {
            if (d.consumer() && d.from() != null) {
                sellers.add(d.from());
            }
        }
        // a party that ships on is a distributor unless it also sells to consumers (this lot or another): only those
        // are asked, since a receiver that does not ship on is a retailer either way (below)
        Set<String> shippingOn = new LinkedHashSet<>(receivers);
        shippingOn.retainAll(shipsOn);
        shippingOn.removeAll(sellers);
        sellers.addAll(parties.retailers(shippingOn));
        List<Consignment> out = new ArrayList<>();
        String plain = g.substring(g.length() - 14);
        for (Draft d : drafts) {
            ChainLevel level;
            if (d.consumer()) {
                level = ChainLevel.CONSUMER;
            } else if (importers.contains(d.to())) {
                level = ChainLevel.IMPORTER;
            } else if (sellers.contains(d.to())) {
                level = ChainLevel.RETAILER;
            } else if (shipsOn.contains(d.to())) {
                level = ChainLevel.DISTRIBUTOR;
            } else {
                level = ChainLevel.RETAILER;
            }
            out.add(new Consignment(plain, NO_LOT.equals(d.lot()) ? null : d.lot(), d.from(), d.to(), level,
                    d.units()));
        }
        return new Traced(List.copyOf(out), List.copyOf(madeFrom));
    }

    /** Whether the transformation takes in the traced lots: their class, one of their serials or containers. */
    private static boolean takesIn(StoredEvent e, String gtinClass, Map<String, String> lotOf, boolean allLots,
                                   Set<String> known) {
        for (StoredEvent.Named n : e.identifiers()) {
            if (n.role().equals("INPUT") && known.contains(n.identifier())) {
                return true;
            }
            if (n.role().equals("INPUT_QUANTITY") && (lotOf.containsKey(n.identifier())
                    || allLots && gtinClass.equals(Identifiers.gtinClass(n.identifier())))) {
                return true;
            }
        }
        return false;
    }

    /** The products and lots a transformation puts out (trade items only: a GTIN class, lot or serial). */
    private static List<Made> outputs(StoredEvent e) {
        List<Made> out = new ArrayList<>();
        for (StoredEvent.Named n : e.identifiers()) {
            String g = Identifiers.gtinClass(n.identifier());
            if (g != null && (n.role().equals("OUTPUT") || n.role().equals("OUTPUT_QUANTITY"))) {
                String lot = Identifiers.lotClass(n.identifier());
                out.add(new Made(g.substring(g.length() - 14), lot == null ? null : lotLabel(lot)));
            }
        }
        return out;
    }

    /** Who is who: locations stand for parties when an event names both or they share a GLN. */
    private final class Parties {
        private final Map<String, String> partyOfLocation = new HashMap<>();
        private final Map<String, Set<String>> locationsOfParty = new HashMap<>();
        private final Set<String> known = new HashSet<>();

        void learn(Event e, List<Sd> list) {
            for (String kind : List.of("S", "D")) {
                String party = direct(list, kind);
                if (party == null) {
                    continue;
                }
                known.add(party);
                for (Sd sd : list) {
                    if (sd.kind().equals(kind) && "location".equals(sd.type())) {
                        link(sd.party(), party);
                    }
                }
                boolean here = "D".equals(kind) == "receiving".equals(e.step());
                if (here && e.bizLocation() != null) {
                    link(e.bizLocation(), party);
                }
            }
        }

        private void link(String location, String party) {
            partyOfLocation.putIfAbsent(location, party);
            locationsOfParty.computeIfAbsent(party, k -> new HashSet<>()).add(location);
        }

        /** The party standing for a location (itself when none is known). */
        String of(String location) {
            String p = partyOfLocation.get(location);
            if (p != null) {
                return p;
            }
            String gln = gln(location, "414/");
            if (gln != null && known.contains(Identifiers.DL_BASE + "417/" + gln)) {
                return Identifiers.DL_BASE + "417/" + gln;
            }
            return location;
        }

        /** The source ("S") or destination ("D") party of an event: owning, possessing, else its location's. */
        String party(List<Sd> list, String kind) {
            String p = direct(list, kind);
            if (p != null) {
                return p;
            }
            for (Sd sd : list) {
                if (sd.kind().equals(kind) && "location".equals(sd.type())) {
                    return of(sd.party());
                }
            }
            return null;
        }

        private static String direct(List<Sd> list, String kind) {
            for (String type : List.of("owning_party", "possessing_party")) {
                for (Sd sd : list) {
                    if (sd.kind().equals(kind) && type.equals(sd.type())) {
                        return sd.party();
                    }
                }
            }
            return null;
        }

        /** The receivers at whose locations retail_selling events were captured (any product). */
        Set<String> retailers(Set<String> receivers) {
            Map<String, String> locations = new HashMap<>();
            for (String r : receivers) {
                locations.put(r, r);
                locationsOfParty.getOrDefault(r, Set.of()).forEach(l -> locations.put(l, r));
                String gln = gln(r, "417/");
                if (gln != null) {
                    locations.put(Identifiers.DL_BASE + "414/" + gln, r);
                }
            }
            Set<String> out = new HashSet<>();
            for (String l : store.locationsWithStep(locations.keySet(), "retail_selling")) {
                out.add(locations.get(l));
            }
            return out;
        }
    }

    /** Units per lot in the objects an event names: stated quantities, else its containers', plus distinct serials. */
    private static Map<String, Long> units(Set<String> objects, Map<String, Content> resolved,
                                           Map<String, BigDecimal> stated) {
        Content moved = new Content();
        Map<String, BigDecimal> containerQuantity = new HashMap<>();
        for (String roleAndId : objects) {
            int space = roleAndId.indexOf(' ');
            String role = roleAndId.substring(0, space);
            Content c = resolved.get(roleAndId.substring(space + 1));
            if (c == null || QUANTITY_ROLES.contains(role) || role.startsWith("INPUT") || role.startsWith("OUTPUT")) {
                continue;
            }
            c.serials.forEach((lot, s) -> moved.serials.computeIfAbsent(lot, k -> new HashSet<>()).addAll(s));
            if (!"CHILD".equals(role)) {
                c.quantity.forEach((lot, q) -> containerQuantity.merge(lot, q, BigDecimal::add));
            }
        }
        Map<String, BigDecimal> quantity = stated == null || stated.isEmpty() ? containerQuantity : stated;
        Map<String, Long> out = new LinkedHashMap<>();
        quantity.forEach((lot, q) -> out.merge(lot, q.longValue(), Long::sum));
        moved.serials.forEach((lot, s) -> out.merge(lot, (long) s.size(), Long::sum));
        return out;
    }

    /** The lot units an object holds, its children's (once each however deep) and its own stated quantity. */
    private static Content content(String id, Map<String, String> serialLot, Map<String, Set<String>> childrenOf,
                                   Map<String, Content> stated, Map<String, Content> resolved, Set<String> path) {
        Content done = resolved.get(id);
        if (done != null) {
            return done;
        }
        Content c = new Content();
        if (!path.add(id)) {
            return c;
        }
        String lot = serialLot.get(id);
        if (lot != null) {
            c.serials.computeIfAbsent(lot, k -> new HashSet<>()).add(id);
        }
        Content own = stated.get(id);
        if (own != null) {
            c.quantity.putAll(own.quantity);
        }
        for (String child : childrenOf.getOrDefault(id, Set.of())) {
            Content cc = content(child, serialLot, childrenOf, stated, resolved, path);
            cc.serials.forEach((l, s) -> c.serials.computeIfAbsent(l, k -> new HashSet<>()).addAll(s));
            cc.quantity.forEach((l, q) -> c.quantity.merge(l, q, BigDecimal::add));
        }
        path.remove(id);
        resolved.put(id, c);
        return c;
    }

    /** The lot's entries of the event's quantity and child quantity lists. */
    private static Map<String, BigDecimal> quantities(StoredEvent e, String gtinClass, Map<String, String> lotOf,
                                                      boolean allLots) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (StoredEvent.Quantity q : e.quantities()) {
            if (!q.role().equals("QUANTITY") && !q.role().equals("CHILD_QUANTITY")) {
                continue;
            }
            String lotClass = Identifiers.lotClass(q.epcClass());
            String lot;
            if (lotClass != null && lotOf.containsKey(lotClass)) {
                lot = lotOf.get(lotClass);
            } else if (allLots && gtinClass.equals(Identifiers.gtinClass(q.epcClass()))) {
                lot = lotClass == null ? NO_LOT : lotLabel(lotClass);
            } else {
                continue;
            }
            out.merge(lot, q.amount() == null ? BigDecimal.ZERO : q.amount(), BigDecimal::add);
        }
        return out;
    }

    /** An aggregation that puts children into their parent (ADD or OBSERVE; DELETE takes them out). */
    private static boolean adds(StoredEvent e) {
        return AGGREGATION.equals(e.type()) && !"DELETE".equals(e.action());
    }

    /** The events read so far in one computation: each is read from the store once. */
    private final class Events {
        private final Map<Long, StoredEvent> read = new HashMap<>();
        private final Set<Long> withQuantities = new HashSet<>();

        Collection<StoredEvent> of(Collection<Long> seqs, boolean quantities) {
            List<Long> missing = new ArrayList<>();
            for (Long seq : seqs) {
                if (!read.containsKey(seq) || quantities && !withQuantities.contains(seq)) {
                    missing.add(seq);
                }
            }
            if (!missing.isEmpty()) {
                read.putAll(store.events(missing, quantities));
                if (quantities) {
                    withQuantities.addAll(missing);
                }
            }
            List<StoredEvent> out = new ArrayList<>(seqs.size());
            for (Long seq : seqs) {
                StoredEvent e = read.get(seq);
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        }
    }

    private static String lotLabel(String lotClass) {
        int i = lotClass.indexOf("/10/");
        return i < 0 ? NO_LOT : lotClass.substring(i + 4);
    }

    /** The GTIN class of a plan's GTIN (8 to 14 digits, padded to 14), or null. */
    static String gtinClass(String gtin) {
        if (gtin == null || !gtin.strip().matches("\\d{8,14}")) {
            return null;
        }
        String g = "0".repeat(14 - gtin.strip().length()) + gtin.strip();
        return Identifiers.DL_BASE + "01/" + g;
    }

    private static String gln(String id, String ai) {
        String prefix = Identifiers.DL_BASE + ai;
        if (id == null || !id.startsWith(prefix) || id.length() < prefix.length() + 13) {
            return null;
        }
        String gln = id.substring(prefix.length(), prefix.length() + 13);
        return gln.chars().allMatch(Character::isDigit) ? gln : null;
    }
}
