package org.importwindow.complaint;

/**
 * Where the product was bought: a shop or an online platform, and for cross-border e-commerce the order number or
 * the inventory list number, which joins the complaint to the declared list (issue 2) and through it to the importer.
 */
public record PlaceOfPurchase(String shop, String platform, String orderNumber, String inventoryNumber) {
}
