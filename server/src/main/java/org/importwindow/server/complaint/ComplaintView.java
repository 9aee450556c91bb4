package org.importwindow.server.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.importwindow.complaint.Complaint;
import org.importwindow.complaint.ComplaintDetails;
import org.importwindow.complaint.ComplaintEvent;
import org.importwindow.complaint.ComplaintEvent.ComplaintClosed;
import org.importwindow.complaint.ComplaintEvent.ComplaintDeclined;
import org.importwindow.complaint.Deadline;

/**
 * A complaint as one caller may see it (the JSON of the API and the pages' model): details and events with the
 * personal data masked unless the caller is the regulator, the status and the deadlines as of a day, and the photos
 * added after filing (number, type, size, SHA-256 and the API link that serves it).
 */
public record ComplaintView(String reference, String status, String productKey, LocalDate receivedOn,
                            String consumer, boolean masked, ComplaintDetails details, Deadline acceptance,
                            Deadline mediation, List<Step> events, List<ComplaintPhotoService.PhotoView> photos) {

    /** One step: type, when, who, and the reason or outcome where it has one. */
    public record Step(int sequenceNo, String type, Instant at, LocalDate day, String by, String reason,
                       String outcome, String note) {
    }

    static ComplaintView of(Complaint c, boolean unmasked, Deadline acceptance, Deadline mediation) {
        List<ComplaintEvent> events = c.events();
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ComplaintEvent e = events.get(i);
            String reason = e instanceof ComplaintDeclined d ? d.reason() : null;
            String outcome = e instanceof ComplaintClosed cl ? cl.outcome().name() : null;
            String note = e instanceof ComplaintClosed cl ? cl.note() : null;
            // the consumer's own user name is personal data too; the regulator's staff are not
            String by = i == 0 && !unmasked ? mask(e.by()) : e.by();
            steps.add(new Step(i + 1, e.type(), e.at(), e.day(), by, reason, outcome, note));
        }
        return new ComplaintView(c.reference(), c.status().name(), c.details().product().key(), c.receivedOn(),
                unmasked ? c.consumer() : mask(c.consumer()), !unmasked,
                unmasked ? c.details() : c.details().masked(), acceptance, mediation, List.copyOf(steps),
                ComplaintPhotoService.views(c));
    }

    private static String mask(String user) {
        return org.importwindow.complaint.Masking.name(user);
    }
}
