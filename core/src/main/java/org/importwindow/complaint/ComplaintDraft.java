package org.importwindow.complaint;

import java.util.List;

/**
 * A complaint as typed in, every field a string (injury a Boolean that may be unanswered), so that the form and the
 * API can be checked field by field ({@link ComplaintRules#check}) before anything becomes a {@link ComplaintDetails}.
 */
public record ComplaintDraft(String productName, String gtin, String model, String lot, String brand,
                             String shop, String platform, String orderNumber, String inventoryNumber,
                             String whatHappened, Boolean injury, List<String> photos,
                             String contactName, String contactPhone, String contactEmail) {

    public ComplaintDraft {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** The checked details; call only when {@link ComplaintRules#check} found nothing wrong. */
    public ComplaintDetails toDetails() {
        List<Violation> wrong = ComplaintRules.check(this);
        if (!wrong.isEmpty()) {
            throw new ComplaintRuleException(wrong.get(0).code(), wrong.get(0).message());
        }
        return new ComplaintDetails(strip(productName), new ProductRef(gtin, model), strip(lot), strip(brand),
                new PlaceOfPurchase(strip(shop), strip(platform), strip(orderNumber), strip(inventoryNumber)),
                strip(whatHappened), injury, photos,
                new Contact(strip(contactName), strip(contactPhone), strip(contactEmail)));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
