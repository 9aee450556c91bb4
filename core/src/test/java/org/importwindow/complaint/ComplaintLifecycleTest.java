package org.importwindow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.importwindow.complaint.Complaints.at;
import static org.importwindow.complaint.Complaints.filedOn;

import java.time.LocalDate;
import org.importwindow.complaint.ComplaintEvent.ComplaintAccepted;
import org.importwindow.complaint.ComplaintEvent.ComplaintClosed;
import org.importwindow.complaint.ComplaintEvent.ComplaintDeclined;
import org.importwindow.complaint.ComplaintEvent.MediationStarted;
import org.importwindow.complaint.ComplaintEvent.Outcome;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {

    private static final LocalDate FRI = LocalDate.of(2026, 11, 27);

    @Test
    void an_accepted_complaint_is_mediated_and_closed_with_its_outcome_and_every_step_is_kept() {
        Complaint c = filedOn(FRI)
                .then(new ComplaintAccepted(at(FRI.plusDays(3)), "regulator"))
                .then(new MediationStarted(at(FRI.plusDays(4)), "regulator"))
                .then(new ComplaintClosed(Outcome.MEDIATION_AGREEMENT, "Refund of 299 yuan", at(FRI.plusDays(10)),
                        "regulator"));

        assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.events()).extracting(ComplaintEvent::type).containsExactly(
                "ComplaintFiled", "ComplaintAccepted", "MediationStarted", "ComplaintClosed");
        assertThat(Complaint.replay(c.events()).status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.reference()).isEqualTo("CMP-20261127-000001");
    }

    @Test
    void a_decline_without_a_reason_is_refused() {
        assertThatThrownBy(() -> filedOn(FRI).then(new ComplaintDeclined(" ", at(FRI.plusDays(1)), "regulator")))
                .isInstanceOf(ComplaintRuleException.class).extracting("code").isEqualTo("CMP-102");
    }

    @Test
    void a_declined_complaint_cannot_be_mediated_or_closed() {
        Complaint declined = filedOn(FRI).then(new ComplaintDeclined("Not a consumer dispute (第三条)",
                at(FRI.plusDays(1)), "regulator"));
        assertThat(declined.status()).isEqualTo(ComplaintStatus.DECLINED);
        assertThatThrownBy(() -> declined.then(new MediationStarted(at(FRI.plusDays(2)), "regulator")))
                .extracting("code").isEqualTo("CMP-101");
        assertThatThrownBy(() -> declined.then(new ComplaintClosed(Outcome.RESOLVED, null, at(FRI.plusDays(2)),
                "regulator"))).extracting("code").isEqualTo("CMP-101");
    }

    @Test
    void a_complaint_cannot_be_accepted_twice_nor_mediated_before_acceptance() {
        Complaint accepted = filedOn(FRI).then(new ComplaintAccepted(at(FRI.plusDays(1)), "regulator"));
        assertThatThrownBy(() -> accepted.then(new ComplaintAccepted(at(FRI.plusDays(2)), "regulator")))
                .extracting("code").isEqualTo("CMP-101");
        assertThatThrownBy(() -> filedOn(FRI).then(new MediationStarted(at(FRI.plusDays(1)), "regulator")))
                .extracting("code").isEqualTo("CMP-101");
    }

    @Test
    void a_close_needs_an_outcome() {
        Complaint accepted = filedOn(FRI).then(new ComplaintAccepted(at(FRI.plusDays(1)), "regulator"));
        assertThatThrownBy(() -> accepted.then(new ComplaintClosed(null, "x", at(FRI.plusDays(2)), "regulator")))
                .extracting("code").isEqualTo("CMP-103");
    }
}
