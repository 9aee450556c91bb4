package org.importwindow.declaration;

import static org.importwindow.declaration.DeclarationRule.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.importwindow.declaration.DeclarationCommand.*;
import org.importwindow.declaration.DeclarationEvent.*;
import org.importwindow.declaration.risk.Channel;
import org.importwindow.declaration.risk.RiskResult;
import org.importwindow.law.LegalParameters;

/**
 * The workflow of issue 3, section 5, as a pure function {@link #apply(DeclarationState, DeclarationCommand)}:
 * draft -> lodged -> assessed -> channel (SELECTED) -> documents checked (yellow) / inspected (red) -> paid ->
 * released, with amendment (before payment; re-assessed and re-channelled), cancellation and rejection (before
 * release), hold and its lifting; advance declarations are released on the arrival of the goods; a two-step summary
 * is released without payment once its channel's checks are done, and its full declaration is due within
 * {@value #FULL_DUE_DAYS} days (a legal parameter). Release is automatic once the goods have arrived, the channel's
 * checks are done and the payable is paid (or zero).
 */
public final class DeclarationWorkflow {
    public static final String FULL_DUE_DAYS = "declaration.two-step.full.due-days";
    /** Dates of release are China's calendar days. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The actor of what the system does by itself (e.g. release after payment). */
    public static final String SYSTEM = "system";

    private static final Set<DeclarationStatus> AMENDABLE = EnumSet.of(DeclarationStatus.LODGED,
            DeclarationStatus.ASSESSED, DeclarationStatus.SELECTED, DeclarationStatus.DOCUMENTS_CHECKED,
            DeclarationStatus.INSPECTED, DeclarationStatus.HELD);
    private static final Set<DeclarationStatus> PAYABLE = EnumSet.of(DeclarationStatus.SELECTED,
            DeclarationStatus.DOCUMENTS_CHECKED, DeclarationStatus.INSPECTED);

    private final LegalParameters parameters;

    public DeclarationWorkflow(LegalParameters parameters) {
        this.parameters = parameters;
    }

    /** Whether a released two-step summary's full declaration is overdue on {@code asOf}. */
    public static boolean overdue(DeclarationState summary, LocalDate asOf) {
        return summary.kind() == DeclarationKind.TWO_STEP_SUMMARY && summary.status() == DeclarationStatus.RELEASED
                && summary.fullReference() == null && summary.fullDeclarationDue() != null
                && asOf.isAfter(summary.fullDeclarationDue());
    }

    public Transition apply(DeclarationState state, DeclarationCommand command) {
        List<DeclarationEvent> events = new ArrayList<>();
        DeclarationError refusal;
        if (command instanceof Lodge c) {
            refusal = lodge(state, c, events);
        } else if (command instanceof Amend c) {
            refusal = amend(state, c, events);
        } else if (command instanceof CheckDocuments c) {
            refusal = checkDocuments(state, c, events);
        } else if (command instanceof CompleteInspection c) {
            refusal = inspect(state, c, events);
        } else if (command instanceof ConfirmPayment c) {
            refusal = pay(state, c, events);
        } else if (command instanceof RecordArrival c) {
            refusal = arrive(state, c, events);
        } else if (command instanceof Hold c) {
            refusal = hold(state, c, events);
        } else if (command instanceof Release c) {
            refusal = release(state, c, events);
        } else if (command instanceof Reject c) {
            refusal = active(state, "reject") != null ? active(state, "reject")
                    : add(events, new DeclarationRejected(c.actor(), c.at(), c.reason()));
        } else if (command instanceof Cancel c) {
            refusal = active(state, "cancel") != null ? active(state, "cancel")
                    : add(events, new DeclarationCancelled(c.actor(), c.at(), c.reason()));
        } else if (command instanceof RecordFullDeclaration c) {
            refusal = fullDeclaration(state, c, events);
        } else if (command instanceof FlagOverdue c) {
            refusal = flagOverdue(state, c, events);
        } else {
            throw new IllegalStateException("unknown command " + command);
        }
        if (refusal != null) {
            return new Transition.Refused(refusal);
        }
        DeclarationState next = state;
        for (DeclarationEvent e : events) {
            next = next.with(e);
        }
        return new Transition.Accepted(events, next);
    }

