package org.importwindow.traceability.epcis;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The EPCIS 2.0 common query parameters of {@code GET /events}, parsed and checked: a value a parameter cannot take,
 * or a parameter the standard does not define, is refused ({@link EpcisRules#QUERY_UNKNOWN_PARAMETER},
 * {@link EpcisRules#QUERY_BAD_VALUE}, {@link EpcisRules#QUERY_PAGING}). Identifiers and vocabulary values are brought to
 * the form events are stored in ({@link Identifiers#canonical}, {@link Cbv}), so a URN asks for the same objects as
 * its Digital Link. Several values of one parameter (repeated, or separated by {@code |}; by commas for eventType and
 * EQ_action) are alternatives; different parameters must all hold. {@link #test} is the predicate in memory; the
 * server's SQL reads the same fields.
 *
 * @param matchEpc         MATCH_epc: epcList, childEPCs (and parentID is MATCH_parentID's)
 * @param matchAnyEpc      MATCH_anyEPC: any instance identifier of the event, parentID included
 * @param matchEpcClass    MATCH_epcClass: quantityList and childQuantityList classes
 * @param matchAnyEpcClass MATCH_anyEPCClass: the classes of every quantity list
 * @param bizTransactions  EQ_bizTransaction_{type}: the type (normalised) to its transaction ids
 */
public record EpcisQuery(
        Set<EventType> eventTypes,
        OffsetDateTime geEventTime, OffsetDateTime ltEventTime,
        OffsetDateTime geRecordTime, OffsetDateTime ltRecordTime,
        List<String> actions, List<String> bizSteps, List<String> dispositions,
        List<String> readPoints, List<String> bizLocations, List<String> eventIds,
        List<Match> matchEpc, List<Match> matchParentId, List<Match> matchInputEpc, List<Match> matchOutputEpc,
        List<Match> matchAnyEpc, List<Match> matchEpcClass, List<Match> matchAnyEpcClass,
        Map<String, List<String>> bizTransactions,
        int perPage, long after) {

    public static final int DEFAULT_PER_PAGE = 30;
    public static final int MAX_PER_PAGE = 1000;

    /**
     * One identifier asked for: exactly ({@code prefix} false) or every identifier beginning with it: a pattern
     * ({@code urn:epc:idpat:sgtin:0614141.107346.*}, or any value ending in {@code *}) or a GTIN class
     * ({@code https://id.gs1.org/01/09521141012345}) stands for every serial, lot and class of it.
     */
    public record Match(String value, boolean prefix) {
        public boolean test(String canonical) {
            return canonical != null && (prefix ? canonical.startsWith(value) : canonical.equals(value));
        }
    }

    /** A refused query: the rule code, the parameter and why. */
    public static final class InvalidQueryException extends RuntimeException {
        private final String code;
        private final String parameter;

        public InvalidQueryException(String code, String parameter, String message) {
            super(message);
            this.code = code;
            this.parameter = parameter;
        }

        public String code() {
            return code;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** The query of the request's parameters (name to its values, as a servlet gives them). */
    public static EpcisQuery parse(Map<String, List<String>> params) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        OffsetDateTime geE = null;
        OffsetDateTime ltE = null;
        OffsetDateTime geR = null;
        OffsetDateTime ltR = null;
        List<String> actions = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        List<String> disps = new ArrayList<>();
        List<String> readPoints = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Match> epc = new ArrayList<>();
        List<Match> parent = new ArrayList<>();
        List<Match> input = new ArrayList<>();
        List<Match> output = new ArrayList<>();
        List<Match> any = new ArrayList<>();
        List<Match> cls = new ArrayList<>();
        List<Match> anyCls = new ArrayList<>();
        Map<String, List<String>> btt = new LinkedHashMap<>();
        int perPage = DEFAULT_PER_PAGE;
        long after = 0;
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey();
            List<String> raw = p.getValue();
            switch (name) {
                case "eventType" -> values(name, raw, ",").forEach(v -> types.add(EventType.of(v).orElseThrow(() ->
                        bad(name, "eventType " + v + " is none of the five event types"))));
                case "GE_eventTime" -> geE = time(name, raw);
                case "LT_eventTime" -> ltE = time(name, raw);
                case "GE_recordTime" -> geR = time(name, raw);
                case "LT_recordTime" -> ltR = time(name, raw);
                case "EQ_action" -> values(name, raw, ",").forEach(v -> {
                    if (!Set.of("ADD", "OBSERVE", "DELETE").contains(v)) {
                        throw bad(name, "EQ_action is ADD, OBSERVE or DELETE, not " + v);
                    }
                    actions.add(v);
                });
                case "EQ_bizStep" -> values(name, raw, "|").forEach(v -> steps.add(Cbv.BIZ_STEP.normalise(v)
                        .orElseThrow(() -> bad(name, v + " is neither a CBV 2.0 business step nor a URI"))));
                case "EQ_disposition" -> values(name, raw, "|").forEach(v -> disps.add(Cbv.DISPOSITION.normalise(v)
                        .orElseThrow(() -> bad(name, v + " is neither a CBV 2.0 disposition nor a URI"))));
                case "EQ_readPoint" -> values(name, raw, "|").forEach(v -> readPoints.add(identifier(name, v)));
                case "EQ_bizLocation" -> values(name, raw, "|").forEach(v -> locations.add(identifier(name, v)));
                case "EQ_eventID" -> ids.addAll(values(name, raw, "|"));
                case "MATCH_epc" -> epc.addAll(matches(name, raw));
                case "MATCH_parentID" -> parent.addAll(matches(name, raw));
                case "MATCH_inputEPC" -> input.addAll(matches(name, raw));
                case "MATCH_outputEPC" -> output.addAll(matches(name, raw));
                case "MATCH_anyEPC" -> any.addAll(matches(name, raw));
                case "MATCH_epcClass" -> cls.addAll(matches(name, raw));
                case "MATCH_anyEPCClass" -> anyCls.addAll(matches(name, raw));
                case "perPage" -> perPage = perPage(raw);
                case "nextPageToken" -> after = token(single(name, raw));
                default -> {
                    if (name.startsWith("EQ_bizTransaction_") && name.length() > "EQ_bizTransaction_".length()) {
                        String t = name.substring("EQ_bizTransaction_".length());
                        String type = Cbv.BIZ_TRANSACTION_TYPE.normalise(t).orElseThrow(() -> bad(name,
                                t + " is neither a CBV 2.0 business transaction type nor a URI"));
                        btt.computeIfAbsent(type, k -> new ArrayList<>()).addAll(values(name, raw, "|").stream()
                                .map(Identifiers::canonical).toList());
                    } else {
                        throw new InvalidQueryException(EpcisRules.QUERY_UNKNOWN_PARAMETER, name,
                                "unknown query parameter " + name + " (EPCIS 2.0 common query parameters only)");
                    }
                }
            }
        }
        return new EpcisQuery(types, geE, ltE, geR, ltR, actions, steps, disps, readPoints, locations, ids, epc,
                parent, input, output, any, cls, anyCls, btt, perPage, after);
    }

    /** A query for the events of one identifier ({@code GET /epcs/{epc}/events}): MATCH_anyEPC plus the classes. */
    public static EpcisQuery ofEpc(String epc, Map<String, List<String>> params) {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        p.put("MATCH_anyEPC", List.of(epc));
        return parse(p);
    }

    /** The opaque page token for "after the event stored as number {@code seq}". */
    public static String token(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p1:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long token(String t) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(t), StandardCharsets.UTF_8);
            if (s.startsWith("p1:")) {
                long v = Long.parseLong(s.substring(3));
                if (v >= 0) {
                    return v;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new InvalidQueryException(EpcisRules.QUERY_PAGING, "nextPageToken", "nextPageToken " + t
                + " was not issued by this server");
    }

    private static int perPage(List<String> raw) {
        String v = single("perPage", raw);
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_PER_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new InvalidQueryException(EpcisRules.QUERY_PAGING, "perPage", "perPage is a whole number from 1 to "
                + MAX_PER_PAGE + ", not " + v);
    }

    private static List<Match> matches(String name, List<String> raw) {
        List<Match> out = new ArrayList<>();
        for (String v : values(name, raw, "|")) {
            if (v.endsWith("*") && !v.startsWith("urn:epc:idpat:")) {
                out.add(new Match(v.substring(0, v.length() - 1), true));
                continue;
            }
            if (v.startsWith("urn:epc:idpat:") && Identifiers.problem(v) != null) {
                throw bad(name, Identifiers.problem(v).message());
            }
            String c = identifier(name, v);
            if (c.startsWith("urn:epc:idpat:")) {
                int star = c.indexOf('*');
                out.add(new Match(c.substring(0, star), true));
            } else if (c.equals(Identifiers.gtinClass(c))) {
                out.add(new Match(c, true));
            } else {
                out.add(new Match(c, false));
            }
        }
        return out;
    }

    private static String identifier(String name, String v) {
        Identifiers.Problem p = Identifiers.problem(v);
        if (p != null) {
            throw bad(name, p.message());
        }
        return Identifiers.canonical(v);
    }

    private static List<String> values(String name, List<String> raw, String separator) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            for (String v : r.split(java.util.regex.Pattern.quote(separator))) {
                if (!v.isBlank()) {
                    out.add(v.trim());
                }
            }
        }
        if (out.isEmpty()) {
            throw bad(name, name + " needs a value");
        }
        return out;
    }

    private static String single(String name, List<String> raw) {
        if (raw.size() != 1 || raw.get(0).isBlank()) {
            throw bad(name, name + " takes one value");
        }
        return raw.get(0).trim();
    }

    private static OffsetDateTime time(String name, List<String> raw) {
        String v = single(name, raw);
        OffsetDateTime t = EpcisReader.time(v);
        if (t == null) {
            throw bad(name, name + " must be a date and time with its offset (e.g. 2026-07-22T00:00:00Z), not " + v);
        }
        return t;
    }

    private static InvalidQueryException bad(String name, String message) {
        return new InvalidQueryException(EpcisRules.QUERY_BAD_VALUE, name, message);
    }

    /** Whether the event answers the query (paging aside). */
    public boolean test(EpcisEvent e) {
        if (!eventTypes.isEmpty() && !eventTypes.contains(e.type())) {
            return false;
        }
        if (geEventTime != null && e.eventTime().isBefore(geEventTime)
                || ltEventTime != null && !e.eventTime().isBefore(ltEventTime)) {
            return false;
        }
        if ((geRecordTime != null || ltRecordTime != null) && e.recordTime() == null
                || geRecordTime != null && e.recordTime().isBefore(geRecordTime)
                || ltRecordTime != null && !e.recordTime().isBefore(ltRecordTime)) {
            return false;
        }
        if (!in(actions, e.action()) || !in(bizSteps, e.bizStep()) || !in(dispositions, e.disposition())
                || !in(readPoints, Identifiers.canonical(e.readPoint()))
                || !in(bizLocations, Identifiers.canonical(e.bizLocation())) || !in(eventIds, e.eventID())) {
            return false;
        }
        if (!anyMatch(matchEpc, e, r -> r == EpcisEvent.Role.EPC || r == EpcisEvent.Role.CHILD)
                || !anyMatch(matchParentId, e, r -> r == EpcisEvent.Role.PARENT)
                || !anyMatch(matchInputEpc, e, r -> r == EpcisEvent.Role.INPUT)
                || !anyMatch(matchOutputEpc, e, r -> r == EpcisEvent.Role.OUTPUT)
                || !anyMatch(matchAnyEpc, e, EpcisQuery::instance)
                || !anyMatch(matchEpcClass, e, r -> r == EpcisEvent.Role.QUANTITY
                || r == EpcisEvent.Role.CHILD_QUANTITY)
                || !anyMatch(matchAnyEpcClass, e, r -> !instance(r))) {
            return false;
        }
        for (Map.Entry<String, List<String>> t : bizTransactions.entrySet()) {
            boolean found = e.bizTransactionList().stream().anyMatch(b -> t.getKey().equals(b.type())
                    && t.getValue().contains(Identifiers.canonical(b.value())));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Whether the role names an instance (an object) rather than a class with a quantity. */
    public static boolean instance(EpcisEvent.Role r) {
        return r == EpcisEvent.Role.EPC || r == EpcisEvent.Role.PARENT || r == EpcisEvent.Role.CHILD
                || r == EpcisEvent.Role.INPUT || r == EpcisEvent.Role.OUTPUT;
    }

    private static boolean in(List<String> allowed, String value) {
        return allowed.isEmpty() || value != null && allowed.contains(value);
    }

    private static boolean anyMatch(List<Match> matches, EpcisEvent e, Predicate<EpcisEvent.Role> roles) {
        if (matches.isEmpty()) {
            return true;
        }
        for (EpcisEvent.Identified id : e.identifiers()) {
            if (roles.test(id.role())) {
                String c = Identifiers.canonical(id.identifier());
                for (Match m : matches) {
                    if (m.test(c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
