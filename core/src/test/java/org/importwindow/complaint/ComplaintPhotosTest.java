package org.importwindow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.importwindow.complaint.Complaints.at;
import static org.importwindow.complaint.Complaints.filedOn;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.importwindow.complaint.ComplaintEvent.ComplaintAccepted;
import org.importwindow.complaint.ComplaintEvent.ComplaintDeclined;
import org.importwindow.complaint.ComplaintEvent.PhotoAdded;
import org.junit.jupiter.api.Test;

class ComplaintPhotosTest {

    private static final LocalDate FRI = LocalDate.of(2026, 11, 27);

    private static PhotoAdded photo(int n, LocalDate day) {
        return new PhotoAdded(n, "image/jpeg", 1234, "ab".repeat(32), PhotoMetadata.Removed.NOTHING, at(day),
                "consumer");
    }

    @Test
    void photos_added_after_filing_are_steps_in_the_timeline_that_leave_the_status_alone() {
        Complaint c = filedOn(FRI).then(photo(1, FRI)).then(new ComplaintAccepted(at(FRI.plusDays(3)), "regulator"))
                .then(photo(2, FRI.plusDays(4)));
        assertThat(c.status()).isEqualTo(ComplaintStatus.ACCEPTED);
        assertThat(c.photos()).extracting(PhotoAdded::number).containsExactly(1, 2);
        assertThat(c.events()).extracting(ComplaintEvent::type)
                .containsExactly("ComplaintFiled", "PhotoAdded", "ComplaintAccepted", "PhotoAdded");
        assertThat(Complaint.replay(c.events()).photos()).hasSize(2);
    }

    @Test
    void a_photo_must_be_the_next_number_and_a_declined_complaint_takes_none() {
        assertThatThrownBy(() -> filedOn(FRI).then(photo(2, FRI)))
                .isInstanceOf(ComplaintRuleException.class).extracting("code").isEqualTo("CMP-105");
        Complaint declined = filedOn(FRI).then(new ComplaintDeclined("Not ours", at(FRI.plusDays(1)), "regulator"));
        assertThatThrownBy(() -> declined.then(photo(1, FRI.plusDays(2))))
                .isInstanceOf(ComplaintRuleException.class).extracting("code").isEqualTo("CMP-101");
    }

    @Test
    void jpeg_and_png_are_recognised_by_their_signature_and_nothing_else_is() {
        assertThat(PhotoType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
                .contains(PhotoType.JPEG);
        assertThat(PhotoType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(PhotoType.PNG);
        assertThat(PhotoType.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PhotoType.of("just text, named photo.jpg".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(PhotoType.of(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(PhotoType.of(new byte[0])).isEmpty();
    }
}
