package org.importwindow.server.declaration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.importwindow.declaration.DeclarationCommand;
import org.importwindow.declaration.DeclarationKind;
import org.importwindow.declaration.DeclarationState;
import org.importwindow.declaration.DeclarationStatus;
import org.importwindow.declaration.DeclarationWorkflow;
import org.importwindow.server.declaration.DeclarationEngine.Refused;
import org.importwindow.server.declaration.DeclarationService.Lodged;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.BilingualError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Advance and two-step declarations on top of {@link DeclarationService}: the arrival of an advance declaration's
 * goods, the link of a full declaration to its summary when it is lodged, and the summaries whose full declaration
 * is overdue (listed, and flagged once each). The workflow's decisions stay the core's
 * ({@link DeclarationWorkflow}); this class finds the declarations, checks who may act and applies the commands.
 */
@Service
public class ArrivalAndTwoStepService {
    /** Code of an arrival time that cannot be right (in the future, or before the declaration's last event). */
    public static final String ARRIVAL_TIME = "DEC-902";
    /** Code of a full declaration naming no two-step summary of its importer (the core's rule). */
    public static final String NO_SUMMARY = "DEC-108";

    private final DeclarationService service;
    private final DeclarationEngine engine;
    private final DeclarationStore declarations;
    private final TwoStepSummaryStore summaries;
    private final EnterpriseStore enterprises;
    private final DeclarationProperties properties;
    private final Clock clock;

    public ArrivalAndTwoStepService(DeclarationService service, DeclarationEngine engine,
                                    DeclarationStore declarations, TwoStepSummaryStore summaries,
                                    EnterpriseStore enterprises, DeclarationProperties properties,
                                    ObjectProvider<Clock> clock) {
        this.service = service;
        this.engine = engine;
        this.declarations = declarations;
        this.summaries = summaries;
        this.enterprises = enterprises;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A released summary whose full declaration is overdue, and whether it has been flagged. */
    public record Overdue(String id, String reference, String importer, LocalDate declarationDate,
                         LocalDate fullDeclarationDue, boolean flagged) {
    }

    // --- advance declaration ---

    /**
     * The goods of an advance declaration arrived ({@code arrivedAt}, default now): the declarant of its importer,
     * an officer or an administrator. Released at once if the channel's checks and the payment are done.
     */
    public StoredDeclaration arrive(AppUser user, String id, Instant arrivedAt) {
        StoredDeclaration d = service.visible(user, id);
        if (arrivedAt != null) {
            Instant now = clock.instant();
            Instant last = engine.stateOf(d.stateJson()).lastEventAt();
            if (arrivedAt.isAfter(now) || last != null && arrivedAt.isBefore(last.truncatedTo(ChronoUnit.SECONDS))) {
                // the chain's events keep their order in time: an arrival lies between the last event and now
                throw DeclarationProblem.invalid(List.of(new BilingualError(ARRIVAL_TIME, "arrivedAt",
                        "The arrival time " + arrivedAt + " must lie between the declaration's last event ("
                                + last + ") and now", "运抵时间 " + arrivedAt + " 应在报关单最近一次操作（" + last
                                + "）与当前时间之间")));
            }
        }
        return service.command(user, d, at -> new DeclarationCommand.RecordArrival(user.username(),
                arrivedAt == null ? at : arrivedAt));
    }

    // --- two-step: the full declaration ---

    /**
     * Lodge a declaration (as {@link DeclarationService#lodge}); a two-step full declaration must name a released
     * summary of its importer that has no full declaration yet, and once lodged is recorded on that summary.
     */
    public Lodged lodge(AppUser user, DeclarationRequestJson request) {
        String importer = request == null ? null : text(request.importer());
        boolean full = request != null && importer != null && user.actsFor(importer)
                && DeclarationKind.parse(request.declarationKind()).orElse(null) == DeclarationKind.TWO_STEP_FULL
                && text(request.summaryReference()) != null;
        String reference = full ? text(request.reference()) : null;
        if (full && (reference == null || declarations.findByReference(importer, reference).isEmpty())) {
            // a new full declaration: its summary is checked before anything is stored
            checkSummary(user, request, importer, text(request.summaryReference()), reference);
        }
        Lodged lodged = service.lodge(user, request);
        if (full && "TWO_STEP_FULL".equals(lodged.declaration().kind())) {
            // also on a repeated submission: completes a link a failure left undone
            link(user, lodged.declaration());
        }
        return lodged;
    }

    /**
     * Lodge a batch (as {@link DeclarationService#lodgeAll}); two-step full declarations in it are lodged one by one
     * as {@link #lodge} does, since each must find and complete its summary.
     */
    public List<DeclarationService.BatchResult> lodgeAll(AppUser user, List<DeclarationRequestJson> requests) {
        List<DeclarationService.BatchResult> results = new ArrayList<>(java.util.Collections.nCopies(requests.size(),
                null));
        List<DeclarationRequestJson> others = new ArrayList<>();
        List<Integer> otherIndexes = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            DeclarationRequestJson r = requests.get(i);
            if (r != null && DeclarationKind.parse(r.declarationKind()).orElse(null) == DeclarationKind.TWO_STEP_FULL) {
                String reference = text(r.reference());
                try {
                    Lodged l = lodge(user, r);
                    results.set(i, new DeclarationService.BatchResult(reference, l.created() ? 201 : 200,
                            l.declaration(), List.of()));
                } catch (DeclarationProblem p) {
                    results.set(i, DeclarationService.BatchResult.of(reference, p));
                }
            } else {
                others.add(r);
                otherIndexes.add(i);
            }
        }
        List<DeclarationService.BatchResult> lodged = service.lodgeAll(user, others);
        for (int k = 0; k < lodged.size(); k++) {
            results.set(otherIndexes.get(k), lodged.get(k));
        }
        return results;
    }

