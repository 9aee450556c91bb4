package org.importwindow.traceability.epcis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads JSON-LD capture documents ({@code EPCISDocument} with {@code epcisBody.eventList}) and single events, given as
 * the trees a JSON parser makes ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean}), into
 * {@link EpcisEvent}s, checking them against EPCIS 2.0 and CBV 2.0 on the way. Every error is collected with the
 * event's index and the field's path, so the sender sees all of them at once.
 */
public final class EpcisReader {
    /** The most events one capture document may carry (the REST binding lets a server set its own limit). */
    public static final int MAX_EVENTS = 10_000;

    private static final Pattern OFFSET = Pattern.compile("[+-](?:0\\d|1[0-4]):[0-5]\\d");
    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");
    private static final Set<String> COMMON = Set.of("type", "eventTime", "eventTimeZoneOffset", "recordTime",
            "eventID", "bizStep", "disposition", "persistentDisposition", "readPoint", "bizLocation",
            "bizTransactionList", "sourceList", "destinationList", "sensorElementList", "certificationInfo",
            "errorDeclaration", "@context", "@type", "id");
    private static final Map<EventType, Set<String>> OWN = Map.of(
            EventType.ObjectEvent, Set.of("action", "epcList", "quantityList", "ilmd"),
            EventType.AggregationEvent, Set.of("action", "parentID", "childEPCs", "childQuantityList"),
            EventType.TransactionEvent, Set.of("action", "parentID", "epcList", "quantityList"),
            EventType.TransformationEvent, Set.of("inputEPCList", "inputQuantityList", "outputEPCList",
                    "outputQuantityList", "transformationID", "ilmd"),
            EventType.AssociationEvent, Set.of("action", "parentID", "childEPCs", "childQuantityList"));

    private EpcisReader() {
    }

    /** A capture document (JSON-LD): {@code @context}, {@code type: EPCISDocument}, its events. */
    public static Capture readDocument(Object tree) {
        return readDocument(tree, true);
    }

    /** A capture document; {@code needContext} is false for XML, whose namespaces stand for the JSON-LD context. */
    static Capture readDocument(Object tree, boolean needContext) {
        if (!(tree instanceof Map<?, ?> doc)) {
            return Capture.failed(EpcisRules.UNREADABLE, "", "a capture document is a JSON object");
        }
        List<EpcisError> errors = new ArrayList<>();
        if (needContext && !doc.containsKey("@context")) {
            errors.add(new EpcisError(EpcisRules.NO_CONTEXT, -1, "@context",
                    "a JSON-LD EPCIS document needs @context (e.g. https://ref.gs1.org/standards/epcis/epcis-context.jsonld)"));
        }
        if (!"EPCISDocument".equals(doc.get("type"))) {
            errors.add(new EpcisError(EpcisRules.NOT_A_DOCUMENT, -1, "type", "type must be EPCISDocument, not "
                    + doc.get("type")));
        }
        if (!(doc.get("schemaVersion") instanceof String v) || !v.startsWith("2.")) {
            errors.add(new EpcisError(EpcisRules.NOT_A_DOCUMENT, -1, "schemaVersion",
                    "schemaVersion must be 2.0 (an EPCIS 2 document)"));
        }
        if (time(doc.get("creationDate")) == null) {
            errors.add(new EpcisError(EpcisRules.NOT_A_DOCUMENT, -1, "creationDate",
                    "creationDate must be a date and time with its offset"));
        }
        Object body = doc.get("epcisBody");
        Object list = body instanceof Map<?, ?> b ? b.get("eventList") : null;
        if (!(list instanceof List<?> events)) {
            errors.add(new EpcisError(EpcisRules.NOT_A_DOCUMENT, -1, "epcisBody.eventList",
                    "a capture document carries its events in epcisBody.eventList"));
            return new Capture(List.of(), errors);
        }
        if (events.size() > MAX_EVENTS) {
            errors.add(new EpcisError(EpcisRules.TOO_LARGE, -1, "epcisBody.eventList",
                    "at most " + MAX_EVENTS + " events in one capture document, not " + events.size()));
            return new Capture(List.of(), errors);
        }
        List<EpcisEvent> out = new ArrayList<>(events.size());
        Object context = doc.get("@context");
        for (int i = 0; i < events.size(); i++) {
            Object event = events.get(i);
            if (context != null && event instanceof Map<?, ?> em && !em.containsKey("@context")) {
                // the document's context travels with each event, so its extension prefixes stay resolvable when
                // the event is stored and given back alone
                Map<Object, Object> withContext = new LinkedHashMap<>();
                withContext.put("@context", context);
                withContext.putAll(em);
                event = withContext;
            }
            EpcisEvent e = readEvent(event, i, errors);
            if (e != null) {
                out.add(e);
            }
        }
        return new Capture(errors.isEmpty() ? out : List.of(), errors);
    }

