package org.importwindow.server.traceability;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.importwindow.traceability.epcis.EpcisEvent.Role;
import org.importwindow.traceability.epcis.EpcisQuery;
import org.importwindow.traceability.epcis.Identifiers;

/**
 * The SQL of an {@link EpcisQuery}: the same conditions as {@link EpcisQuery#test}, on the indexed columns and side
 * tables of V7. A GTIN class asked for is matched on the identifier rows' gtin_class column, other patterns by prefix.
 */
record SqlQuery(String where, List<Object> params) {

    static SqlQuery of(EpcisQuery q) {
        List<String> w = new ArrayList<>();
        List<Object> p = new ArrayList<>();
        w.add("e.seq > ?");
        p.add(q.after());
        if (!q.eventTypes().isEmpty()) {
            in(w, p, "e.event_type", q.eventTypes().stream().map(Enum::name).toList());
        }
        time(w, p, "e.event_time >= ?", q.geEventTime());
        time(w, p, "e.event_time < ?", q.ltEventTime());
        time(w, p, "e.record_time >= ?", q.geRecordTime());
        time(w, p, "e.record_time < ?", q.ltRecordTime());
        in(w, p, "e.action", q.actions());
        in(w, p, "e.biz_step", q.bizSteps());
        in(w, p, "e.disposition", q.dispositions());
        in(w, p, "e.read_point", q.readPoints());
        in(w, p, "e.biz_location", q.bizLocations());
        if (!q.eventIds().isEmpty()) {
            // an event stored without eventID is named by its hash (event_id null, V7); each branch has its index
            String marks = marks(q.eventIds().size());
            w.add("e.seq in (select seq from epcis_event where event_id in (" + marks + ") union all select seq "
                    + "from epcis_event where event_hash in (" + marks + ") and event_id is null)");
            p.addAll(q.eventIds());
            p.addAll(q.eventIds());
        }
        match(w, p, q.matchEpc(), EnumSet.of(Role.EPC, Role.CHILD));
        match(w, p, q.matchParentId(), EnumSet.of(Role.PARENT));
        match(w, p, q.matchInputEpc(), EnumSet.of(Role.INPUT));
        match(w, p, q.matchOutputEpc(), EnumSet.of(Role.OUTPUT));
        match(w, p, q.matchAnyEpc(), EnumSet.of(Role.EPC, Role.PARENT, Role.CHILD, Role.INPUT, Role.OUTPUT));
        match(w, p, q.matchEpcClass(), EnumSet.of(Role.QUANTITY, Role.CHILD_QUANTITY));
        match(w, p, q.matchAnyEpcClass(), EnumSet.of(Role.QUANTITY, Role.CHILD_QUANTITY, Role.INPUT_QUANTITY,
                Role.OUTPUT_QUANTITY));
        for (Map.Entry<String, List<String>> t : q.bizTransactions().entrySet()) {
            StringBuilder s = new StringBuilder("exists (select 1 from epcis_biz_transaction b where b.event_seq = e.seq"
                    + " and b.tx_type = ?");
            p.add(t.getKey());
            s.append(" and b.tx_value in (").append(marks(t.getValue().size())).append("))");
            p.addAll(t.getValue());
            w.add(s.toString());
        }
        return new SqlQuery(String.join(" and ", w), p);
    }

    private static void time(List<String> w, List<Object> p, String cond, java.time.OffsetDateTime t) {
        if (t != null) {
            w.add(cond);
            p.add(Timestamp.from(t.toInstant()));
        }
    }

    private static void in(List<String> w, List<Object> p, String column, Collection<String> values) {
        if (!values.isEmpty()) {
            w.add(column + " in (" + marks(values.size()) + ")");
            p.addAll(values);
        }
    }

    private static void match(List<String> w, List<Object> p, List<EpcisQuery.Match> matches, Set<Role> roles) {
        if (matches.isEmpty()) {
            return;
        }
        List<String> alternatives = new ArrayList<>();
        for (EpcisQuery.Match m : matches) {
            if (!m.prefix()) {
                alternatives.add("i.identifier = ?");
                p.add(m.value());
            } else if (m.value().equals(Identifiers.gtinClass(m.value()))) {
                alternatives.add("i.gtin_class = ?");
                p.add(m.value());
            } else {
                alternatives.add("i.identifier like ? escape '!'");
                p.add(m.value().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        StringBuilder s = new StringBuilder("exists (select 1 from epcis_event_identifier i where i.event_seq = e.seq"
                + " and i.role in (");
        s.append(String.join(", ", roles.stream().map(r -> "'" + r.name() + "'").toList())).append(") and (")
                .append(String.join(" or ", alternatives)).append("))");
        w.add(s.toString());
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