    private DeclarationError lodge(DeclarationState s, Lodge c, List<DeclarationEvent> events) {
        if (s.status() != DeclarationStatus.DRAFT) {
            return notNow(s, "lodge");
        }
        boolean arrived = c.kind() != DeclarationKind.ADVANCE;
        events.add(new DeclarationLodged(c.actor(), c.at(), c.reference(), c.importer(), c.kind(), arrived,
                c.summaryReference()));
        appraise(c.actor(), c, c.appraisal(), events);
        releaseIfDue(replay(s, events), c, events);
        return null;
    }

    private DeclarationError amend(DeclarationState s, Amend c, List<DeclarationEvent> events) {
        if (!AMENDABLE.contains(s.status())) {
            return notNow(s, "amend");
        }
        events.add(new DeclarationAmended(c.actor(), c.at(), s.revision() + 1, c.note()));
        appraise(c.actor(), c, c.appraisal(), events);
        releaseIfDue(replay(s, events), c, events);
        return null;
    }

    private static void appraise(String actor, DeclarationCommand c, Appraisal a, List<DeclarationEvent> events) {
        events.add(new DeclarationAssessed(actor, c.at(), a.duty(), a.consumptionTax(), a.vat(), a.payable()));
        RiskResult r = a.risk();
        events.add(new ChannelAssigned(SYSTEM, c.at(), r.channel(), r.totalWeight(), r.codes(), r.sampling().rate(),
                r.sampling().draw(), r.sampling().selected()));
    }

    private DeclarationError checkDocuments(DeclarationState s, CheckDocuments c, List<DeclarationEvent> events) {
        if (s.status() != DeclarationStatus.SELECTED) {
            return notNow(s, "check the documents of");
        }
        if (s.channel() != Channel.YELLOW) {
            return DEC_105.error("decision", "the " + s.channel() + " channel has no document check",
                    "该报关单为" + s.channel().nameZh() + "，不需要单证审核");
        }
        events.add(new DocumentsChecked(c.actor(), c.at(), c.passed(), c.note()));
        if (!c.passed()) {
            events.add(new DeclarationHeld(c.actor(), c.at(), "documents check failed: " + c.note()));
            return null;
        }
        releaseIfDue(replay(s, events), c, events);
        return null;
    }

    private DeclarationError inspect(DeclarationState s, CompleteInspection c, List<DeclarationEvent> events) {
        if (s.status() != DeclarationStatus.SELECTED) {
            return notNow(s, "record the inspection of");
        }
        if (s.channel() != Channel.RED) {
            return DEC_105.error("decision", "the " + s.channel() + " channel has no physical inspection",
                    "该报关单为" + s.channel().nameZh() + "，不需要实货查验");
        }
        if (!s.arrived()) {
            return DEC_104.error("decision", "the goods have not arrived: they cannot be inspected yet",
                    "货物尚未运抵，无法查验");
        }
        events.add(new InspectionCompleted(c.actor(), c.at(), c.passed(), c.findings()));
        if (!c.passed()) {
            events.add(new DeclarationHeld(c.actor(), c.at(), "inspection found discrepancies: " + c.findings()));
            return null;
        }
        releaseIfDue(replay(s, events), c, events);
        return null;
    }

    private DeclarationError pay(DeclarationState s, ConfirmPayment c, List<DeclarationEvent> events) {
        if (!PAYABLE.contains(s.status()) || !s.checksDone()) {
            String why = PAYABLE.contains(s.status()) ? "the checks of the " + s.channel() + " channel are pending"
                    : "it is " + s.status();
            return DEC_103.error("amount", "cannot pay a declaration that is not selected for payment: " + why,
                    "报关单未到缴款环节（当前状态：" + s.status().nameZh() + "）");
        }
        if (c.amount() == null || c.amount().compareTo(s.outstanding()) != 0) {
            return DEC_102.error("amount", "the payment of " + (c.amount() == null ? "nothing" : c.amount()
                            .toPlainString()) + " CNY differs from the assessed payable of "
                            + s.outstanding().toPlainString() + " CNY",
                    "缴款金额" + (c.amount() == null ? "空" : c.amount().toPlainString()) + "元与应缴税款"
                            + s.outstanding().toPlainString() + "元不符");
        }
        events.add(new PaymentConfirmed(c.actor(), c.at(), c.amount(), c.bankReference()));
        releaseIfDue(replay(s, events), c, events);
        return null;
    }

    private DeclarationError arrive(DeclarationState s, RecordArrival c, List<DeclarationEvent> events) {
        if (s.arrived() || s.status().isFinal() || s.status() == DeclarationStatus.DRAFT) {
            return notNow(s, "record the arrival of");
        }
        events.add(new GoodsArrived(c.actor(), c.at()));
        releaseIfDue(replay(s, events), c, events);
        return null;
    }

