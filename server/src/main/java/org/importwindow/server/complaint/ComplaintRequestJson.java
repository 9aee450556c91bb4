package org.importwindow.server.complaint;

import java.util.List;
import org.importwindow.complaint.ComplaintDraft;

/** The body of {@code POST /api/v1/complaints}. */
public record ComplaintRequestJson(String productName, String gtin, String model, String lot, String brand,
                                   Purchase purchase, String whatHappened, Boolean injury, List<String> photos,
                                   Contact contact) {

    /** Where it was bought. */
    public record Purchase(String shop, String platform, String orderNumber, String inventoryNumber) {
    }

    /** How to reach the consumer. */
    public record Contact(String name, String phone, String email) {
    }

    public ComplaintDraft draft() {
        Purchase p = purchase == null ? new Purchase(null, null, null, null) : purchase;
        Contact c = contact == null ? new Contact(null, null, null) : contact;
        return new ComplaintDraft(productName, gtin, model, lot, brand, p.shop(), p.platform(), p.orderNumber(),
                p.inventoryNumber(), whatHappened, injury, photos, c.name(), c.phone(), c.email());
    }
}
