package org.importwindow.server.web.complaint;

import java.util.Arrays;
import java.util.List;
import org.importwindow.complaint.ComplaintDraft;

/** The complaint form's fields as posted (all text; injury "yes"/"no"; photo references one per line). */
public class ComplaintForm {
    private String productName;
    private String gtin;
    private String model;
    private String lot;
    private String brand;
    private String shop;
    private String platform;
    private String orderNumber;
    private String inventoryNumber;
    private String whatHappened;
    private String injury;
    private String photos;
    private String contactName;
    private String contactPhone;
    private String contactEmail;

    public ComplaintDraft draft() {
        Boolean hurt = "yes".equals(injury) ? Boolean.TRUE : "no".equals(injury) ? Boolean.FALSE : null;
        List<String> photoList = photos == null ? List.of()
                : Arrays.stream(photos.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ComplaintDraft(productName, gtin, model, lot, brand, shop, platform, orderNumber, inventoryNumber,
                whatHappened, hurt, photoList, contactName, contactPhone, contactEmail);
    }

    public String getProductName() { return productName; }
    public void setProductName(String v) { productName = v; }
    public String getGtin() { return gtin; }
    public void setGtin(String v) { gtin = v; }
    public String getModel() { return model; }
    public void setModel(String v) { model = v; }
    public String getLot() { return lot; }
    public void setLot(String v) { lot = v; }
    public String getBrand() { return brand; }
    public void setBrand(String v) { brand = v; }
    public String getShop() { return shop; }
    public void setShop(String v) { shop = v; }
    public String getPlatform() { return platform; }
    public void setPlatform(String v) { platform = v; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String v) { orderNumber = v; }
    public String getInventoryNumber() { return inventoryNumber; }
    public void setInventoryNumber(String v) { inventoryNumber = v; }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String v) { whatHappened = v; }
    public String getInjury() { return injury; }
    public void setInjury(String v) { injury = v; }
    public String getPhotos() { return photos; }
    public void setPhotos(String v) { photos = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
}
