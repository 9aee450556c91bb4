package org.importwindow.recall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.importwindow.recall.RecallEvent.DefectReported;
import org.importwindow.recall.RecallEvent.InvestigationOpened;
import org.importwindow.recall.RecallEvent.ProgressReported;
import org.importwindow.recall.RecallEvent.RecallClosed;
import org.importwindow.recall.RecallEvent.RecallNoticePublished;
import org.importwindow.recall.RecallEvent.RecallOrdered;
import org.importwindow.recall.RecallEvent.RecallPlanSubmitted;

/**
 * A recall case as the fold of its events. Immutable: {@link #apply} answers the case after one more event, or
 * refuses it with every reason ({@link RecallRuleException}): bad data (REC-0xx/1xx) or a step that does not fit the
 * state (REC-2xx). Nothing here reads a clock.
 *
 * <p>Order of steps: a case opens with a defect report, an investigation, or straight with a recall plan (a producer
 * recalling of its own accord); the regulator may order a recall of a reported or investigated product; the plan
 * comes before the public notice, the notice before progress reports and the closure.
 */
public final class RecallCase {
    private final List<RecallEvent> events;
    private final RecallState state;

    private RecallCase(List<RecallEvent> events, RecallState state) {
        this.events = List.copyOf(events);
        this.state = state;
    }

    /** The case its events make, each checked as when it was recorded. */
    public static RecallCase of(List<? extends RecallEvent> events) {
        RecallCase c = null;
        for (RecallEvent e : events) {
            c = c == null ? open(e) : c.apply(e);
        }
        if (c == null) {
            throw new IllegalArgumentException("a recall case has at least one event");
        }
        return c;
    }

    /** A new case from its first event: a defect report, an investigation or a recall plan. */
    public static RecallCase open(RecallEvent first) {
        RecallState next;
        if (first instanceof DefectReported) {
            next = RecallState.DEFECT_REPORTED;
        } else if (first instanceof InvestigationOpened) {
            next = RecallState.INVESTIGATING;
        } else if (first instanceof RecallPlanSubmitted) {
            next = RecallState.PLAN_SUBMITTED;
        } else {
            throw RecallRuleException.conflict("REC-200", "A recall case opens with a defect report, an "
                    + "investigation or a recall plan, not " + first.type(), "召回案件应以缺陷报告、缺陷调查或召回计划开始");
        }
        check(first, null);
        return new RecallCase(List.of(first), next);
    }

    /** The case after {@code e}; refused with every reason when the data are wrong or the step does not fit. */
    public RecallCase apply(RecallEvent e) {
        RecallState next = next(e);
        check(e, last().on());
        List<RecallEvent> all = new ArrayList<>(events);
        all.add(e);
        return new RecallCase(all, next);
    }

    private RecallState next(RecallEvent e) {
        if (e instanceof RecallOrdered) {
            if (state == RecallState.DEFECT_REPORTED || state == RecallState.INVESTIGATING) {
                return RecallState.ORDERED;
            }
            throw conflict(e, "a recall is ordered after a defect report or investigation, before any plan",
                    "责令召回应在缺陷报告或缺陷调查之后、召回计划之前");
        }
        if (e instanceof RecallPlanSubmitted) {
            if (state == RecallState.DEFECT_REPORTED || state == RecallState.INVESTIGATING
                    || state == RecallState.ORDERED || state == RecallState.PLAN_SUBMITTED) {
                return RecallState.PLAN_SUBMITTED;
            }
            throw conflict(e, "the plan can no longer be changed once the recall is public or closed",
                    "召回信息发布或召回结束后不能再提交召回计划");
        }
        if (e instanceof RecallNoticePublished) {
            if (state == RecallState.PLAN_SUBMITTED) {
                return RecallState.NOTICE_PUBLISHED;
            }
            throw conflict(e, "the notice follows the recall plan (and is published once)",
                    "召回信息应在报告召回计划之后发布（仅发布一次）");
        }
        if (e instanceof ProgressReported || e instanceof RecallClosed) {
            if (state == RecallState.NOTICE_PUBLISHED) {
                return e instanceof RecallClosed ? RecallState.CLOSED : RecallState.NOTICE_PUBLISHED;
            }
            throw conflict(e, "progress reports and the closure follow the public notice, until the case is closed",
                    "阶段性总结和召回总结应在发布召回信息之后、结案之前提交");
        }
        throw conflict(e, "a case has only one opening step", "一个召回案件只能有一个开始步骤");
    }

    private RecallRuleException conflict(RecallEvent e, String why, String whyZh) {
        return RecallRuleException.conflict("REC-201", e.type() + " does not fit a case in state " + state + ": "
                + why, "当前状态（" + state + "）下不能进行该步骤：" + whyZh);
    }

    private static void check(RecallEvent e, LocalDate lastOn) {
        List<RecallViolation> v = RecallRules.check(e, lastOn);
        if (!v.isEmpty()) {
            throw RecallRuleException.invalid(v);
        }
    }

    public RecallState state() {
        return state;
    }

    public List<RecallEvent> events() {
        return events;
    }

    public RecallEvent first() {
        return events.get(0);
    }

    public RecallEvent last() {
        return events.get(events.size() - 1);
    }

    /** The enterprise (USCC) whose case it is: the importer or producer, if known. */
    public Optional<String> enterprise() {
        String found = null;
        for (RecallEvent e : events) {
            if (e instanceof DefectReported d && !RecallRules.blank(d.enterprise())) {
                found = d.enterprise();
            } else if (e instanceof InvestigationOpened i && !RecallRules.blank(i.enterprise())) {
                found = i.enterprise();
            } else if (e instanceof RecallOrdered o && !RecallRules.blank(o.enterprise())) {
                found = o.enterprise();
            } else if (e instanceof RecallPlanSubmitted p && !RecallRules.blank(p.enterprise())) {
                found = p.enterprise();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The latest recall plan, if one was submitted. */
    public Optional<RecallPlan> plan() {
        return latest(RecallPlanSubmitted.class).map(RecallPlanSubmitted::plan);
    }

    public Optional<RecallNoticePublished> notice() {
        return latest(RecallNoticePublished.class);
    }

    public Optional<RecallClosed> closure() {
        return latest(RecallClosed.class);
    }

    public <T extends RecallEvent> Optional<T> firstOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public <T extends RecallEvent> Optional<T> latest(Class<T> type) {
        T found = null;
        for (RecallEvent e : events) {
            if (type.isInstance(e)) {
                found = type.cast(e);
            }
        }
        return Optional.ofNullable(found);
    }

    public <T extends RecallEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The latest figures per level: the closure's when it gives some, else the latest progress report's (reports
     * carry cumulative figures, so the latest one is the whole picture).
     */
    public List<LevelProgress> progress() {
        Optional<RecallClosed> closed = closure();
        if (closed.isPresent() && !closed.get().levels().isEmpty()) {
            return closed.get().levels();
        }
        return latest(ProgressReported.class).map(ProgressReported::levels).orElse(List.of());
    }
}
