package org.importwindow.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.declaration.DeclarationCommand.*;
import org.importwindow.declaration.DeclarationEvent.*;
import org.importwindow.declaration.risk.Channel;
import org.importwindow.declaration.risk.RiskResult;
import org.importwindow.declaration.risk.SamplingDraw;
import org.junit.jupiter.api.Test;

class DeclarationWorkflowTest {
    private static final Instant T0 = Instant.parse("2026-03-16T02:00:00Z");
    private final DeclarationWorkflow workflow = new DeclarationWorkflow(World.PARAMETERS);
    private final List<DeclarationEvent> log = new ArrayList<>();

    private static Appraisal appraisal(Channel channel, String payable) {
        return new Appraisal(new BigDecimal(payable), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(payable),
                new RiskResult(channel, 0, List.of(), new SamplingDraw(new BigDecimal("0.05"), 0.5, false)));
    }

    private DeclarationState lodged(DeclarationKind kind, Channel channel, String payable) {
        return accept(DeclarationState.draft("R"), new Lodge("declarant-a", T0, "R", "91310115MA1K4DEM05", kind,
                kind == DeclarationKind.TWO_STEP_FULL ? "S" : null, appraisal(channel, payable)));
    }

    private DeclarationState accept(DeclarationState s, DeclarationCommand c) {
        Transition t = workflow.apply(s, c);
        assertThat(t).as("%s", t).isInstanceOf(Transition.Accepted.class);
        Transition.Accepted a = (Transition.Accepted) t;
        log.addAll(a.events());
        assertThat(DeclarationState.replay(log)).isEqualTo(a.state());
        return a.state();
    }

