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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
    private final DeclarationAssessments assessments;

    public DeclarationService(DeclarationEngine engine, DeclarationStore declarations, EnterpriseStore enterprises,
                              AuditTrail trail, TransactionTemplate tx, JsonMapper json,
                              DeclarationProperties properties, ObjectProvider<Clock> clock,
                              DeclarationAssessments assessments) {
        this.engine = engine;
        this.declarations = declarations;
        this.enterprises = enterprises;
        this.trail = trail;
        this.tx = tx;
        this.json = json;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.assessments = assessments;
    }

    /**
     * A lodgement's outcome: the declaration and whether it was created now (201) or already there (200); for one
     * created now, its assessment as the API answers it (null otherwise: it is worded again from the stored figures).
     */
    public record Lodged(StoredDeclaration declaration, boolean created, AssessmentJson assessment) {
    }

    /**
     * One declaration's outcome in a batch, in the order sent: {@code status} 201 (lodged now), 200 (already lodged
     * under this reference), 400 (errors, nothing stored) or 403 (not authorised for the importer, nothing stored).
     */
    public record BatchResult(String reference, int status, StoredDeclaration declaration,
                              List<BilingualError> errors) {
        static BatchResult of(String reference, DeclarationProblem p) {
            return new BatchResult(reference, p.status().value(), null, p.errors());
        }
    }

    /** The risk rules distinguish first-time importers only; more than this many earlier declarations is not counted. */
    static final int PREVIOUS_DECLARATIONS_COUNTED = 10;

    public Lodged lodge(AppUser user, DeclarationRequestJson request) {
        Batch batch = new Batch(user);
        Step step = batch.prepare(request);
        if (step instanceof Done done) {
            return done.lodged();
        }
        Prepared p = (Prepared) step;
        try {
            store(List.of(p));
        } catch (DuplicateKeyException e) {
            // the same reference lodged at the same moment by another request: theirs stands
            return new Lodged(declarations.findByReference(p.row().importer(), p.row().reference())
                    .orElseThrow(() -> e), false, null);
        }
        // the row as written (amounts at the column's two decimals, times at microseconds): no need to read it back
        return new Lodged(p.row(), true, AssessmentJson.of(p.accepted().assessment()));
    }

    /**
     * Lodge several declarations at once (a declarant's system sending a day's work): each is checked, assessed and
     * channelled as {@link #lodge} would, and those accepted are stored together in one transaction. A declaration
     * with errors is refused alone; the others are lodged. Idempotent per reference as {@link #lodge}: a reference
     * already lodged (or twice in the batch) answers the declaration lodged under it.
     */
    public List<BatchResult> lodgeAll(AppUser user, List<DeclarationRequestJson> requests) {
        Batch batch = new Batch(user);
        batch.lookUpReferences(requests);
        List<BatchResult> results = new ArrayList<>(requests.size());
        List<Prepared> accepted = new ArrayList<>();
        Map<Key, Integer> firstIndex = new HashMap<>();
        for (DeclarationRequestJson request : requests) {
            String reference = request == null ? null : text(request.reference());
            Key key = request == null ? null : new Key(text(request.importer()), reference);
            Integer earlier = reference == null ? null : firstIndex.get(key);
            if (earlier != null) {
                // the same reference twice in one batch: the second is a repeat of the first
                BatchResult first = results.get(earlier);
                results.add(new BatchResult(reference, first.status() == 201 ? 200 : first.status(), first.declaration(),
                        first.errors()));
                continue;
            }
            if (reference != null) {
                firstIndex.put(key, results.size());
            }
            try {
                Step step = batch.prepare(request);
                if (step instanceof Done done) {
                    results.add(new BatchResult(reference, 200, done.lodged().declaration(), List.of()));
                } else {
                    Prepared p = (Prepared) step;
                    accepted.add(p);
                    results.add(new BatchResult(reference, 201, p.row(), List.of()));
                }
            } catch (DeclarationProblem problem) {
                results.add(BatchResult.of(reference, problem));
            }
        }
        if (accepted.isEmpty()) {
            return results;
        }
        try {
            store(accepted);
            return results;
        } catch (DuplicateKeyException e) {
            // another request lodged one of these references meanwhile: lodge them one by one, as if sent singly
            List<BatchResult> again = new ArrayList<>(results.size());
            for (int i = 0; i < results.size(); i++) {
                BatchResult r = results.get(i);
                if (r.status() != 201) {
                    again.add(r);
                    continue;
                }
                try {
                    Lodged l = lodge(user, requests.get(i));
                    again.add(new BatchResult(r.reference(), l.created() ? 201 : 200, l.declaration(), List.of()));
                } catch (DeclarationProblem problem) {
                    again.add(BatchResult.of(r.reference(), problem));
                }
            }
            return again;
        }
    }

    /**
     * Importers known to have lodged at least {@link #PREVIOUS_DECLARATIONS_COUNTED} declarations: declarations are
     * never deleted, so that stays true and needs no more counting.
     */
    private final Set<String> established = ConcurrentHashMap.newKeySet();

    private int previousDeclarations(String importer) {
        if (established.contains(importer)) {
            return PREVIOUS_DECLARATIONS_COUNTED;
        }
        int n = declarations.countFor(importer, PREVIOUS_DECLARATIONS_COUNTED);
        if (n >= PREVIOUS_DECLARATIONS_COUNTED) {
            established.add(importer);
        }
        return n;
    }

    private void store(List<Prepared> prepared) {
        tx.executeWithoutResult(status -> {
            declarations.insertAll(prepared.stream().map(p -> new DeclarationStore.NewDeclaration(p.row(),
                    p.request())).toList());
            trail.appendNew(prepared.stream().map(p -> new AuditTrail.NewChain(p.row().id(), p.accepted().events()))
                    .toList());
        });
    }

    /** A declaration's identity for its declarant: the importer and the declarant's reference. */
    private record Key(String importer, String reference) {
    }

    /** What preparing one lodgement led to: an answer already (an earlier lodgement), or a row to store. */
    private sealed interface Step permits Done, Prepared {
    }

    private record Done(Lodged lodged) implements Step {
    }

    private record Prepared(StoredDeclaration row, DeclarationRequestJson request, Accepted accepted)
            implements Step {
    }

    /**
     * Lodgements of one caller prepared together: the importers and references already lodged are looked up once for
     * the batch, and each importer's count of earlier declarations grows with the declarations accepted before.
     */
    private final class Batch {
        private final AppUser user;
        private final Map<String, Optional<StoredEnterprise>> importers = new HashMap<>();
        private final Map<String, Integer> previous = new HashMap<>();
        private Map<Key, StoredDeclaration> lodged;

        Batch(AppUser user) {
            this.user = user;
        }

        void lookUpReferences(List<DeclarationRequestJson> requests) {
            Map<String, List<String>> byImporter = new HashMap<>();
            for (DeclarationRequestJson r : requests) {
                String importer = r == null ? null : text(r.importer());
                String reference = r == null ? null : text(r.reference());
                if (importer != null && reference != null && user.actsFor(importer)) {
                    byImporter.computeIfAbsent(importer, k -> new ArrayList<>()).add(reference);
                }
            }
            lodged = new HashMap<>();
            byImporter.forEach((importer, references) -> declarations.findByReferences(importer, references)
                    .forEach(d -> lodged.put(new Key(d.importer(), d.reference()), d)));
        }

        private Optional<StoredDeclaration> existing(String importer, String reference) {
            if (lodged != null) {
                return Optional.ofNullable(lodged.get(new Key(importer, reference)));
            }
            return declarations.findByReference(importer, reference);
        }

        Step prepare(DeclarationRequestJson request) {
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
            StoredEnterprise enterprise = importers.computeIfAbsent(importer, enterprises::find).orElseThrow(() ->
                    DeclarationProblem.notAuthorised(importer));
            String reference = text(request.reference());
            if (reference != null) {
                var existing = existing(importer, reference);
                if (existing.isPresent()) {
                    // the contract: the same reference answers the declaration lodged under it, as it stands now
                    return new Done(new Lodged(existing.get(), false, null));
                }
            }
            String requestJson = json.writeValueAsString(request);
            int earlier = previous.computeIfAbsent(importer, DeclarationService.this::previousDeclarations);
            OffsetDateTime now = now();
            Outcome outcome = engine.lodge(request, enterprise, earlier, properties.samplingSeed(), user.username(),
                    now.toInstant());
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
            previous.put(importer, Math.min(earlier + 1, PREVIOUS_DECLARATIONS_COUNTED));
            StoredDeclaration d = new StoredDeclaration(UUID.randomUUID().toString(), importer, reference,
                    sha256(requestJson), kind(request), a.status(), a.channel(), a.declarationDate(), requestJson,
                    null, assessments.figures(a.assessment()),
                    a.risk() == null ? null : json.writeValueAsString(a.risk()), a.stateJson(), stored(a.payable()),
                    stored(a.paid()), user.username(), now, now, 0);
            return new Prepared(d, request, a);
        }
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
                a.assessment() == null ? d.assessmentJson() : null,
                a.assessment() == null ? d.assessmentFigures() : assessments.figures(a.assessment()),
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
