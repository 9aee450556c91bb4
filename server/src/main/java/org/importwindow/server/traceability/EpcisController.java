package org.importwindow.server.traceability;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.importwindow.traceability.epcis.Capture;
import org.importwindow.traceability.epcis.EpcisError;
import org.importwindow.traceability.epcis.EpcisQuery;
import org.importwindow.traceability.epcis.EpcisReader;
import org.importwindow.traceability.epcis.EpcisRules;
import org.importwindow.traceability.epcis.EpcisXmlReader;
import org.importwindow.traceability.epcis.EpcisXmlWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EPCIS 2.0 REST binding: {@code POST /epcis/capture} (asynchronous capture jobs), {@code GET
 * /epcis/capture/{id}}, {@code POST /epcis/events} (one event), {@code GET /epcis/events} (the common query, paged),
 * {@code GET /epcis/events/{eventID}} and {@code GET /epcis/epcs/{epc}/events} (URL-encoded identifiers). Documents
 * come as {@code application/ld+json}, {@code application/json} or {@code application/xml}; answers are JSON-LD.
 * Who may call what is the security configuration's ({@code /epcis/**} chain).
 */
@RestController
public class EpcisController {
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";

    private final CaptureJobs jobs;
    private final EpcisStore store;
    private final JsonMapper json;
    private final JsonMapper reader = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private final Clock clock;
    private final int maxBytes;

    public EpcisController(CaptureJobs jobs, EpcisStore store, JsonMapper json, ObjectProvider<Clock> clock,
                           @Value("${importwindow.epcis.max-capture-bytes:20000000}") int maxBytes) {
        this.jobs = jobs;
        this.store = store;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.maxBytes = maxBytes;
    }

    @PostMapping("/epcis/capture")
    public ResponseEntity<Void> capture(HttpServletRequest request, @AuthenticationPrincipal AppUser user)
            throws IOException {
        String behaviour = request.getHeader("GS1-Capture-Error-Behaviour");
        if (behaviour != null && !"rollback".equalsIgnoreCase(behaviour.trim())) {
            throw EpcisProblem.of(HttpStatus.NOT_IMPLEMENTED, "EPCIS-107", "GS1-Capture-Error-Behaviour",
                    "this capture interface is all or nothing (rollback), not " + behaviour);
        }
        Capture c = readDocument(request);
        if (!c.ok() && c.errors().stream().allMatch(e -> e.eventIndex() < 0)) {
            throw new EpcisProblem(HttpStatus.BAD_REQUEST, "The capture document cannot be read", c.errors());
        }
        String id = jobs.start(c, capturedBy(user));
        return ResponseEntity.accepted().header(HttpHeaders.LOCATION, "/epcis/capture/" + id).build();
    }

    @GetMapping("/epcis/capture/{id}")
    public ResponseEntity<Map<String, Object>> job(@PathVariable String id, @AuthenticationPrincipal AppUser user) {
        CaptureJobs.Job j = jobs.find(id).filter(x -> x.createdBy().equals(capturedBy(user))
                        || user.has(Role.REGULATOR) || user.has(Role.ADMIN))
                .orElseThrow(() -> EpcisProblem.of(HttpStatus.NOT_FOUND, "EPCIS-104", "captureID",
                        "no capture job " + id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CaptureJobs.shape(j));
    }

    @PostMapping("/epcis/events")
    public ResponseEntity<Void> event(HttpServletRequest request, @AuthenticationPrincipal AppUser user)
            throws IOException {
        byte[] body = body(request);
        Capture c;
        if (xml(request)) {
            c = EpcisXmlReader.read(new ByteArrayInputStream(body));
            if (c.ok() && c.events().size() != 1) {
                c = new Capture(List.of(), List.of(new EpcisError(EpcisRules.NOT_A_DOCUMENT, -1, "EventList",
                        "POST /events takes one event; send several to /capture")));
            }
        } else {
            c = EpcisReader.readSingleEvent(parseJson(body));
        }
        if (!c.ok()) {
            throw new EpcisProblem(HttpStatus.BAD_REQUEST, "The event is not valid", c.errors());
        }
        EpcisStore.Stored s;
        try {
            s = store.store(c.events(), capturedBy(user), null, now());
        } catch (EpcisStore.EventIdTaken e) {
            throw new EpcisProblem(HttpStatus.CONFLICT, "The eventID is taken", e.errors());
        }
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION,
                "/epcis/events/" + URLEncoder.encode(s.eventIds().get(0), StandardCharsets.UTF_8)).build();
    }

    @GetMapping("/epcis/events")
    public ResponseEntity<?> events(HttpServletRequest request) {
        return page(EpcisQuery.parse(params(request)), request);
    }