    private DeclarationError refuse(DeclarationState s, DeclarationCommand c) {
        Transition t = workflow.apply(s, c);
        assertThat(t).isInstanceOf(Transition.Refused.class);
        return ((Transition.Refused) t).error();
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void a_green_declaration_is_released_once_the_bank_confirms_the_payable() {
        DeclarationState s = lodged(DeclarationKind.STANDARD, Channel.GREEN, "1234.50");
        assertThat(s.status()).isEqualTo(DeclarationStatus.SELECTED);
        s = accept(s, new ConfirmPayment("bank", at(5), new BigDecimal("1234.50"), "B-1"));
        assertThat(s.status()).isEqualTo(DeclarationStatus.RELEASED);
        assertThat(log).extracting(DeclarationEvent::type).containsExactly("DeclarationLodged",
                "DeclarationAssessed", "ChannelAssigned", "PaymentConfirmed", "GoodsReleased");
    }

    @Test
    void a_green_declaration_with_nothing_to_pay_is_released_on_lodgement() {
        assertThat(lodged(DeclarationKind.STANDARD, Channel.GREEN, "0.00").status())
                .isEqualTo(DeclarationStatus.RELEASED);
    }

    @Test
    void a_payment_that_differs_from_the_payable_is_refused() {
        DeclarationState s = lodged(DeclarationKind.STANDARD, Channel.GREEN, "100.00");
        assertThat(refuse(s, new ConfirmPayment("bank", at(1), new BigDecimal("99.99"), "B")).code())
                .isEqualTo("DEC-102");
    }

    @Test
    void a_yellow_declaration_cannot_be_paid_before_its_documents_are_checked() {
        DeclarationState s = lodged(DeclarationKind.STANDARD, Channel.YELLOW, "100.00");
        assertThat(refuse(s, new ConfirmPayment("bank", at(1), new BigDecimal("100.00"), "B")).code())
                .isEqualTo("DEC-103");
        assertThat(refuse(s, new CompleteInspection("officer", at(1), true, "")).code()).isEqualTo("DEC-105");
        s = accept(s, new CheckDocuments("officer", at(2), true, "ok"));
        assertThat(s.status()).isEqualTo(DeclarationStatus.DOCUMENTS_CHECKED);
        s = accept(s, new ConfirmPayment("bank", at(3), new BigDecimal("100.00"), "B"));
        assertThat(s.status()).isEqualTo(DeclarationStatus.RELEASED);
    }

    @Test
    void a_red_declaration_is_inspected_then_paid_then_released() {
        DeclarationState s = lodged(DeclarationKind.STANDARD, Channel.RED, "10.00");
        assertThat(refuse(s, new CheckDocuments("officer", at(1), true, "")).code()).isEqualTo("DEC-105");
        s = accept(s, new CompleteInspection("officer", at(2), true, "as declared"));
        assertThat(s.status()).isEqualTo(DeclarationStatus.INSPECTED);
        s = accept(s, new ConfirmPayment("bank", at(3), new BigDecimal("10.00"), "B"));
        assertThat(s.status()).isEqualTo(DeclarationStatus.RELEASED);
    }

    @Test
    void a_failed_inspection_holds_the_goods_until_amended_or_released_by_the_officer() {
        DeclarationState s = lodged(DeclarationKind.STANDARD, Channel.RED, "10.00");
        s = accept(s, new CompleteInspection("officer", at(2), false, "quantity short"));
        assertThat(s.status()).isEqualTo(DeclarationStatus.HELD);
        s = accept(s, new Amend("declarant-a", at(3), "quantity corrected", appraisal(Channel.GREEN, "8.00")));
        assertThat(s.status()).isEqualTo(DeclarationStatus.SELECTED);
        assertThat(s.payable()).isEqualByComparingTo("8.00");
        assertThat(s.revision()).isEqualTo(1);
    }

    @Test
    void a_hold_is_lifted_by_the_officers_release_and_the_flow_resumes() {
        DeclarationState s = lodged(DeclarationKind.STANDARD, Channel.GREEN, "10.00");
        s = accept(s, new Hold("officer", at(1), "intelligence"));
        assertThat(refuse(s, new ConfirmPayment("bank", at(2), new BigDecimal("10.00"), "B")).code())
                .isEqualTo("DEC-103");
        s = accept(s, new Release("officer", at(3)));
        assertThat(s.status()).isEqualTo(DeclarationStatus.SELECTED);
        s = accept(s, new ConfirmPayment("bank", at(4), new BigDecimal("10.00"), "B"));
        assertThat(s.status()).isEqualTo(DeclarationStatus.RELEASED);
    }

    @Test
    void cancellation_and_rejection_end_a_declaration_and_nothing_follows() {
        DeclarationState cancelled = accept(lodged(DeclarationKind.STANDARD, Channel.GREEN, "10.00"),
                new Cancel("declarant-a", at(1), "wrong consignment"));
        assertThat(cancelled.status()).isEqualTo(DeclarationStatus.CANCELLED);
        assertThat(refuse(cancelled, new ConfirmPayment("bank", at(2), BigDecimal.TEN, "B")).code())
                .isEqualTo("DEC-103");
        assertThat(refuse(cancelled, new Reject("officer", at(2), "x")).code()).isEqualTo("DEC-107");
        DeclarationState rejected = accept(lodged(DeclarationKind.STANDARD, Channel.YELLOW, "10.00"),
                new Reject("officer", at(1), "invoice forged"));
        assertThat(rejected.status()).isEqualTo(DeclarationStatus.REJECTED);
        assertThat(refuse(rejected, new Amend("declarant-a", at(2), "", appraisal(Channel.GREEN, "1"))).code())
                .isEqualTo("DEC-101");
    }

    @Test
    void a_released_declaration_cannot_be_cancelled_or_amended() {
        DeclarationState s = lodged(DeclarationKind.STANDARD, Channel.GREEN, "0");
        assertThat(refuse(s, new Cancel("declarant-a", at(1), "late")).code()).isEqualTo("DEC-107");
        assertThat(refuse(s, new Amend("declarant-a", at(1), "", appraisal(Channel.GREEN, "1"))).code())
                .isEqualTo("DEC-101");
    }

    @Test
    void an_advance_declaration_is_paid_before_arrival_and_released_when_the_goods_arrive() {
        DeclarationState s = lodged(DeclarationKind.ADVANCE, Channel.GREEN, "10.00");
        assertThat(s.arrived()).isFalse();
        s = accept(s, new ConfirmPayment("bank", at(1), new BigDecimal("10.00"), "B"));
        assertThat(s.status()).isEqualTo(DeclarationStatus.PAID);
        s = accept(s, new RecordArrival("manifest", at(60)));
        assertThat(s.status()).isEqualTo(DeclarationStatus.RELEASED);
        assertThat(log.get(log.size() - 1)).isInstanceOf(GoodsReleased.class);
    }

    @Test
    void an_advance_declaration_in_the_red_channel_is_not_inspected_before_arrival() {
        DeclarationState s = lodged(DeclarationKind.ADVANCE, Channel.RED, "10.00");
        assertThat(refuse(s, new CompleteInspection("officer", at(1), true, "")).code()).isEqualTo("DEC-104");
    }

    @Test
    void a_two_step_summary_releases_the_goods_and_its_full_declaration_is_due_in_14_days() {
        DeclarationState s = lodged(DeclarationKind.TWO_STEP_SUMMARY, Channel.GREEN, "500.00");
        assertThat(s.status()).isEqualTo(DeclarationStatus.RELEASED);
        assertThat(s.fullDeclarationDue()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(DeclarationWorkflow.overdue(s, LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(DeclarationWorkflow.overdue(s, LocalDate.of(2026, 3, 31))).isTrue();
        s = accept(s, new FlagOverdue("system", at(60 * 24 * 15), LocalDate.of(2026, 3, 31)));
        assertThat(s.overdueFlagged()).isTrue();
        assertThat(log.get(log.size() - 1)).isInstanceOf(FullDeclarationOverdue.class);
        s = accept(s, new RecordFullDeclaration("declarant-a", at(60 * 24 * 16), "A-FULL-1"));
        assertThat(DeclarationWorkflow.overdue(s, LocalDate.of(2026, 4, 30))).isFalse();
    }

    @Test
    void a_summary_declared_full_in_time_is_never_flagged() {
        DeclarationState s = lodged(DeclarationKind.TWO_STEP_SUMMARY, Channel.GREEN, "500.00");
        s = accept(s, new RecordFullDeclaration("declarant-a", at(60), "A-FULL-2"));
        int before = log.size();
        accept(s, new FlagOverdue("system", at(60 * 24 * 20), LocalDate.of(2026, 4, 10)));
        assertThat(log).hasSize(before);
        DeclarationState standard = lodged(DeclarationKind.STANDARD, Channel.GREEN, "0");
        assertThat(refuse(standard, new FlagOverdue("system", at(1), LocalDate.of(2026, 4, 10))).code())
                .isEqualTo("DEC-108");
    }

    @Test
    void every_event_carries_its_actor_and_time() {
        DeclarationState s = lodged(DeclarationKind.STANDARD, Channel.GREEN, "1.00");
        accept(s, new ConfirmPayment("bank", at(5), new BigDecimal("1.00"), "B"));
        assertThat(log).allMatch(e -> e.actor() != null && e.at() != null);
        assertThat(log.get(3).actor()).isEqualTo("bank");
        assertThat(log.get(4).actor()).isEqualTo(DeclarationWorkflow.SYSTEM);
    }
}
