package org.importwindow.server.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the duty calculator's form holds, as typed: text, so that a wrong value is shown back to the user as they
 * entered it. Field names are the HTML ids the error summary links to.
 */
public class CalculatorForm {

    /** Attributes that have their own field; others go in {@link #otherAttributes} as {@code name=value} lines. */
    static final String CYLINDER = "cylinderCapacityLitres";
    static final String BATTERY_ELECTRIC = "batteryElectric";

    private String date;
    private String currency = "CNY";
    private String commodityCode;
    private String origin;
    private String customsValue;
    private String quantity;
    private String unit;
    private String preference = "AUTO";
    private boolean proofOfOrigin;
    private boolean quotaCertificate;
    private String cylinderCapacityLitres;
    private String batteryElectric;
    private String otherAttributes;

    /** The result page's address for this form, with {@code preference} (and proof of origin) replaced. */
    public String whatIf(String claim, boolean proof) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/calculator/result");
        params().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        b.replaceQueryParam("preference", claim);
        b.replaceQueryParam("proofOfOrigin", proof ? "true" : null);
        return b.encode().build().toUriString();
    }

    /** The form again, filled in, to change an answer. */
    public String changeUrl() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/calculator");
        params().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }

    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("date", date);
        p.put("currency", currency);
        p.put("commodityCode", commodityCode);
        p.put("origin", origin);
        p.put("customsValue", customsValue);
        p.put("quantity", quantity);
        p.put("unit", unit);
        p.put("preference", preference);
        p.put("proofOfOrigin", proofOfOrigin ? "true" : null);
        p.put("quotaCertificate", quotaCertificate ? "true" : null);
        p.put(CYLINDER, cylinderCapacityLitres);
        p.put(BATTERY_ELECTRIC, batteryElectric);
        p.put("otherAttributes", otherAttributes);
        return p;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getCommodityCode() {
        return commodityCode;
    }

    public void setCommodityCode(String commodityCode) {
        this.commodityCode = commodityCode;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getCustomsValue() {
        return customsValue;
    }

    public void setCustomsValue(String customsValue) {
        this.customsValue = customsValue;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPreference() {
        return preference;
    }

    public void setPreference(String preference) {
        this.preference = preference;
    }

    public boolean isProofOfOrigin() {
        return proofOfOrigin;
    }

    public void setProofOfOrigin(boolean proofOfOrigin) {
        this.proofOfOrigin = proofOfOrigin;
    }

    public boolean isQuotaCertificate() {
        return quotaCertificate;
    }

    public void setQuotaCertificate(boolean quotaCertificate) {
        this.quotaCertificate = quotaCertificate;
    }

    public String getCylinderCapacityLitres() {
        return cylinderCapacityLitres;
    }

    public void setCylinderCapacityLitres(String cylinderCapacityLitres) {
        this.cylinderCapacityLitres = cylinderCapacityLitres;
    }

    public String getBatteryElectric() {
        return batteryElectric;
    }

    public void setBatteryElectric(String batteryElectric) {
        this.batteryElectric = batteryElectric;
    }

    public String getOtherAttributes() {
        return otherAttributes;
    }

    public void setOtherAttributes(String otherAttributes) {
        this.otherAttributes = otherAttributes;
    }
}