    private void checkSummary(AppUser user, DeclarationRequestJson request, String importer, String summaryReference,
                              String reference) {
        Optional<StoredDeclaration> summary = declarations.findByReference(importer, summaryReference)
                .filter(s -> "TWO_STEP_SUMMARY".equals(s.kind()));
        if (summary.isEmpty()) {
            List<BilingualError> errors = new ArrayList<>();
            errors.add(new BilingualError(NO_SUMMARY, "summaryReference", "The importer has no two-step summary "
                    + "declaration " + summaryReference + " for this full declaration to complete",
                    "该企业没有编号为 " + summaryReference + " 的两步申报概要申报，无法进行完整申报"));
            errors.addAll(otherErrors(user, request, importer));
            throw DeclarationProblem.invalid(errors);
        }
        DeclarationState s = engine.stateOf(summary.get().stateJson());
        if (s.status() != DeclarationStatus.RELEASED) {
            throw DeclarationProblem.conflict("summaryReference", "The summary declaration " + summaryReference
                    + " is " + s.status() + ": its full declaration follows its release",
                    "概要申报 " + summaryReference + " 当前状态为" + s.status().nameZh() + "，放行后方可完整申报");
        }
        if (s.fullReference() != null && !s.fullReference().equals(reference)) {
            throw DeclarationProblem.conflict("summaryReference", "The summary declaration " + summaryReference
                    + " is already completed by the full declaration " + s.fullReference(),
                    "概要申报 " + summaryReference + " 已由完整申报 " + s.fullReference() + " 完成");
        }
    }

    /** Every other error of the request too (a dry run of the lodgement: nothing stored). */
    private List<BilingualError> otherErrors(AppUser user, DeclarationRequestJson request, String importer) {
        return enterprises.find(importer).map(e -> engine.lodge(request, e, 0, properties.samplingSeed(),
                        user.username(), clock.instant()))
                .filter(Refused.class::isInstance).map(r -> ((Refused) r).errors()).orElse(List.of());
    }

    /** Record the full declaration on its summary, unless it is there already. */
    private void link(AppUser user, StoredDeclaration full) {
        String summaryReference = engine.stateOf(full.stateJson()).summaryReference();
        StoredDeclaration summary = declarations.findByReference(full.importer(), summaryReference)
                .orElseThrow(() -> DeclarationProblem.invalid(List.of(new BilingualError(NO_SUMMARY,
                        "summaryReference", "No two-step summary declaration " + summaryReference,
                        "没有编号为 " + summaryReference + " 的概要申报"))));
        if (full.reference().equals(engine.stateOf(summary.stateJson()).fullReference())) {
            return;
        }
        service.command(user, summary, at -> new DeclarationCommand.RecordFullDeclaration(user.username(), at,
                full.reference()));
    }

