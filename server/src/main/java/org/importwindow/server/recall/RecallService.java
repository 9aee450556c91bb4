package org.importwindow.server.recall;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.importwindow.law.DatedValue;
import org.importwindow.recall.AffectedScope;
import org.importwindow.recall.CompletionRate;
import org.importwindow.recall.Deadline;
import org.importwindow.recall.LevelProgress;
import org.importwindow.recall.RecallCase;
import org.importwindow.recall.RecallDeadlines;
import org.importwindow.recall.RecallEvent;
import org.importwindow.recall.RecallPlan;
import org.importwindow.recall.RecallRuleException;
import org.importwindow.recall.RecalledProduct;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.recall.RecallStore.CaseRow;
import org.importwindow.server.recall.RecallStore.StoredEvent;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recalls facade: every step of a case checked by the core's {@link RecallCase}, stored as one immutable event
 * row, the projection moved on, and the public notice written when the recall is published. Importers and producers
 * (DECLARANT users) act for their own enterprises only (another enterprise's case is 404); the regulator (REGULATOR)
 * opens investigations, orders recalls and sees every case; administrators see every case.
 *
 * <p>For others: {@link #openInvestigation(SuspectProduct, String, AppUser)} is what a flagged complaints signal
 * calls.
 */
@Service
public class RecallService {
    private final RecallStore store;
    private final EnterpriseStore enterprises;
    private final RecallDeadlines deadlines;
    private final RecallConfiguration.RecallLaw law;
    private final Clock clock;
    /** Where the affected scope comes from: the stored EPCIS events ({@link TracedScope}); empty without them. */
    private final AffectedScope scope;

    public RecallService(RecallStore store, EnterpriseStore enterprises, RecallDeadlines deadlines,
                         RecallConfiguration.RecallLaw law, ObjectProvider<Clock> clock,
                         ObjectProvider<AffectedScope> scope,
                         @Value("${importwindow.zone:Asia/Shanghai}") ZoneId zone) {
        this.store = store;
        this.enterprises = enterprises;
        this.deadlines = deadlines;
        this.law = law;
        this.clock = clock.getIfAvailable(Clock::systemUTC).withZone(zone);
        this.scope = scope.getIfAvailable(() -> AffectedScope.of(List.of()));
    }

    /** Today in China (the customs time zone), the default date of a step and of "as of". */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The regulator opens a defect investigation of a suspect product (a recall case in state INVESTIGATING), e.g.
     * from a flagged complaints signal; returns the new case's id. Only a REGULATOR (or ADMIN) may; the reason is
     * required and the product must be named by GTIN, model or name (else 400 with REC codes, nothing stored).
     */
    @Transactional
    public String openInvestigation(SuspectProduct product, String reason, AppUser regulator) {
        return investigate(regulator, new RecallJson.Investigation(product.enterprise(), product.name(),
                product.brand(), product.gtin(), product.model(), reason, null)).id();
    }

    @Transactional
    public RecallJson.Case investigate(AppUser user, RecallJson.Investigation body) {
        requireRegulator(user);
        RecallJson.Investigation b = body == null ? new RecallJson.Investigation(null, null, null, null, null, null,
                null) : body;
        knownEnterprise(b.enterprise(), "enterprise");
        RecallEvent e = new RecallEvent.InvestigationOpened(date(b.on()), user.username(), blankToNull(b.enterprise()),
                b.productName(), b.gtin(), b.model(), b.reason());
        return open(e, b.brand());
    }

    @Transactional
    public RecallJson.Case reportDefect(AppUser user, RecallJson.DefectReport body) {
        RecallJson.DefectReport b = body == null ? new RecallJson.DefectReport(null, null, null, null, null, null,
                false, null, null) : body;
        String enterprise = ownEnterprise(user, b.enterprise());
        return open(new RecallEvent.DefectReported(date(b.on()), user.username(), enterprise, b.productName(),
                b.gtin(), b.model(), b.description(), b.discoveredOn(), Boolean.TRUE.equals(b.serious()),
                b.defectConfirmedOn()), null);
    }

    /** A recall plan: a new voluntary recall when {@code id} is null, else the plan of an existing case. */
    @Transactional
    public RecallJson.Case submitPlan(AppUser user, String id, RecallJson.Plan body) {
        RecallJson.Plan b = body == null ? new RecallJson.Plan(null, null, null, null, null, null, null, null, null,
                null) : body;
        if (id == null) {
            String enterprise = ownEnterprise(user, b.enterprise());
            return open(new RecallEvent.RecallPlanSubmitted(date(b.on()), user.username(), enterprise, plan(b)),
                    null);
        }
        return step(user, id, true, c -> new RecallEvent.RecallPlanSubmitted(date(b.on()), user.username(),
                c.enterprise().orElse(null), plan(b)));
    }

    @Transactional
    public RecallJson.Case order(AppUser user, String id, RecallJson.Order body) {
        requireRegulator(user);
        RecallJson.Order b = body == null ? new RecallJson.Order(null, null, null) : body;
        knownEnterprise(b.enterprise(), "enterprise");
        return step(user, id, false, c -> {
            RecallEvent.RecallOrdered e = new RecallEvent.RecallOrdered(date(b.on()), user.username(),
                    blankToNull(b.enterprise()), b.reason());
            if (c.enterprise().isEmpty() && blankToNull(b.enterprise()) == null) {
                // every error at once: the core's checks of the order too, not only the missing enterprise
                List<org.importwindow.server.security.BilingualError> errors = new ArrayList<>();
                errors.add(new org.importwindow.server.security.BilingualError("REC-161", "enterprise",
                        "Name the enterprise (USCC) ordered to recall", "须指明被责令召回的企业（统一社会信用代码）"));
                try {
                    c.apply(e);
                } catch (RecallRuleException ex) {
                    errors.addAll(RecallProblem.of(ex).errors());
                }
                throw new RecallProblem(HttpStatus.BAD_REQUEST, errors);
            }
            return e;
        });
    }

    @Transactional
    public RecallJson.Case publishNotice(AppUser user, String id, RecallJson.Notice body) {
        RecallJson.Notice b = body == null ? new RecallJson.Notice(null, null, null, null, null) : body;
        return step(user, id, true, c -> new RecallEvent.RecallNoticePublished(date(b.on()), user.username(),
                b.titleZh(), b.titleEn(), b.textZh(), b.textEn()));
    }

    @Transactional
    public RecallJson.Case reportProgress(AppUser user, String id, RecallJson.Progress body) {
        RecallJson.Progress b = body == null ? new RecallJson.Progress(null, null, null) : body;
        return step(user, id, true, c -> new RecallEvent.ProgressReported(date(b.on()), user.username(),
                levels(b.levels()), b.note()));
    }

    @Transactional
    public RecallJson.Case close(AppUser user, String id, RecallJson.Closure body) {
        RecallJson.Closure b = body == null ? new RecallJson.Closure(null, null, null) : body;
        return step(user, id, true, c -> new RecallEvent.RecallClosed(date(b.on()), user.username(), b.summary(),
                levels(b.levels())));
    }

    /** One case as the user may see it, with deadlines as of the day (another enterprise's: 404). */
    @Transactional(readOnly = true)
    public RecallJson.Case get(AppUser user, String id, LocalDate asOf) {
        CaseRow row = visible(user, id);
        return view(row, store.events(id), asOf == null ? today() : asOf);
    }

    /** The cases the user may see (the regulator and administrators: all), newest first. */
    @Transactional(readOnly = true)
    public List<RecallJson.Case> list(AppUser user, LocalDate asOf, boolean overdueOnly) {
        LocalDate day = asOf == null ? today() : asOf;
        List<CaseRow> rows = seesAll(user) ? store.cases(null) : store.cases(List.copyOf(user.enterprises()));
        List<RecallJson.Case> out = new ArrayList<>();
        for (CaseRow r : rows) {
            RecallJson.Case c = view(r, store.events(r.id()), day);
            if (!overdueOnly || c.overdue()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Public notices matching the search (see {@link RecallStore#search}). */
    @Transactional(readOnly = true)
    public RecallStore.NoticePage notices(String q, String hsCode, String origin, int page, int size) {
        int s = Math.max(1, Math.min(size, 100));
        int p = Math.max(0, page);
        return store.search(q, hsCode, origin, p * s, s);
    }

    @Transactional(readOnly = true)
    public Optional<NoticeRecord> notice(String id) {
        return store.notice(id);
    }

    // ---- the steps

    private RecallJson.Case open(RecallEvent first, String brand) {
        RecallCase c;
        try {
            c = RecallCase.open(first);
        } catch (RecallRuleException e) {
            throw RecallProblem.of(e);
        }
        checkNotFuture(first);
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        CaseRow row = projection(new CaseRow(id, null, null, null, brand, null, null, first.on(), first.actor(),
                first.on(), 0), c);
        store.insertCase(row, now);
        store.appendEvent(id, 1, first, now);
        return view(store.findCase(id).orElseThrow(), store.events(id), today());
    }

    private RecallJson.Case step(AppUser user, String id, boolean importersStep,
                                 Function<RecallCase, RecallEvent> make) {
        CaseRow row = visible(user, id);
        if (importersStep && !user.has(Role.DECLARANT)) {
            throw RecallProblem.forbidden("Only the importer or producer takes this step",
                    "该步骤应由进口商或生产者办理");
        }
        List<StoredEvent> stored = store.events(id);
        RecallCase c = RecallCase.of(stored.stream().map(StoredEvent::event).toList());
        RecallEvent e = make.apply(c);
        RecallCase next;
        try {
            next = c.apply(e);
        } catch (RecallRuleException ex) {
            throw RecallProblem.of(ex);
        }
        checkNotFuture(e);
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.appendEvent(id, stored.size() + 1, e, now);
        if (!store.updateCase(projection(row, next), now)) {
            throw new RecallProblem(HttpStatus.CONFLICT, List.of(new org.importwindow.server.security.BilingualError(
                    "REC-409", "", "The case changed meanwhile; read it again", "案件已被他人更新，请重新读取")));
        }
        if (e instanceof RecallEvent.RecallNoticePublished n) {
            store.insertNotice(id, noticeRecord(id, next, n), now);
        } else if (e instanceof RecallEvent.RecallClosed closed) {
            store.noticeOfCase(id).ifPresent(r -> store.updateNotice(r.closed(closed.on()), now));
        }
        return view(store.findCase(id).orElseThrow(), store.events(id), today());
    }

    private NoticeRecord noticeRecord(String id, RecallCase c, RecallEvent.RecallNoticePublished n) {
        RecallPlan plan = c.plan().orElseThrow();
        NoticeRecord.Importer importer = c.enterprise().map(u -> enterprises.find(u)
                .map(e -> new NoticeRecord.Importer(u, e.nameZh(), e.nameEn()))
                .orElse(new NoticeRecord.Importer(u, null, null))).orElse(null);
        return new NoticeRecord(id, n.titleZh(), n.titleEn(), n.textZh(), n.textEn(), n.on(), null, "ONGOING",
                importer, plan.products().stream().map(NoticeRecord.Product::of).toList(), plan.defect(),
                plan.hazard(), plan.riskLevel().name(), plan.remedy().name(), plan.quantity(), plan.consumerContact(),
                plan.defectConfirmedOn(), plan.plannedCompletion());
    }

    private static CaseRow projection(CaseRow row, RecallCase c) {
        String name = row.productName();
        String brand = row.brand();
        String model = row.model();
        String gtin = row.gtin();
        RecallEvent first = c.first();
        if (first instanceof RecallEvent.DefectReported d) {
            name = d.productName();
            model = d.model();
            gtin = d.gtin();
        } else if (first instanceof RecallEvent.InvestigationOpened i) {
            name = i.productName();
            model = i.model();
            gtin = i.gtin();
        }
        Optional<RecalledProduct> planned = c.plan().flatMap(p -> p.products().stream().findFirst());
        if (planned.isPresent()) {
            name = planned.get().name();
            brand = planned.get().brand();
            model = planned.get().model();
            gtin = planned.get().gtin();
        }
        return new CaseRow(row.id(), c.enterprise().orElse(null), c.state().name(), name, brand, model, gtin,
                row.openedOn(), row.openedBy(), c.last().on(), row.version());
    }

    private RecallJson.Case view(CaseRow row, List<StoredEvent> stored, LocalDate asOf) {
        RecallCase c = RecallCase.of(stored.stream().map(StoredEvent::event).toList());
        List<RecallJson.DeadlineJson> due = new ArrayList<>();
        boolean overdue = false;
        for (Deadline d : deadlines.of(c, asOf)) {
            Optional<DatedValue> v = law.parameters().valueOn(d.step().parameter(), d.startsOn());
            due.add(RecallJson.deadline(d, v.map(DatedValue::legalAct).orElse(null),
                    v.map(DatedValue::citation).orElse(null)));
            overdue |= d.overdue();
        }
        // the scope is asked once per product and lot list, however many figures are drawn from it
        Map<List<Object>, List<org.importwindow.recall.Consignment>> asked = new java.util.HashMap<>();
        AffectedScope once = (gtin, lots) -> asked.computeIfAbsent(java.util.Arrays.asList(gtin, lots),
                k -> scope.consignments(gtin, lots));
        Map<org.importwindow.recall.ChainLevel, Long> units = c.plan().map(p -> AffectedScope.unitsByLevel(once, p))
                .orElse(Map.of());
        List<RecallJson.PartyJson> parties = c.plan().map(p -> AffectedScope.partiesWithUnits(once, p).stream()
                .map(t -> new RecallJson.PartyJson(t.party(), t.level(), t.units())).toList()).orElse(List.of());
        List<RecallJson.DerivedJson> derived = c.plan().map(RecallService::derivedParties)
                .map(f -> f.apply(scope)).orElse(List.of());
        List<LevelProgress> levels = CompletionRate.byLevel(c, units);
        List<RecallJson.LevelJson> completion = levels.stream().map(l -> new RecallJson.LevelJson(l.level(),
                l.sold(), l.corrected(), l.rate().orElse(null))).toList();
        BigDecimal overall = CompletionRate.overall(levels).orElse(null);
        List<RecallJson.EventJson> events = stored.stream().map(s -> new RecallJson.EventJson(s.seq(),
                s.event().type(), s.event().on(), s.event().actor(),
                s.recordedAt() == null ? null : s.recordedAt().toString(), s.event())).toList();
        String noticeId = c.notice().isPresent() ? row.id() : null;
        return new RecallJson.Case(row.id(), row.enterprise(), row.state(), row.productName(), row.brand(),
                row.model(), row.gtin(), row.openedOn(), asOf, overdue, due, completion, overall, noticeId, events,
                parties, units, derived);
    }

    /**
     * The receivers of products made from the plan's lots, one row per party, level, product and lot with the units
     * received (consumers are not listed: the retail parties before them are).
     */
    private static java.util.function.Function<AffectedScope, List<RecallJson.DerivedJson>> derivedParties(
            org.importwindow.recall.RecallPlan plan) {
        return scope -> {
            Map<List<Object>, Long> units = new java.util.LinkedHashMap<>();
            for (org.importwindow.recall.RecalledProduct p : plan.products()) {
                for (org.importwindow.recall.Consignment c : scope.derivedConsignments(p.gtin(), p.lots())) {
                    if (c.toLevel() != org.importwindow.recall.ChainLevel.CONSUMER) {
                        units.merge(java.util.Arrays.asList(c.to(), c.toLevel(), c.gtin(), c.lot()), c.quantity(),
                                Long::sum);
                    }
                }
            }
            List<RecallJson.DerivedJson> out = new ArrayList<>();
            units.forEach((k, n) -> out.add(new RecallJson.DerivedJson((String) k.get(0),
                    (org.importwindow.recall.ChainLevel) k.get(1), (String) k.get(2), (String) k.get(3), n)));
            return out;
        };
    }

    // ---- who and what

    private CaseRow visible(AppUser user, String id) {
        CaseRow row = store.findCase(id).orElseThrow(RecallProblem::notFound);
        if (seesAll(user) || (row.enterprise() != null && user.actsFor(row.enterprise()))) {
            return row;
        }
        throw RecallProblem.notFound();
    }

    private static boolean seesAll(AppUser user) {
        return user.has(Role.REGULATOR) || user.has(Role.ADMIN);
    }

    private static void requireRegulator(AppUser user) {
        if (!user.has(Role.REGULATOR) && !user.has(Role.ADMIN)) {
            throw RecallProblem.forbidden("Only the market regulator takes this step", "该步骤应由市场监督管理部门办理");
        }
    }

    /** The enterprise a declarant acts for in a new case: the one named, or their only one. */
    private static String ownEnterprise(AppUser user, String named) {
        if (!user.has(Role.DECLARANT)) {
            throw RecallProblem.forbidden("Only an importer or producer reports defects and recall plans",
                    "缺陷报告和召回计划应由进口商或生产者提交");
        }
        String uscc = blankToNull(named);
        if (uscc == null) {
            if (user.enterprises().size() == 1) {
                return user.enterprises().iterator().next();
            }
            throw RecallProblem.invalid("REC-002", "enterprise", "Name the enterprise (USCC) you act for",
                    "须指明所代表企业的统一社会信用代码");
        }
        if (!user.actsFor(uscc)) {
            throw RecallProblem.forbidden("You do not act for enterprise " + uscc, "您无权代表企业 " + uscc);
        }
        return uscc;
    }

    private void knownEnterprise(String uscc, String path) {
        if (blankToNull(uscc) != null && enterprises.find(uscc.strip()).isEmpty()) {
            throw RecallProblem.invalid("REC-003", path, "No enterprise " + uscc + " is registered",
                    "未登记企业 " + uscc);
        }
    }

    private LocalDate date(LocalDate on) {
        return on == null ? today() : on;
    }

    private void checkNotFuture(RecallEvent e) {
        if (e.on() != null && e.on().isAfter(today())) {
            throw RecallProblem.invalid("REC-012", "on", "A step cannot be dated in the future (" + e.on() + ")",
                    "步骤日期不得晚于今天");
        }
    }

    private static RecallPlan plan(RecallJson.Plan b) {
        List<RecalledProduct> products = b.products() == null ? List.of()
                : b.products().stream().filter(java.util.Objects::nonNull).map(RecallJson.Product::toCore).toList();
        return new RecallPlan(products, b.defect(), b.hazard(), b.riskLevel(), b.remedy(), b.defectConfirmedOn(),
                b.plannedCompletion(), b.consumerContact());
    }

    private static List<LevelProgress> levels(List<RecallJson.Level> levels) {
        return levels == null ? List.of() : levels.stream().filter(java.util.Objects::nonNull)
                .map(RecallJson.Level::toCore).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The enterprise's names for pages. */
    public Optional<StoredEnterprise> enterprise(String uscc) {
        return uscc == null ? Optional.empty() : enterprises.find(uscc);
    }
}