    @GetMapping("/epcis/events/{eventID}")
    public ResponseEntity<?> event(HttpServletRequest request) {
        String id = rawSegment(request, "/epcis/events/");
        String event = store.eventJson(id).orElseThrow(() -> EpcisProblem.of(HttpStatus.NOT_FOUND, "EPCIS-105",
                "eventID", "no event " + id));
        if (wantsXml(request)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EpcisXmlWriter.queryDocument(
                    List.of(tree(event)), now()));
        }
        return ResponseEntity.ok().contentType(JSON_LD).body(json.readValue(event, Object.class));
    }

    @GetMapping("/epcis/epcs/{epc}/events")
    public ResponseEntity<?> epcEvents(HttpServletRequest request) {
        String epc = rawSegment(request, "/epcis/epcs/");
        return page(EpcisQuery.ofEpc(epc, params(request)), request);
    }

    private ResponseEntity<?> page(EpcisQuery q, HttpServletRequest request) {
        EpcisStore.Page p = store.query(q);
        if (wantsXml(request)) {
            List<Map<String, Object>> trees = p.eventJson().stream().map(this::tree).toList();
            return withNext(ResponseEntity.ok().contentType(MediaType.APPLICATION_XML), p, request)
                    .body(EpcisXmlWriter.queryDocument(trees, now()));
        }
        List<Object> events = new ArrayList<>(p.eventJson().size());
        for (String e : p.eventJson()) {
            events.add(json.readValue(e, Object.class));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of(CONTEXT));
        doc.put("type", "EPCISQueryDocument");
        doc.put("schemaVersion", "2.0");
        doc.put("creationDate", now().toString());
        doc.put("epcisBody", Map.of("queryResults", Map.of("queryName", "SimpleEventQuery",
                "resultsBody", Map.of("eventList", events))));
        return withNext(ResponseEntity.ok().contentType(JSON_LD), p, request).body(doc);
    }

    private static ResponseEntity.BodyBuilder withNext(ResponseEntity.BodyBuilder b, EpcisStore.Page p,
                                                       HttpServletRequest request) {
        if (p.nextPageToken() != null) {
            b.header(HttpHeaders.LINK, "<" + nextUri(request, p.nextPageToken()) + ">; rel=\"next\"");
            b.header("GS1-Next-Page-Token", p.nextPageToken());
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> tree(String eventJson) {
        return json.readValue(eventJson, Map.class);
    }

    /** Whether the client asks for XML before JSON (Accept: application/xml). */
    private static boolean wantsXml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        double xml = -1;
        double json = -1;
        for (MediaType t : MediaType.parseMediaTypes(accept)) {
            if (t.getSubtype().equals("xml") || t.getSubtype().endsWith("+xml")) {
                xml = Math.max(xml, t.getQualityValue());
            } else if (t.getSubtype().contains("json") || t.isWildcardType()) {
                json = Math.max(json, t.getQualityValue());
            }
        }
        return xml > json;
    }

    private static String nextUri(HttpServletRequest request, String token) {
        StringBuilder uri = new StringBuilder(request.getRequestURI());
        char sep = '?';
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (e.getKey().equals("nextPageToken")) {
                continue;
            }
            for (String v : e.getValue()) {
                uri.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return uri.append(sep).append("nextPageToken=").append(token).toString();
    }

    private static Map<String, List<String>> params(HttpServletRequest request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> out.put(k, List.of(v)));
        return out;
    }

    /** The identifier after the prefix, taken from the raw URI (it may hold encoded slashes) and decoded once. */
    private static String rawSegment(HttpServletRequest request, String prefix) {
        String uri = request.getRequestURI();
        String rest = uri.substring(uri.indexOf(prefix) + prefix.length());
        int slash = rest.indexOf('/');
        return UriUtils.decode(slash < 0 ? rest : rest.substring(0, slash), StandardCharsets.UTF_8);
    }

    private Capture readDocument(HttpServletRequest request) throws IOException {
        byte[] body = body(request);
        if (xml(request)) {
            return EpcisXmlReader.read(new ByteArrayInputStream(body));
        }
        return EpcisReader.readDocument(parseJson(body));
    }

    private Object parseJson(byte[] body) {
        try {
            return reader.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw EpcisProblem.of(HttpStatus.BAD_REQUEST, EpcisRules.UNREADABLE, "",
                    "the body is not well-formed JSON: " + e.getOriginalMessage());
        }
    }

    private static boolean xml(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            throw EpcisProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, EpcisRules.UNREADABLE, "Content-Type",
                    "send application/ld+json, application/json or application/xml");
        }
        MediaType t = MediaType.parseMediaType(type);
        if (t.getSubtype().equals("xml") || t.getSubtype().endsWith("+xml")) {
            return true;
        }
        if (t.getSubtype().equals("json") || t.getSubtype().endsWith("+json")) {
            return false;
        }
        throw EpcisProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, EpcisRules.UNREADABLE, "Content-Type",
                "send application/ld+json, application/json or application/xml, not " + type);
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] b = in.readNBytes(maxBytes + 1);
            if (b.length > maxBytes) {
                throw EpcisProblem.of(HttpStatus.CONTENT_TOO_LARGE, EpcisRules.TOO_LARGE, "",
                        "a capture document is at most " + maxBytes + " bytes");
            }
            return b;
        }
    }

    /** The enterprise the caller acts for (its USCC), or the user name when it acts for none. */
    static String capturedBy(AppUser user) {
        return user.enterprises().stream().sorted().findFirst().orElse(user.username());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
