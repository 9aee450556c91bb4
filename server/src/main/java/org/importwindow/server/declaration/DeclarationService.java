package org.importwindow.server.declaration;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.importwindow.server.api.AssessmentJson;
import org.importwindow.server.audit.AuditTrail;
import org.importwindow.server.audit.StoredEvent;
import org.importwindow.server.declaration.DeclarationEngine.Accepted;
import org.importwindow.server.declaration.DeclarationEngine.Outcome;
import org.importwindow.server.declaration.DeclarationEngine.Refused;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.BilingualError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lodging and the declaration's life: who may see and do what, idempotent lodging on the declarant's reference, and
 * each accepted command stored with its events in one transaction. The decisions themselves are the core's
 * ({@link DeclarationEngine}).
 */
@Service
public class DeclarationService {
    private final DeclarationEngine engine;
    private final DeclarationStore declarations;
    private final EnterpriseStore enterprises;
    private final AuditTrail trail;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final DeclarationProperties properties;
    private final Clock clock;

    public DeclarationService(DeclarationEngine engine, DeclarationStore declarations, EnterpriseStore enterprises,
                              AuditTrail trail, TransactionTemplate tx, JsonMapper json,
                              DeclarationProperties properties, ObjectProvider<Clock> clock) {
        this.engine = engine;
        this.declarations = declarations;
        this.enterprises = enterprises;
        this.trail = trail;
        this.tx = tx;
        this.json = json;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A lodgement's outcome: the declaration and whether it was created now (201) or already there (200). */
    public record Lodged(StoredDeclaration declaration, boolean created) {
    }

    /** The risk rules distinguish first-time importers only; more than this many earlier declarations is not counted. */
    static final int PREVIOUS_DECLARATIONS_COUNTED = 10;

    public Lodged lodge(AppUser user, DeclarationRequestJson request) {
        if (request == null) {
            throw DeclarationProblem.invalid(List.of(new BilingualError("DEC-000", "", "The body is required",
                    "请求正文为必填项")));
        }
        String importer = text(request.importer());
        if (importer == null) {
            throw DeclarationProblem.invalid(List.of(new BilingualError("DEC-001", "importer",
                    "The importer's unified social credit code is required", "收货人（进口企业）统一社会信用代码为必填项")));
        }
        if (!user.actsFor(importer)) {
            throw DeclarationProblem.notAuthorised(importer);
        }
        StoredEnterprise enterprise = enterprises.find(importer).orElseThrow(() ->
                DeclarationProblem.notAuthorised(importer));
        String reference = text(request.reference());
        String requestJson = json.writeValueAsString(request);
        String requestHash = sha256(requestJson);
        if (reference != null) {
            var existing = declarations.findByReference(importer, reference);
            if (existing.isPresent()) {
                // the contract: the same reference answers the declaration lodged under it, as it stands now
                return new Lodged(existing.get(), false);
            }
        }
        OffsetDateTime now = now();
        Outcome outcome = engine.lodge(request, enterprise, declarations.countFor(importer, PREVIOUS_DECLARATIONS_COUNTED),
                properties.samplingSeed(), user.username(), now.toInstant());
        List<BilingualError> errors = new ArrayList<>();
        if (outcome instanceof Refused r) {
            errors.addAll(r.errors());
        }
        if (reference == null && errors.stream().noneMatch(e -> e.path().equals("reference"))) {
            // idempotency rests on the reference: without one nothing is lodged
            errors.add(0, new BilingualError("DEC-001", "reference", "The declarant's reference is required",
                    "申报单位内部编号为必填项"));
        }
        if (!errors.isEmpty()) {
            throw DeclarationProblem.invalid(errors);
        }
        Accepted a = (Accepted) outcome;
        StoredDeclaration d = new StoredDeclaration(UUID.randomUUID().toString(), importer, reference, requestHash,
                kind(request), a.status(), a.channel(), a.declarationDate(), requestJson,
                a.assessment() == null ? null : json.writeValueAsString(AssessmentJson.of(a.assessment())),
                a.risk() == null ? null : json.writeValueAsString(a.risk()), a.stateJson(), stored(a.payable()),
                stored(a.paid()), user.username(), now, now, 0);
        try {
            tx.executeWithoutResult(status -> {
                declarations.insert(d, request);
                trail.append(d.id(), null, a.events());
            });
        } catch (DuplicateKeyException e) {
            // the same reference lodged at the same moment by another request: theirs stands
            return new Lodged(declarations.findByReference(importer, reference).orElseThrow(() -> e), false);
        }
        // the row as written (amounts at the column's two decimals, times at microseconds): no need to read it back
        return new Lodged(d, true);
    }

    /** An amount as the decimal(18, 2) columns keep it. */
    private static BigDecimal stored(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** A declaration the user may see: their enterprises' (declarants) or any (officers, administrators). */
    public StoredDeclaration visible(AppUser user, String id) {
        return declarations.find(id).filter(d -> user.seesAllDeclarations() || user.actsFor(d.importer()))
                .orElseThrow(() -> DeclarationProblem.notFound(id));
    }

    /** A declaration the user may act on as its declarant (or as an administrator, for payments). */
    private StoredDeclaration own(AppUser user, String id, boolean administratorToo) {
        return declarations.find(id).filter(d -> user.actsFor(d.importer())
                        || administratorToo && user.has(org.importwindow.server.security.Role.ADMIN))
                .orElseThrow(() -> DeclarationProblem.notFound(id));
    }

    public List<StoredDeclaration> list(AppUser user, String status, LocalDate from, LocalDate to) {
        Set<String> statuses = status == null || status.isBlank() ? null : Set.of(status.strip().toUpperCase());
        return declarations.list(user.seesAllDeclarations() ? null : user.enterprises(), statuses, from, to,
                properties.listLimit());
    }

    public List<StoredDeclaration> queue() {
        return declarations.queue(properties.listLimit());
    }

    public List<StoredEvent> events(AppUser user, String id) {
        return trail.events(visible(user, id).id());
    }

    public StoredDeclaration amend(AppUser user, String id, DeclarationRequestJson request) {
        StoredDeclaration d = own(user, id, false);
        if (request == null) {
            throw DeclarationProblem.invalid(List.of(new BilingualError("DEC-000", "", "The body is required",
                    "请求正文为必填项")));
        }
        // the importer and reference identify the declaration and stay as lodged
        DeclarationRequestJson amended = new DeclarationRequestJson(d.reference(), d.importer(),
                request.declarationDate(), request.tradeMode(), request.transportMode(), request.portOfEntry(),
                request.countryOfDispatch(), request.priceTerms(), request.currency(), request.freight(),
                request.insurance(), request.licences(), request.rulingReference(), request.declarationKind(),
                request.summaryReference(), request.totalValue(), request.items());
        StoredEnterprise enterprise = enterprises.find(d.importer()).orElseThrow();
        int previous = declarations.countFor(d.importer(), PREVIOUS_DECLARATIONS_COUNTED + 1) - 1;
        return apply(user, d, amended, (current, at) -> engine.amend(current, amended, enterprise, previous,
                properties.samplingSeed(), user.username(), at));
    }

    public StoredDeclaration cancel(AppUser user, String id, String reason) {
        return apply(user, own(user, id, false), null, (current, at) -> engine.cancel(current, reason,
                user.username(), at));
    }

    public StoredDeclaration pay(AppUser user, String id, BigDecimal amount, String bankReference) {
        List<BilingualError> errors = new ArrayList<>();
        if (amount == null || amount.signum() <= 0) {
            errors.add(new BilingualError("PAY-001", "amount", "The amount paid must be a positive number",
                    "缴款金额必须为正数"));
        }
        if (bankReference == null || bankReference.isBlank()) {
            errors.add(new BilingualError("PAY-002", "bankReference", "The bank's reference is required",
                    "银行缴款凭证编号为必填项"));
        }
        StoredDeclaration d = own(user, id, true);
        if (!errors.isEmpty()) {
            throw DeclarationProblem.invalid(errors);
        }
        return apply(user, d, null, (current, at) -> engine.pay(current, amount, bankReference.strip(),
                user.username(), at));
    }

    public StoredDeclaration decide(AppUser user, String id, String decision, String note) {
        StoredDeclaration d = declarations.find(id).orElseThrow(() -> DeclarationProblem.notFound(id));
        if (decision == null || decision.isBlank()) {
            throw DeclarationProblem.invalid(List.of(new BilingualError("DEC-901", "decision",
                    "The decision is required: DOCUMENTS_CHECKED, INSPECTED_OK, HOLD, RELEASE or REJECT",
                    "决定为必填项：DOCUMENTS_CHECKED、INSPECTED_OK、HOLD、RELEASE 或 REJECT")));
        }
        return apply(user, d, null, (current, at) -> engine.decide(current,
                decision.strip().toUpperCase(java.util.Locale.ROOT), note, user.username(), at));
    }

    /** Apply a command to the declaration as read; the row's version makes a concurrent change a 409. */
    private StoredDeclaration apply(AppUser user, StoredDeclaration d, DeclarationRequestJson amended,
                                    BiFunction<StoredDeclaration, Instant, Outcome> command) {
        OffsetDateTime now = now();
        Outcome outcome = command.apply(d, now.toInstant());
        if (outcome instanceof Refused r) {
            throw r.conflict() ? new DeclarationProblem(HttpStatus.CONFLICT, "Not allowed in this status", r.errors())
                    : DeclarationProblem.invalid(r.errors());
        }
        Accepted a = (Accepted) outcome;
        String requestJson = amended == null ? d.requestJson() : json.writeValueAsString(amended);
        StoredDeclaration next = new StoredDeclaration(d.id(), d.importer(), d.reference(),
                amended == null ? d.requestHash() : sha256(requestJson), d.kind(), a.status(), a.channel(),
                a.declarationDate() == null ? d.declarationDate() : a.declarationDate(), requestJson,
                a.assessment() == null ? d.assessmentJson() : json.writeValueAsString(AssessmentJson.of(a.assessment())),
                a.risk() == null ? d.riskJson() : json.writeValueAsString(a.risk()), a.stateJson(),
                a.payable() == null ? d.payable() : a.payable(), a.paid() == null ? d.paid() : a.paid(), d.lodgedBy(),
                d.lodgedAt(), now, d.version());
        tx.executeWithoutResult(status -> {
            if (!declarations.update(next, amended)) {
                throw DeclarationProblem.conflict("id", "The declaration was changed meanwhile; read it again",
                        "报关单已被他人修改，请重新读取");
            }
            trail.append(d.id(), trail.tip(d.id()), a.events());
        });
        return declarations.find(d.id()).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String kind(DeclarationRequestJson r) {
        String k = text(r.declarationKind());
        return k == null ? "STANDARD" : k.toUpperCase();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- arrival and two-step (ArrivalAndTwoStepService): the command is the caller's, who checked the access ---

    /** Apply a workflow command made at the given moment (now) to a declaration the caller may act on. */
    public StoredDeclaration command(AppUser user, StoredDeclaration d,
                                     java.util.function.Function<Instant, org.importwindow.declaration.DeclarationCommand> command) {
        return apply(user, d, null, (current, at) -> engine.command(current, command.apply(at)));
    }
}
