package org.importwindow.complaint;

import java.time.LocalDate;

/** What the signal test needs of one complaint: its reference, product key and label, day received, description. */
public record ProductComplaint(String reference, String productKey, String productLabel, LocalDate receivedOn,
                              String description) {

    public static ProductComplaint of(Complaint c) {
        ComplaintDetails d = c.details();
        String label = d.productName() + (d.brand() == null ? "" : " (" + d.brand() + ")");
        return new ProductComplaint(c.reference(), d.product().key(), label, c.receivedOn(), d.whatHappened());
    }
}
