package org.importwindow.server.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.importwindow.assessment.Assessment;
import org.importwindow.declaration.DeclarationCommand;
import org.importwindow.declaration.DeclarationDesk;
import org.importwindow.declaration.DeclarationError;
import org.importwindow.declaration.DeclarationEvent;
import org.importwindow.declaration.DeclarationItemRequest;
import org.importwindow.declaration.DeclarationRequest;
import org.importwindow.declaration.DeclarationRule;
import org.importwindow.declaration.DeclarationState;
import org.importwindow.declaration.InvalidDeclarationException;
import org.importwindow.declaration.Lodgement;
import org.importwindow.declaration.Transition;
import org.importwindow.declaration.audit.CanonicalText;
import org.importwindow.declaration.risk.FiredRule;
import org.importwindow.declaration.risk.RiskResult;
import org.importwindow.enterprise.Enterprise;
import org.importwindow.server.audit.NewEvent;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.security.BilingualError;
import org.importwindow.server.tariff.TariffCatalogue;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place the server calls the core declaration engine ({@link DeclarationDesk}): checks, CIF valuation,
 * assessment, risk and channel, and the workflow's transitions. Each call answers the new state (kept as JSON on the
 * declaration row, so a command needs no replay of the events) and the events to append to the audit chain, or every
 * error in English and Chinese. The desk is rebuilt when the tariff catalogue is replaced (an import).
 */
@Component
public class DeclarationEngine {
    private final TariffCatalogue catalogue;
    private final JsonMapper json;
    private volatile CachedDesk cached;

