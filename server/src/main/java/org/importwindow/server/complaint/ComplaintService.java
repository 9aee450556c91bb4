package org.importwindow.server.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.importwindow.complaint.Complaint;
import org.importwindow.complaint.ComplaintDeadlines;
import org.importwindow.complaint.ComplaintDraft;
import org.importwindow.complaint.ComplaintEvent;
import org.importwindow.complaint.ComplaintEvent.ComplaintAccepted;
import org.importwindow.complaint.ComplaintEvent.ComplaintClosed;
import org.importwindow.complaint.ComplaintEvent.ComplaintDeclined;
import org.importwindow.complaint.ComplaintEvent.ComplaintFiled;
import org.importwindow.complaint.ComplaintEvent.MediationStarted;
import org.importwindow.complaint.ComplaintEvent.Outcome;
import org.importwindow.complaint.ComplaintReference;
import org.importwindow.complaint.ComplaintRuleException;
import org.importwindow.complaint.ComplaintRules;
import org.importwindow.complaint.Violation;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filing and handling complaints, with who may do what: a consumer files and reads their own (another's is "not
 * found", so a reference cannot be probed); the regulator reads all, unmasked, and takes the steps. Administrators
 * read (masked) but take no step: deciding a complaint is the market regulator's act.
 */
@Service
public class ComplaintService {

    private final ComplaintStore store;
    private final ComplaintDeadlines deadlines;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ComplaintService(ComplaintStore store, ComplaintDeadlines deadlines, TransactionTemplate tx,
                            ObjectProvider<Clock> clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Today in China, the day the deadlines are judged by unless the caller names one. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ComplaintEvent.CHINA));
    }

    public Instant now() {
        return clock.instant();
    }

    public static boolean isRegulator(AppUser user) {
        return user.has(Role.REGULATOR);
    }

    /** Files a consumer's complaint; nothing is stored when a rule is broken. */
    public ComplaintView file(AppUser user, ComplaintDraft draft) {
        if (!user.has(Role.CONSUMER)) {
            throw ComplaintProblem.forbidden();
        }
        return file(user.username(), draft, now());
    }

    /** Files a complaint for {@code consumer} at {@code at} (also the demo data's way in). */
    ComplaintView file(String consumer, ComplaintDraft draft, Instant at) {
        List<Violation> wrong = ComplaintRules.check(draft);
        if (!wrong.isEmpty()) {
            throw ComplaintProblem.invalid(wrong);
        }
        Complaint c = tx.execute(s -> {
            LocalDate day = at.atZone(ComplaintEvent.CHINA).toLocalDate();
            Complaint filed = Complaint.filed(new ComplaintFiled(ComplaintReference.of(day, store.nextNumber()),
                    draft.toDetails(), at, consumer));
            store.insert(filed);
            return filed;
        });
        return view(c, false, today());
    }

    public ComplaintView get(AppUser user, String reference, LocalDate asOf) {
        return view(readable(user, reference), isRegulator(user), asOf);
    }

    /** The consumer's own complaints; for the regulator and administrators every complaint. */
    public List<ComplaintView> list(AppUser user, LocalDate asOf) {
        List<Complaint> list = user.has(Role.REGULATOR) || user.has(Role.ADMIN) ? store.all()
                : store.byConsumer(user.username());
        return list.stream().map(c -> view(c, isRegulator(user), asOf)).toList();
    }

    /**
     * The regulator's queue: open complaints, those awaiting a decision first, overdue ones at the top, then by
     * due day.
     */
    public List<ComplaintView> queue(AppUser user, LocalDate asOf) {
        requireRegulator(user);
        return store.all().stream().filter(c -> c.status().isOpen())
                .map(c -> view(c, true, asOf))
                .sorted(Comparator.comparing((ComplaintView v) -> !v.acceptance().overdue())
                        .thenComparing(v -> !"FILED".equals(v.status()))
                        .thenComparing(v -> v.acceptance().due()))
                .toList();
    }

    public ComplaintView accept(AppUser user, String reference) {
        return step(user, reference, at -> new ComplaintAccepted(at, user.username()));
    }

    public ComplaintView decline(AppUser user, String reference, String reason) {
        return step(user, reference, at -> new ComplaintDeclined(reason == null ? null : reason.strip(), at,
                user.username()));
    }

    public ComplaintView startMediation(AppUser user, String reference) {
        return step(user, reference, at -> new MediationStarted(at, user.username()));
    }

    public ComplaintView close(AppUser user, String reference, String outcome, String note) {
        Outcome o = parseOutcome(outcome);
        return step(user, reference, at -> new ComplaintClosed(o, note == null || note.isBlank() ? null : note.strip(),
                at, user.username()));
    }

    /** Every complaint received since {@code from}, for the signals. */
    List<Complaint> receivedSince(LocalDate from) {
        return store.receivedSince(from);
    }

    private ComplaintView step(AppUser user, String reference, Function<Instant, ComplaintEvent> make) {
        requireRegulator(user);
        Complaint c = store.find(reference).orElseThrow(() -> ComplaintProblem.notFound(reference));
        ComplaintEvent e = make.apply(now());
        Complaint next;
        try {
            next = c.then(e);
        } catch (ComplaintRuleException ex) {
            HttpStatus status = ex.code().equals("CMP-101") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            throw ComplaintProblem.of(status, ex.code(), "", ex.getMessage());
        }
        try {
            tx.executeWithoutResult(s -> store.append(reference, next.events().size(), e));
        } catch (DuplicateKeyException ex) {
            throw ComplaintProblem.of(HttpStatus.CONFLICT, "CMP-409", "",
                    "Someone else took a step on this complaint just now; reload it and try again.");
        }
        return view(next, true, today());
    }

    private Complaint readable(AppUser user, String reference) {
        Optional<Complaint> c = store.find(reference);
        if (c.isEmpty() || !(user.has(Role.REGULATOR) || user.has(Role.ADMIN)
                || c.get().consumer().equals(user.username()))) {
            throw ComplaintProblem.notFound(reference);
        }
        return c.get();
    }

    private static void requireRegulator(AppUser user) {
        if (!isRegulator(user)) {
            throw ComplaintProblem.forbidden();
        }
    }

    private static Outcome parseOutcome(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return null; // the core refuses it as CMP-103
        }
        try {
            return Outcome.valueOf(outcome.strip());
        } catch (IllegalArgumentException e) {
            throw ComplaintProblem.of(HttpStatus.BAD_REQUEST, "CMP-103", "outcome",
                    "The outcome must be one of MEDIATION_AGREEMENT, MEDIATION_ENDED, WITHDRAWN, RESOLVED.");
        }
    }

    ComplaintView view(Complaint c, boolean unmasked, LocalDate asOf) {
        return ComplaintView.of(c, unmasked, deadlines.acceptance(c, asOf),
                deadlines.mediation(c, asOf).orElse(null));
    }
}