    // --- two-step: overdue full declarations ---

    /** Today in China, the day the workflow counts in. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DeclarationWorkflow.CHINA);
    }

    /**
     * Summaries whose full declaration is overdue on {@code asOf}: officers and administrators all, declarants their
     * enterprises' (null user: all, for the officers' pages).
     */
    public List<Overdue> overdue(AppUser user, LocalDate asOf) {
        List<Overdue> out = new ArrayList<>();
        for (TwoStepSummaryStore.ReleasedSummary r : summaries.released(user == null || user.seesAllDeclarations()
                ? null : user.enterprises())) {
            DeclarationState s = engine.stateOf(r.stateJson());
            if (DeclarationWorkflow.overdue(s, asOf)) {
                out.add(new Overdue(r.id(), r.reference(), r.importer(), r.declarationDate(), s.fullDeclarationDue(),
                        s.overdueFlagged()));
            }
        }
        return out;
    }

    /**
     * Flag each summary overdue on {@code asOf} that is not flagged yet (one FullDeclarationOverdue event each, so
     * running it again appends nothing); answers the overdue summaries and which were flagged now.
     */
    public FlagRun flag(AppUser user, LocalDate asOf) {
        Set<String> flaggedNow = new LinkedHashSet<>();
        for (Overdue o : overdue(user, asOf)) {
            if (o.flagged()) {
                continue;
            }
            StoredDeclaration d = declarations.find(o.id()).orElse(null);
            if (d == null || engine.stateOf(d.stateJson()).overdueFlagged()) {
                continue;
            }
            try {
                service.command(user, d, at -> new DeclarationCommand.FlagOverdue(user.username(), at, asOf));
                flaggedNow.add(o.id());
            } catch (DeclarationProblem e) {
                if (e.status() != HttpStatus.CONFLICT) {
                    throw e;
                }
                // changed meanwhile (another run flagged it, or its full declaration came): its state now stands
            }
        }
        return new FlagRun(asOf, overdue(user, asOf), List.copyOf(flaggedNow));
    }

    /** What a flagging run found and did. */
    public record FlagRun(LocalDate asOf, List<Overdue> overdue, List<String> flaggedNow) {
    }

    // --- badges on the pages ---

    /** Whether the declaration is a summary whose full declaration is overdue today (or was flagged so). */
    public boolean overdueBadge(StoredDeclaration d) {
        if (d == null || !"TWO_STEP_SUMMARY".equals(d.kind()) || !"RELEASED".equals(d.status())) {
            return false;
        }
        return showsOverdue(engine.stateOf(d.stateJson()), today());
    }

    /**
     * All summaries overdue today, or flagged overdue earlier and still without their full declaration (the
     * officer's queue page, which only officers and administrators open).
     */
    public List<Overdue> overdueToday() {
        List<Overdue> out = new ArrayList<>();
        LocalDate today = today();
        for (TwoStepSummaryStore.ReleasedSummary r : summaries.released(null)) {
            DeclarationState s = engine.stateOf(r.stateJson());
            if (showsOverdue(s, today)) {
                out.add(new Overdue(r.id(), r.reference(), r.importer(), r.declarationDate(), s.fullDeclarationDue(),
                        s.overdueFlagged()));
            }
        }
        return out;
    }

    /** The ids of {@link #overdueToday()}: one query for a list page's badges. */
    public Set<String> overdueIds() {
        Set<String> ids = new LinkedHashSet<>();
        overdueToday().forEach(o -> ids.add(o.id()));
        return ids;
    }

    /** The badge shows what the core calls overdue today, and a flag until the full declaration comes. */
    private static boolean showsOverdue(DeclarationState s, LocalDate today) {
        return s.fullReference() == null && (s.overdueFlagged() || DeclarationWorkflow.overdue(s, today));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
