package org.importwindow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.importwindow.complaint.ComplaintEvent.ComplaintAccepted;
import org.importwindow.complaint.ComplaintEvent.ComplaintClosed;
import org.importwindow.complaint.ComplaintEvent.ComplaintDeclined;
import org.importwindow.complaint.ComplaintEvent.ComplaintFiled;
import org.importwindow.complaint.ComplaintEvent.MediationStarted;
import org.importwindow.complaint.ComplaintEvent.PhotoAdded;

/**
 * A complaint as the fold of its events. {@link #then} is the only way a step happens: it refuses steps the state
 * does not allow (CMP-101), a decline without a reason (CMP-102) and a close without an outcome (CMP-103), so the
 * store never holds an impossible history.
 *
 * <p>Allowed: FILED → ACCEPTED | DECLINED; ACCEPTED → IN_MEDIATION | CLOSED; IN_MEDIATION → CLOSED. A photo may be
 * added while the complaint is open (it does not change the status) and only as the next number (CMP-105); once
 * declined or closed the file is complete (CMP-101).
 */
public final class Complaint {

    private final List<ComplaintEvent> events;
    private final ComplaintStatus status;

    private Complaint(List<ComplaintEvent> events, ComplaintStatus status) {
        this.events = List.copyOf(events);
        this.status = status;
    }

    public static Complaint filed(ComplaintFiled filed) {
        return new Complaint(List.of(filed), ComplaintStatus.FILED);
    }

    /** Rebuilds a complaint from its stored events, in order; the first must be the filing. */
    public static Complaint replay(List<? extends ComplaintEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof ComplaintFiled f)) {
            throw new IllegalArgumentException("a complaint's history starts with ComplaintFiled");
        }
        Complaint c = filed(f);
        for (ComplaintEvent e : events.subList(1, events.size())) {
            c = c.then(e);
        }
        return c;
    }

    /** This complaint after {@code event}; throws {@link ComplaintRuleException} when the step is not allowed. */
    public Complaint then(ComplaintEvent event) {
        ComplaintStatus next;
        if (event instanceof ComplaintFiled) {
            throw refuse("it was filed already");
        } else if (event instanceof ComplaintAccepted) {
            next = from(ComplaintStatus.FILED, ComplaintStatus.ACCEPTED, "accept");
        } else if (event instanceof ComplaintDeclined d) {
            if (d.reason() == null || d.reason().isBlank()) {
                throw new ComplaintRuleException("CMP-102", "A decline needs the reason the complainant is told.");
            }
            next = from(ComplaintStatus.FILED, ComplaintStatus.DECLINED, "decline");
        } else if (event instanceof PhotoAdded p) {
            if (!status.isOpen()) {
                throw refuse("cannot add a photo to a complaint that is " + status);
            }
            if (p.number() != photos().size() + 1) {
                throw new ComplaintRuleException("CMP-105", "Photo " + p.number() + " is not the next photo ("
                        + (photos().size() + 1) + ").");
            }
            next = status;
        } else if (event instanceof MediationStarted) {
            next = from(ComplaintStatus.ACCEPTED, ComplaintStatus.IN_MEDIATION, "mediate");
        } else {
            ComplaintClosed c = (ComplaintClosed) event;
            if (c.outcome() == null) {
                throw new ComplaintRuleException("CMP-103", "A close needs its outcome.");
            }
            if (status != ComplaintStatus.ACCEPTED && status != ComplaintStatus.IN_MEDIATION) {
                throw refuse("only an accepted complaint can be closed");
            }
            next = ComplaintStatus.CLOSED;
        }
        if (event.at().isBefore(events.get(events.size() - 1).at())) {
            throw new ComplaintRuleException("CMP-104", "A step cannot be dated before the previous one.");
        }
        List<ComplaintEvent> all = new ArrayList<>(events);
        all.add(event);
        return new Complaint(all, next);
    }

    private ComplaintStatus from(ComplaintStatus required, ComplaintStatus next, String step) {
        if (status != required) {
            throw refuse("cannot " + step + " a complaint that is " + status);
        }
        return next;
    }

    private ComplaintRuleException refuse(String why) {
        return new ComplaintRuleException("CMP-101", "Step not allowed: " + why + ".");
    }

    public ComplaintFiled filing() {
        return (ComplaintFiled) events.get(0);
    }

    public String reference() {
        return filing().reference();
    }

    public ComplaintDetails details() {
        return filing().details();
    }

    /** Who filed it (the consumer's user name). */
    public String consumer() {
        return filing().by();
    }

    /** The day the regulator received it: the 7 working days run from here. */
    public LocalDate receivedOn() {
        return filing().day();
    }

    public ComplaintStatus status() {
        return status;
    }

    public List<ComplaintEvent> events() {
        return events;
    }

    /** The photos added after filing, in order. */
    public List<PhotoAdded> photos() {
        return events.stream().filter(e -> e instanceof PhotoAdded).map(e -> (PhotoAdded) e).toList();
    }

    /** The day acceptance was decided (accepted or declined), if it was. */
    public Optional<LocalDate> decidedOn() {
        return events.stream().filter(e -> e instanceof ComplaintAccepted || e instanceof ComplaintDeclined)
                .findFirst().map(ComplaintEvent::day);
    }

    public Optional<LocalDate> acceptedOn() {
        return events.stream().filter(e -> e instanceof ComplaintAccepted).findFirst().map(ComplaintEvent::day);
    }

    public Optional<LocalDate> closedOn() {
        return events.stream().filter(e -> e instanceof ComplaintClosed).findFirst().map(ComplaintEvent::day);
    }
}