    public DeclarationEngine(TariffCatalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    private record CachedDesk(TariffCatalogue.Snapshot snapshot, DeclarationDesk desk) {
    }

    /** What a command led to. */
    public sealed interface Outcome permits Accepted, Refused {
    }

    /**
     * The command is refused with every error, nothing stored. {@code conflict}: the declaration's status does not
     * allow it (409) rather than a bad request (400).
     */
    public record Refused(List<BilingualError> errors, boolean conflict) implements Outcome {
    }

    /**
     * The command is accepted: the state after it (status, channel, totals payable and paid, its JSON) and the
     * events to append. {@code assessment}, {@code risk} and {@code declarationDate} are null when unchanged.
     */
    public record Accepted(String status, String channel, LocalDate declarationDate, Assessment assessment,
                           Map<String, Object> risk, BigDecimal payable, BigDecimal paid, String stateJson,
                           List<NewEvent> events) implements Outcome {
    }

    /** Check, value, assess and channel a new declaration for the importer. */
    public Outcome lodge(DeclarationRequestJson body, StoredEnterprise importer, int previousDeclarations, long seed,
                         String actor, Instant at) {
        List<BilingualError> errors = new ArrayList<>();
        DeclarationRequest request = request(body, errors);
        if (!errors.isEmpty()) {
            return refusedWithCoreErrors(request, errors);
        }
        try {
            Lodgement l = desk().lodge(request, enterprise(importer), previousDeclarations, actor, at, seed);
            return accepted(l.state(), l.events(), l.assessment(), l.risk(), request.declarationDate());
        } catch (InvalidDeclarationException e) {
            return new Refused(bilingual(e.errors()), false);
        }
    }

    /**
     * The assessment of a declaration's request as stored (for wording it again when it is read), or null when the
     * request no longer passes the checks against today's data.
     */
    public Assessment reassess(DeclarationRequestJson body) {
        List<BilingualError> errors = new ArrayList<>();
        DeclarationRequest request = request(body, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return desk().assess(request);
        } catch (InvalidDeclarationException e) {
            return null;
        }
    }

    /** Replace the declaration's content: checked, assessed and channelled again (the workflow says when). */
    public Outcome amend(StoredDeclaration current, DeclarationRequestJson body, StoredEnterprise importer,
                         int previousDeclarations, long seed, String actor, Instant at) {
        List<BilingualError> errors = new ArrayList<>();
        DeclarationRequest request = request(body, errors);
        if (!errors.isEmpty()) {
            return refusedWithCoreErrors(request, errors);
        }
        DeclarationDesk desk = desk();
        List<DeclarationError> invalid = desk.check(request);
        if (!invalid.isEmpty()) {
            return new Refused(bilingual(invalid), false);
        }
        try {
            Lodgement l = desk.amend(state(current), request, enterprise(importer), previousDeclarations, actor, at,
                    seed, null);
            return accepted(l.state(), l.events(), l.assessment(), l.risk(), request.declarationDate());
        } catch (InvalidDeclarationException e) {
            // the request passed the checks: what is left is the workflow's refusal (DEC-1xx)
            return new Refused(bilingual(e.errors()), true);
        }
    }

    public Outcome cancel(StoredDeclaration current, String reason, String actor, Instant at) {
        return apply(current, new DeclarationCommand.Cancel(actor, at, reason));
    }

    /** The bank's confirmation of payment. */
    public Outcome pay(StoredDeclaration current, BigDecimal amount, String bankReference, String actor, Instant at) {
        return apply(current, new DeclarationCommand.ConfirmPayment(actor, at, amount, bankReference));
    }

    /** An officer's decision: DOCUMENTS_CHECKED, INSPECTED_OK, HOLD, RELEASE or REJECT. */
    public Outcome decide(StoredDeclaration current, String decision, String note, String actor, Instant at) {
        DeclarationCommand command = switch (decision) {
            case "DOCUMENTS_CHECKED" -> new DeclarationCommand.CheckDocuments(actor, at, true, note);
            case "INSPECTED_OK" -> new DeclarationCommand.CompleteInspection(actor, at, true, note);
            case "HOLD" -> new DeclarationCommand.Hold(actor, at, note);
            case "RELEASE" -> new DeclarationCommand.Release(actor, at);
            case "REJECT" -> new DeclarationCommand.Reject(actor, at, note);
            default -> null;
        };
        if (command == null) {
            return new Refused(List.of(new BilingualError("DEC-901", "decision", "Unknown decision '" + decision
                    + "': DOCUMENTS_CHECKED, INSPECTED_OK, HOLD, RELEASE or REJECT",
                    "未知的决定“" + decision + "”：应为 DOCUMENTS_CHECKED、INSPECTED_OK、HOLD、RELEASE 或 REJECT")),
                    false);
        }
        return apply(current, command);
    }

    private Outcome apply(StoredDeclaration current, DeclarationCommand command) {
        Transition t = desk().apply(state(current), command);
        if (t instanceof Transition.Refused r) {
            return new Refused(bilingual(List.of(r.error())), true);
        }
        Transition.Accepted a = (Transition.Accepted) t;
        return accepted(a.state(), a.events(), null, null, null);
    }

    private Accepted accepted(DeclarationState state, List<DeclarationEvent> events, Assessment assessment,
                              RiskResult risk, LocalDate date) {
        List<NewEvent> chained = events.stream().map(e -> new NewEvent(e.type(), e.actor(), e.at(),
                (sequence, id) -> CanonicalText.of(sequence, id, e))).toList();
        return new Accepted(state.status().name(), state.channel() == null ? null : state.channel().name(), date,
                assessment, risk == null ? null : risk(risk), state.payable(), state.paid(),
                json.writeValueAsString(state), chained);
    }

    /** The risk result as the API shows it to officers: channel, the rules fired with weights, the sampling draw. */
    static Map<String, Object> risk(RiskResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", r.channel().name());
        m.put("totalWeight", r.totalWeight());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (FiredRule f : r.fired()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("code", f.code());
            rule.put("description", f.descriptionEn());
            rule.put("descriptionZh", f.descriptionZh());
            rule.put("weight", f.weight());
            rule.put("itemIndex", f.itemIndex());
            rule.put("detail", f.detail());
            rules.add(rule);
        }
        m.put("rules", rules);
        if (r.sampling() != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("rate", r.sampling().rate() == null ? null : r.sampling().rate().toPlainString());
            s.put("draw", r.sampling().draw());
            s.put("selected", r.sampling().selected());
            m.put("sampling", s);
        }
        return m;
    }

    private DeclarationState state(StoredDeclaration d) {
        return json.readValue(d.stateJson(), DeclarationState.class);
    }

    private DeclarationDesk desk() {
        TariffCatalogue.Snapshot now = catalogue.current();
        CachedDesk c = cached;
        if (c == null || c.snapshot() != now) {
            c = new CachedDesk(now, new DeclarationDesk(now.schedule(), now.reference(), now.exchangeRates(),
                    now.parameters()));
            cached = c;
        }
        return c.desk();
    }

    private static Enterprise enterprise(StoredEnterprise e) {
        return e.toCore();
    }

    /** Errors the server found (unparseable date or number) and the core's on the other fields. */
    private Refused refusedWithCoreErrors(DeclarationRequest request, List<BilingualError> errors) {
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.path()));
        List<BilingualError> all = new ArrayList<>(errors);
        bilingual(desk().check(request)).stream().filter(e -> !reported.contains(e.path())).forEach(all::add);
        return new Refused(all, false);
    }

    private static List<BilingualError> bilingual(List<DeclarationError> errors) {
        return errors.stream().map(e -> new BilingualError(e.code(), e.path(), e.messageEn(), e.messageZh())).toList();
    }

    /** The core request; a date or number that does not parse is reported here and passed on as null. */
    static DeclarationRequest request(DeclarationRequestJson b, List<BilingualError> errors) {
        List<DeclarationItemRequest> items = new ArrayList<>();
        if (b.items() != null) {
            for (int i = 0; i < b.items().size(); i++) {
                DeclarationRequestJson.Item it = b.items().get(i);
                String p = "items[" + i + "]";
                if (it == null) {
                    items.add(new DeclarationItemRequest(null, null, null, null, null, null, null, null, null));
                    continue;
                }
                items.add(new DeclarationItemRequest(text(it.commodityCode()), text(it.description()),
                        upper(it.origin()), number(it.quantity(), p + ".quantity", errors), upper(it.unit()),
                        number(it.value(), p + ".value", errors), upper(it.preference()), text(it.proofOfOrigin()),
                        text(it.quotaCertificate()), it.attributes(),
                        number(it.secondQuantity(), p + ".secondQuantity", errors), upper(it.secondUnit())));
            }
        }
        return new DeclarationRequest(text(b.reference()), text(b.importer()), date(b.declarationDate(), errors),
                text(b.tradeMode()), text(b.transportMode()), text(b.portOfEntry()), upper(b.countryOfDispatch()),
                upper(b.priceTerms()), upper(b.currency()), number(b.freight(), "freight", errors),
                number(b.insurance(), "insurance", errors), b.licences(), text(b.rulingReference()), items,
                upper(b.declarationKind()), text(b.summaryReference()), number(b.totalValue(), "totalValue", errors));
    }

    private static LocalDate date(String text, List<BilingualError> errors) {
        String t = text(text);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.add(new BilingualError("DEC-000", "declarationDate", "'" + t
                    + "' is not a date in the form YYYY-MM-DD", "申报日期“" + t + "”格式应为 YYYY-MM-DD"));
            return null;
        }
    }

    private static BigDecimal number(String text, String path, List<BilingualError> errors) {
        String t = text(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            DeclarationError error = DeclarationRule.DEC_000.error(path, "'" + t + "' is not a decimal number (e.g. "
                    + "12000.00)", "“" + t + "”不是十进制数（例如 12000.00）");
            errors.add(new BilingualError(error.code(), error.path(), error.messageEn(), error.messageZh()));
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String t = text(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    // --- arrival and two-step (ArrivalAndTwoStepService) ---

    /** A workflow command (arrival, full declaration, overdue flag) applied to the declaration as stored. */
    public Outcome command(StoredDeclaration current, DeclarationCommand command) {
        return apply(current, command);
    }

    /** The core's state of a declaration, as stored after its last event ({@link StoredDeclaration#stateJson()}). */
    public DeclarationState stateOf(String stateJson) {
        return json.readValue(stateJson, DeclarationState.class);
    }
}