    /** A single event as sent to {@code POST /events}: an event object with its own {@code @context}. */
    public static Capture readSingleEvent(Object tree) {
        List<EpcisError> errors = new ArrayList<>();
        if (!(tree instanceof Map<?, ?> m)) {
            return Capture.failed(EpcisRules.UNREADABLE, "", "an event is a JSON object");
        }
        if ("EPCISDocument".equals(m.get("type"))) {
            return Capture.failed(EpcisRules.UNREADABLE, "type", "send a capture document to /capture, one event here");
        }
        if (!m.containsKey("@context")) {
            errors.add(new EpcisError(EpcisRules.NO_CONTEXT, 0, "@context", "a JSON-LD EPCIS event needs @context"));
        }
        EpcisEvent e = readEvent(tree, 0, errors);
        return new Capture(errors.isEmpty() && e != null ? List.of(e) : List.of(), errors);
    }

    @SuppressWarnings("unchecked")
    static EpcisEvent readEvent(Object tree, int index, List<EpcisError> errors) {
        if (!(tree instanceof Map<?, ?> raw)) {
            errors.add(new EpcisError(EpcisRules.WRONG_TYPE, index, "", "an event is a JSON object"));
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        Fields f = new Fields(m, index, errors);
        Object typeName = m.get("type");
        EventType type = typeName instanceof String s ? EventType.of(s).orElse(null) : null;
        if (type == null) {
            f.error(EpcisRules.UNKNOWN_EVENT_TYPE, "type", "type must be one of ObjectEvent, AggregationEvent, "
                    + "TransactionEvent, TransformationEvent, AssociationEvent, not " + typeName);
            return null;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (String key : m.keySet()) {
            if (COMMON.contains(key) || OWN.get(type).contains(key)) {
                continue;
            }
            if (key.indexOf(':') > 0) {
                extensions.put(key, m.get(key));
            } else {
                f.error(EpcisRules.FIELD_NOT_ALLOWED, key, "a " + type + " has no field " + key
                        + " (user extensions are namespaced, e.g. example:" + key + ")");
            }
        }
        OffsetDateTime eventTime = time(m.get("eventTime"));
        if (eventTime == null) {
            f.error(EpcisRules.EVENT_TIME, "eventTime", m.containsKey("eventTime")
                    ? "eventTime must be a date and time with its offset (e.g. 2026-07-22T06:45:00+02:00)"
                    : "eventTime is required");
        }
        String offset = f.string("eventTimeZoneOffset");
        if (offset == null || !OFFSET.matcher(offset).matches()) {
            f.error(EpcisRules.TIME_ZONE_OFFSET, "eventTimeZoneOffset", offset == null
                    ? "eventTimeZoneOffset is required" : "eventTimeZoneOffset must be ±hh:mm, not " + offset);
        }
        OffsetDateTime recordTime = null;
        if (m.get("recordTime") != null) {
            recordTime = time(m.get("recordTime"));
            if (recordTime == null) {
                f.error(EpcisRules.OTHER_TIME, "recordTime", "recordTime must be a date and time with its offset");
            }
        }
        String action = f.string("action");
        if (type != EventType.TransformationEvent) {
            if (action == null) {
                f.error(EpcisRules.ACTION, "action", "a " + type + " needs an action (ADD, OBSERVE or DELETE)");
            } else if (!ACTIONS.contains(action)) {
                f.error(EpcisRules.ACTION, "action", "action must be ADD, OBSERVE or DELETE, not " + action);
            }
        }
        String bizStep = f.vocabulary("bizStep", Cbv.BIZ_STEP, EpcisRules.BIZ_STEP);
        String disposition = f.vocabulary("disposition", Cbv.DISPOSITION, EpcisRules.DISPOSITION);
        String readPoint = f.location("readPoint");
        String bizLocation = f.location("bizLocation");
        List<String> epcList = f.instances("epcList");
        String parentID = f.string("parentID");
        if (parentID != null) {
            f.identifier("parentID", parentID);
        }
        List<String> childEPCs = f.instances("childEPCs");
        List<String> inputEPCList = f.instances("inputEPCList");
        List<String> outputEPCList = f.instances("outputEPCList");
        List<QuantityElement> quantityList = f.quantities("quantityList");
        List<QuantityElement> childQuantityList = f.quantities("childQuantityList");
        List<QuantityElement> inputQuantityList = f.quantities("inputQuantityList");
        List<QuantityElement> outputQuantityList = f.quantities("outputQuantityList");
        List<BizTransaction> bizTransactions = f.bizTransactions();
        List<SourceDestination> sources = f.sourceDestinations("sourceList", "source");
        List<SourceDestination> destinations = f.sourceDestinations("destinationList", "destination");
        String transformationID = f.string("transformationID");
        String eventID = f.string("eventID");

        switch (type) {
            case AggregationEvent -> {
                if (parentID == null && action != null && !"OBSERVE".equals(action)) {
                    f.error(EpcisRules.REQUIRED_FIELD, "parentID", "an AggregationEvent with action " + action
                            + " needs a parentID");
                }
            }
            case AssociationEvent -> {
                if (parentID == null) {
                    f.error(EpcisRules.REQUIRED_FIELD, "parentID", "an AssociationEvent needs a parentID");
                }
            }
            case TransactionEvent -> {
                if (bizTransactions.isEmpty()) {
                    f.error(EpcisRules.REQUIRED_FIELD, "bizTransactionList",
                            "a TransactionEvent needs at least one bizTransaction");
                }
            }
            case TransformationEvent -> {
                boolean in = !inputEPCList.isEmpty() || !inputQuantityList.isEmpty();
                boolean out = !outputEPCList.isEmpty() || !outputQuantityList.isEmpty();
                if (transformationID == null && (!in || !out)) {
                    f.error(EpcisRules.REQUIRED_FIELD, in ? "outputEPCList" : "inputEPCList", "a TransformationEvent "
                            + "without a transformationID needs at least one input and one output");
                }
            }
            default -> {
            }
        }
        for (String k : List.of("sensorElementList")) {
            if (m.containsKey(k) && !(m.get(k) instanceof List)) {
                f.error(EpcisRules.WRONG_TYPE, k, k + " must be a list");
            }
        }
        if (m.containsKey("ilmd") && !(m.get("ilmd") instanceof Map)) {
            f.error(EpcisRules.WRONG_TYPE, "ilmd", "ilmd must be an object");
        } else if (m.containsKey("ilmd") && type == EventType.ObjectEvent && action != null && !"ADD".equals(action)) {
            f.error(EpcisRules.FIELD_NOT_ALLOWED, "ilmd", "instance/lot master data (ilmd) goes with action ADD only,"
                    + " when the objects are commissioned");
        }
        f.persistentDisposition();
        f.errorDeclaration();
        if (f.failed()) {
            return null;
        }
        return new EpcisEvent(type, eventTime, offset, recordTime, eventID, action, bizStep, disposition, readPoint,
                bizLocation, epcList, parentID, childEPCs, inputEPCList, outputEPCList, quantityList,
                childQuantityList, inputQuantityList, outputQuantityList, bizTransactions, sources, destinations,
                transformationID, m.get("sensorElementList"), m.get("ilmd"), m.get("certificationInfo"),
                m.get("errorDeclaration"), m.get("persistentDisposition"), Collections.unmodifiableMap(extensions),
                Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    }

    static OffsetDateTime time(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One event's fields read with their errors. */
    private static final class Fields {
        private final Map<String, Object> m;
        private final int index;
        private final List<EpcisError> errors;
        private final int before;

        Fields(Map<String, Object> m, int index, List<EpcisError> errors) {
            this.m = m;
            this.index = index;
            this.errors = errors;
            this.before = errors.size();
        }

        boolean failed() {
            return errors.size() > before;
        }

        void error(String code, String path, String message) {
            errors.add(new EpcisError(code, index, path, message));
        }

        String string(String key) {
            Object v = m.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof String s) {
                return s.trim();
            }
            error(EpcisRules.WRONG_TYPE, key, key + " must be a string");
            return null;
        }

        String vocabulary(String key, Cbv vocabulary, String code) {
            String v = string(key);
            if (v == null) {
                return null;
            }
            return vocabulary.normalise(v).orElseGet(() -> {
                error(code, key, key + " " + v + " is neither a CBV 2.0 term nor a user vocabulary URI");
                return null;
            });
        }

        String location(String key) {
            Object v = m.get(key);
            if (v == null) {
                return null;
            }
            Object id = v instanceof Map<?, ?> loc ? loc.get("id") : null;
            if (!(id instanceof String s) || s.isBlank()) {
                error(EpcisRules.LOCATION, key + ".id", key + " needs an id (an SGLN or a location URI)");
                return null;
            }
            Identifiers.Problem p = Identifiers.problem(s);
            if (p != null) {
                error(p.code(), key + ".id", p.message());
            }
            return s.trim();
        }

        void identifier(String path, String value) {
            Identifiers.Problem p = Identifiers.instanceProblem(value);
            if (p != null) {
                error(p.code(), path, p.message());
            }
        }

        List<String> instances(String key) {
            Object v = m.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                error(EpcisRules.WRONG_TYPE, key, key + " must be a list of identifiers");
                return List.of();
            }
            List<String> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String s) {
                    identifier(key + "[" + i + "]", s);
                    out.add(s.trim());
                } else {
                    error(EpcisRules.WRONG_TYPE, key + "[" + i + "]", "an identifier is a string");
                }
            }
            return List.copyOf(out);
        }

        List<QuantityElement> quantities(String key) {
            Object v = m.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                error(EpcisRules.WRONG_TYPE, key, key + " must be a list of quantity elements");
                return List.of();
            }
            List<QuantityElement> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String path = key + "[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> q)) {
                    error(EpcisRules.WRONG_TYPE, path, "a quantity element is an object");
                    continue;
                }
                Object cls = q.get("epcClass");
                if (!(cls instanceof String c)) {
                    error(EpcisRules.REQUIRED_FIELD, path + ".epcClass", "a quantity element needs an epcClass");
                    continue;
                }
                Identifiers.Problem p = Identifiers.classProblem(c);
                if (p != null) {
                    error(p.code(), path + ".epcClass", p.message());
                }
                BigDecimal quantity = null;
                Object qv = q.get("quantity");
                if (qv != null) {
                    try {
                        quantity = new BigDecimal(qv.toString().trim());
                        if (quantity.signum() < 0) {
                            error(EpcisRules.QUANTITY, path + ".quantity", "a quantity cannot be negative");
                        }
                    } catch (NumberFormatException e) {
                        error(EpcisRules.QUANTITY, path + ".quantity", "quantity must be a number, not " + qv);
                    }
                }
                Object uom = q.get("uom");
                if (uom != null && quantity == null) {
                    error(EpcisRules.QUANTITY, path + ".uom", "a uom needs a quantity");
                }
                out.add(new QuantityElement(c.trim(), quantity, uom == null ? null : uom.toString()));
            }
            return List.copyOf(out);
        }

        void persistentDisposition() {
            Object v = m.get("persistentDisposition");
            if (v == null) {
                return;
            }
            if (!(v instanceof Map<?, ?> pd)) {
                error(EpcisRules.WRONG_TYPE, "persistentDisposition", "persistentDisposition is an object of set/unset");
                return;
            }
            for (String k : List.of("set", "unset")) {
                Object l = pd.get(k);
                if (l == null) {
                    continue;
                }
                if (!(l instanceof List<?> list)) {
                    error(EpcisRules.WRONG_TYPE, "persistentDisposition." + k, k + " must be a list of dispositions");
                    continue;
                }
                for (int i = 0; i < list.size(); i++) {
                    if (Cbv.DISPOSITION.normalise(String.valueOf(list.get(i))).isEmpty()) {
                        error(EpcisRules.DISPOSITION, "persistentDisposition." + k + "[" + i + "]", list.get(i)
                                + " is neither a CBV 2.0 disposition nor a user vocabulary URI");
                    }
                }
            }
        }

        void errorDeclaration() {
            Object v = m.get("errorDeclaration");
            if (v == null) {
                return;
            }
            if (!(v instanceof Map<?, ?> ed)) {
                error(EpcisRules.WRONG_TYPE, "errorDeclaration", "errorDeclaration must be an object");
                return;
            }
            if (time(ed.get("declarationTime")) == null) {
                error(EpcisRules.OTHER_TIME, "errorDeclaration.declarationTime",
                        "an errorDeclaration needs its declarationTime (a date and time with its offset)");
            }
            if (ed.get("reason") != null && Cbv.ERROR_REASON.normalise(String.valueOf(ed.get("reason"))).isEmpty()) {
                error(EpcisRules.REQUIRED_FIELD, "errorDeclaration.reason", "reason " + ed.get("reason")
                        + " is neither a CBV 2.0 error reason nor a user vocabulary URI");
            }
            if (ed.get("correctiveEventIDs") != null && !(ed.get("correctiveEventIDs") instanceof List)) {
                error(EpcisRules.WRONG_TYPE, "errorDeclaration.correctiveEventIDs", "correctiveEventIDs is a list");
            }
        }

        List<BizTransaction> bizTransactions() {
            Object v = m.get("bizTransactionList");
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                error(EpcisRules.WRONG_TYPE, "bizTransactionList", "bizTransactionList must be a list");
                return List.of();
            }
            List<BizTransaction> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String path = "bizTransactionList[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> t) || !(t.get("bizTransaction") instanceof String id)
                        || id.isBlank()) {
                    error(EpcisRules.BIZ_TRANSACTION, path, "a bizTransaction needs its bizTransaction id");
                    continue;
                }
                String type = null;
                if (t.get("type") != null) {
                    type = Cbv.BIZ_TRANSACTION_TYPE.normalise(t.get("type").toString()).orElse(null);
                    if (type == null) {
                        error(EpcisRules.BIZ_TRANSACTION, path + ".type", "bizTransaction type " + t.get("type")
                                + " is neither a CBV 2.0 type nor a user vocabulary URI");
                    }
                }
                if (!Cbv.isAbsoluteUri(id.trim()) && !ImportLinks.isImportLink(type)) {
                    error(EpcisRules.BIZ_TRANSACTION, path + ".bizTransaction", "a bizTransaction id is a URI: " + id);
                }
                out.add(new BizTransaction(type, id.trim()));
            }
            return List.copyOf(out);
        }

        List<SourceDestination> sourceDestinations(String key, String idKey) {
            Object v = m.get(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> list)) {
                error(EpcisRules.WRONG_TYPE, key, key + " must be a list");
                return List.of();
            }
            List<SourceDestination> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String path = key + "[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> t) || !(t.get(idKey) instanceof String id) || id.isBlank()
                        || t.get("type") == null) {
                    error(EpcisRules.SOURCE_DESTINATION, path, "a " + idKey + " needs its type and " + idKey);
                    continue;
                }
                String type = Cbv.SOURCE_DESTINATION_TYPE.normalise(t.get("type").toString()).orElse(null);
                if (type == null) {
                    error(EpcisRules.SOURCE_DESTINATION, path + ".type", idKey + " type " + t.get("type")
                            + " is neither a CBV 2.0 type nor a user vocabulary URI");
                }
                Identifiers.Problem p = Identifiers.problem(id);
                if (p != null) {
                    error(p.code(), path + "." + idKey, p.message());
                }
                out.add(new SourceDestination(type, id.trim()));
            }
            return List.copyOf(out);
        }
    }
}
