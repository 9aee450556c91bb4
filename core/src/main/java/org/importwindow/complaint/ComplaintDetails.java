package org.importwindow.complaint;

import java.util.List;

/**
 * What the consumer files: the product (name, GTIN and/or model, lot, brand), where it was bought, what happened,
 * whether someone was hurt, photos (references to stored files, never the bytes) and how to reach them.
 */
public record ComplaintDetails(String productName, ProductRef product, String lot, String brand,
                               PlaceOfPurchase purchase, String whatHappened, boolean injury, List<String> photos,
                               Contact contact) {

    public ComplaintDetails {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** The same details with the contact masked, for anyone but the regulator. */
    public ComplaintDetails masked() {
        return new ComplaintDetails(productName, product, lot, brand, purchase, whatHappened, injury, photos,
                contact == null ? null : contact.masked());
    }
}