    private DeclarationError hold(DeclarationState s, Hold c, List<DeclarationEvent> events) {
        if (s.status() == DeclarationStatus.HELD) {
            return notNow(s, "hold");
        }
        DeclarationError e = active(s, "hold");
        return e != null ? e : add(events, new DeclarationHeld(c.actor(), c.at(), c.reason()));
    }

    private DeclarationError release(DeclarationState s, Release c, List<DeclarationEvent> events) {
        if (s.status() == DeclarationStatus.HELD) {
            events.add(new HoldLifted(c.actor(), c.at()));
            releaseIfDue(replay(s, events), c, events);
            return null;
        }
        if (s.status().isFinal()) {
            return notNow(s, "release");
        }
        if (releasable(s)) {
            events.add(released(s, c.actor(), c));
            return null;
        }
        return DEC_106.error("decision", "release needs the goods arrived, the checks of the channel done and the "
                + "duties paid (" + s.outstanding().toPlainString() + " CNY outstanding)", "放行需货物已运抵、完成查验并缴清税款");
    }

    private DeclarationError fullDeclaration(DeclarationState s, RecordFullDeclaration c,
                                             List<DeclarationEvent> events) {
        if (s.kind() != DeclarationKind.TWO_STEP_SUMMARY) {
            return DEC_108.error("summaryReference", s.reference() + " is not a two-step summary declaration",
                    s.reference() + "不是两步申报的概要申报");
        }
        if (s.status() != DeclarationStatus.RELEASED || s.fullReference() != null) {
            return notNow(s, "record the full declaration of");
        }
        return add(events, new FullDeclarationLodged(c.actor(), c.at(), c.fullReference()));
    }

    private DeclarationError flagOverdue(DeclarationState s, FlagOverdue c, List<DeclarationEvent> events) {
        if (s.kind() != DeclarationKind.TWO_STEP_SUMMARY) {
            return DEC_108.error("reference", s.reference() + " is not a two-step summary declaration",
                    s.reference() + "不是两步申报的概要申报");
        }
        if (overdue(s, c.asOf()) && !s.overdueFlagged()) {
            events.add(new FullDeclarationOverdue(c.actor(), c.at(), s.fullDeclarationDue()));
        }
        return null;
    }

    private void releaseIfDue(DeclarationState s, DeclarationCommand c, List<DeclarationEvent> events) {
        if (releasable(s)) {
            events.add(released(s, SYSTEM, c));
        }
    }

    private static boolean releasable(DeclarationState s) {
        boolean open = s.status() == DeclarationStatus.SELECTED || s.status() == DeclarationStatus.DOCUMENTS_CHECKED
                || s.status() == DeclarationStatus.INSPECTED || s.status() == DeclarationStatus.PAID;
        boolean settled = s.kind() == DeclarationKind.TWO_STEP_SUMMARY || s.outstanding().signum() <= 0;
        return open && s.arrived() && s.checksDone() && settled;
    }

    private GoodsReleased released(DeclarationState s, String actor, DeclarationCommand c) {
        LocalDate due = null;
        if (s.kind() == DeclarationKind.TWO_STEP_SUMMARY) {
            LocalDate day = c.at().atZone(CHINA).toLocalDate();
            due = day.plusDays(parameters.value(FULL_DUE_DAYS, day).longValueExact());
        }
        return new GoodsReleased(actor, c.at(), due);
    }

    private static DeclarationState replay(DeclarationState s, List<DeclarationEvent> events) {
        for (DeclarationEvent e : events) {
            s = s.with(e);
        }
        return s;
    }

    private static DeclarationError active(DeclarationState s, String what) {
        if (s.status().isFinal()) {
            return DEC_107.error("status", "cannot " + what + " a declaration that is " + s.status(),
                    "报关单已" + s.status().nameZh() + "，不能再操作");
        }
        if (s.status() == DeclarationStatus.DRAFT) {
            return notNow(s, what);
        }
        return null;
    }

    private static DeclarationError notNow(DeclarationState s, String what) {
        return DEC_101.error("status", "cannot " + what + " a declaration that is " + s.status(),
                "报关单当前状态为" + s.status().nameZh() + "，不允许此操作");
    }

    private static DeclarationError add(List<DeclarationEvent> events, DeclarationEvent e) {
        events.add(e);
        return null;
    }
}
