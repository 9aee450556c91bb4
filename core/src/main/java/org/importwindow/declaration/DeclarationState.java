package org.importwindow.declaration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.importwindow.declaration.DeclarationEvent.*;
import org.importwindow.declaration.risk.Channel;

/**
 * The state of a declaration: the fold of its events. Immutable; {@link #with(DeclarationEvent)} gives the next.
 *
 * @param payable    the assessed duties and taxes (yuan) of the current revision
 * @param paid       what the bank has confirmed so far
 * @param heldFrom   the status a hold interrupted, null when not held
 */
public record DeclarationState(String reference, String importer, DeclarationKind kind, DeclarationStatus status,
                               Channel channel, BigDecimal payable, BigDecimal paid, boolean arrived,
                               boolean documentsChecked, boolean inspected, DeclarationStatus heldFrom, int revision,
                               String summaryReference, LocalDate fullDeclarationDue, String fullReference,
                               boolean overdueFlagged, Instant lastEventAt) {

    /** A declaration not yet lodged. */
    public static DeclarationState draft(String reference) {
        return new DeclarationState(reference, null, DeclarationKind.STANDARD, DeclarationStatus.DRAFT, null,
                BigDecimal.ZERO, BigDecimal.ZERO, true, false, false, null, 0, null, null, null, false, null);
    }

    /** The state after {@code events}, from a draft. */
    public static DeclarationState replay(List<DeclarationEvent> events) {
        DeclarationState s = draft(null);
        for (DeclarationEvent e : events) {
            s = s.with(e);
        }
        return s;
    }

    /** Whether the checks of the channel are done. */
    public boolean checksDone() {
        return channel == Channel.GREEN || (channel == Channel.YELLOW && documentsChecked)
                || (channel == Channel.RED && inspected);
    }

    /** What is still to pay. */
    public BigDecimal outstanding() {
        return payable.subtract(paid);
    }

    public DeclarationState with(DeclarationEvent e) {
        DeclarationState s = this;
        if (e instanceof DeclarationLodged l) {
            return new DeclarationState(l.reference(), l.importer(), l.kind(),
                    DeclarationStatus.LODGED, null, BigDecimal.ZERO, BigDecimal.ZERO, l.arrived(), false, false, null,
                    0, l.summaryReference(), null, null, false, l.at());
        }
        if (e instanceof DeclarationAssessed a) {
            return s.status(DeclarationStatus.ASSESSED).payable(a.payable(), a.at());
        }
        if (e instanceof ChannelAssigned c) {
            return new DeclarationState(reference, importer, kind, DeclarationStatus.SELECTED,
                    c.channel(), payable, paid, arrived, false, false, null, revision, summaryReference,
                    fullDeclarationDue, fullReference, overdueFlagged, c.at());
        }
        if (e instanceof DocumentsChecked d) {
            return d.passed()
                    ? new DeclarationState(reference, importer, kind, DeclarationStatus.DOCUMENTS_CHECKED, channel,
                    payable, paid, arrived, true, inspected, heldFrom, revision, summaryReference, fullDeclarationDue,
                    fullReference, overdueFlagged, d.at()) : s.touched(d.at());
        }
        if (e instanceof InspectionCompleted i) {
            return i.passed()
                    ? new DeclarationState(reference, importer, kind, DeclarationStatus.INSPECTED, channel,
                    payable, paid, arrived, documentsChecked, true, heldFrom, revision, summaryReference,
                    fullDeclarationDue, fullReference, overdueFlagged, i.at()) : s.touched(i.at());
        }
        if (e instanceof PaymentConfirmed p) {
            return new DeclarationState(reference, importer, kind, DeclarationStatus.PAID,
                    channel, payable, paid.add(p.amount()), arrived, documentsChecked, inspected, heldFrom, revision,
                    summaryReference, fullDeclarationDue, fullReference, overdueFlagged, p.at());
        }
        if (e instanceof GoodsArrived g) {
            return new DeclarationState(reference, importer, kind, status, channel, payable, paid,
                    true, documentsChecked, inspected, heldFrom, revision, summaryReference, fullDeclarationDue,
                    fullReference, overdueFlagged, g.at());
        }
        if (e instanceof GoodsReleased r) {
            return new DeclarationState(reference, importer, kind, DeclarationStatus.RELEASED,
                    channel, payable, paid, arrived, documentsChecked, inspected, null, revision, summaryReference,
                    r.fullDeclarationDue(), fullReference, overdueFlagged, r.at());
        }
        if (e instanceof DeclarationAmended a) {
            return new DeclarationState(reference, importer, kind, DeclarationStatus.LODGED,
                    channel, payable, paid, arrived, false, false, null, a.revision(), summaryReference,
                    fullDeclarationDue, fullReference, overdueFlagged, a.at());
        }
        if (e instanceof DeclarationCancelled c) {
            return s.status(DeclarationStatus.CANCELLED).touched(c.at());
        }
        if (e instanceof DeclarationHeld h) {
            return new DeclarationState(reference, importer, kind, DeclarationStatus.HELD, channel,
                    payable, paid, arrived, documentsChecked, inspected, status, revision, summaryReference,
                    fullDeclarationDue, fullReference, overdueFlagged, h.at());
        }
        if (e instanceof HoldLifted h) {
            return new DeclarationState(reference, importer, kind,
                    heldFrom == null ? DeclarationStatus.SELECTED : heldFrom, channel, payable, paid, arrived,
                    documentsChecked, inspected, null, revision, summaryReference, fullDeclarationDue, fullReference,
                    overdueFlagged, h.at());
        }
        if (e instanceof DeclarationRejected r) {
            return s.status(DeclarationStatus.REJECTED).touched(r.at());
        }
        if (e instanceof FullDeclarationLodged f) {
            return new DeclarationState(reference, importer, kind, status, channel, payable,
                    paid, arrived, documentsChecked, inspected, heldFrom, revision, summaryReference,
                    fullDeclarationDue, f.fullReference(), overdueFlagged, f.at());
        }
        if (e instanceof FullDeclarationOverdue o) {
            return new DeclarationState(reference, importer, kind, status, channel,
                    payable, paid, arrived, documentsChecked, inspected, heldFrom, revision, summaryReference,
                    fullDeclarationDue, fullReference, true, o.at());
        }
        throw new IllegalStateException("unknown event " + e);
    }

    private DeclarationState status(DeclarationStatus st) {
        return new DeclarationState(reference, importer, kind, st, channel, payable, paid, arrived, documentsChecked,
                inspected, heldFrom, revision, summaryReference, fullDeclarationDue, fullReference, overdueFlagged,
                lastEventAt);
    }

    private DeclarationState payable(BigDecimal p, Instant at) {
        return new DeclarationState(reference, importer, kind, status, channel, p, paid, arrived, documentsChecked,
                inspected, heldFrom, revision, summaryReference, fullDeclarationDue, fullReference, overdueFlagged, at);
    }

    private DeclarationState touched(Instant at) {
        return new DeclarationState(reference, importer, kind, status, channel, payable, paid, arrived,
                documentsChecked, inspected, heldFrom, revision, summaryReference, fullDeclarationDue, fullReference,
                overdueFlagged, at);
    }
}
