package org.importwindow.server.web.declaration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.importwindow.server.declaration.DeclarationRequestJson;

/**
 * What the declaration form holds, as typed (text, so that a wrong value is shown back as entered). Goods items are
 * rows {@code items[i].field}; a row left empty is ignored, so "add an item" only needs one more empty row. The same
 * object travels through the form, the "check your answers" page (as hidden fields) and lodging.
 */
public class DeclarationForm {

    static final int MAX_ITEMS = 50;
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*=\\s*(\\S.*?)\\s*$");

    private String reference;
    private String importer;
    private String declarationDate;
    private String declarationKind = "STANDARD";
    private String summaryReference;
    private String tradeMode = "0110";
    private String transportMode = "2";
    private String portOfEntry;
    private String countryOfDispatch;
    private String priceTerms = "CIF";
    private String currency = "CNY";
    private String freight;
    private String insurance;
    private String licences;
    private String rulingReference;
    private String totalValue;
    private List<Item> items = new ArrayList<>(List.of(new Item()));

    /** One goods item row. */
    public static class Item {
        private String commodityCode;
        private String description;
        private String origin;
        private String quantity;
        private String unit;
        private String secondQuantity;
        private String secondUnit;
        private String value;
        private String preference = "AUTO";
        private String proofOfOrigin;
        private String quotaCertificate;
        private String attributes;

        /** Nothing typed in the row (the preference's default does not count). */
        public boolean isEmpty() {
            return blank(commodityCode) && blank(description) && blank(origin) && blank(quantity) && blank(value)
                    && blank(secondQuantity) && blank(proofOfOrigin) && blank(quotaCertificate) && blank(attributes);
        }

        public String getCommodityCode() { return commodityCode; }
        public void setCommodityCode(String v) { commodityCode = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getOrigin() { return origin; }
        public void setOrigin(String v) { origin = v; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String v) { quantity = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getSecondQuantity() { return secondQuantity; }
        public void setSecondQuantity(String v) { secondQuantity = v; }
        public String getSecondUnit() { return secondUnit; }
        public void setSecondUnit(String v) { secondUnit = v; }
        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public String getPreference() { return preference; }
        public void setPreference(String v) { preference = v; }
        public String getProofOfOrigin() { return proofOfOrigin; }
        public void setProofOfOrigin(String v) { proofOfOrigin = v; }
        public String getQuotaCertificate() { return quotaCertificate; }
        public void setQuotaCertificate(String v) { quotaCertificate = v; }
        public String getAttributes() { return attributes; }
        public void setAttributes(String v) { attributes = v; }
    }

    /** Drop empty rows (keeping their numbering out of the request) but keep at least one row to fill in. */
    void compact() {
        List<Item> kept = new ArrayList<>(items == null ? List.of() : items.stream()
                .filter(i -> i != null && !i.isEmpty()).toList());
        if (kept.isEmpty()) {
            kept.add(new Item());
        }
        items = kept;
    }

    void addItem() {
        if (items.size() < MAX_ITEMS) {
            items.add(new Item());
        }
    }

    void removeItem(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
        if (items.isEmpty()) {
            items.add(new Item());
        }
    }

    /**
     * The API's request for this form, after {@link #compact()}. Attribute lines that are not {@code name=value}
     * are reported to {@code badAttributeLines} as the item index.
     */
    DeclarationRequestJson toRequest(List<Integer> badAttributeLines) {
        List<DeclarationRequestJson.Item> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Map<String, String> attributes = new LinkedHashMap<>();
            if (!blank(it.attributes)) {
                for (String line : it.attributes.split("\\R")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    Matcher m = ATTRIBUTE_LINE.matcher(line);
                    if (m.matches()) {
                        attributes.put(m.group(1), m.group(2));
                    } else if (!badAttributeLines.contains(i)) {
                        badAttributeLines.add(i);
                    }
                }
            }
            lines.add(new DeclarationRequestJson.Item(code(it.commodityCode), text(it.description), upper(it.origin),
                    number(it.quantity), text(it.unit), number(it.secondQuantity), text(it.secondUnit),
                    number(it.value), blank(it.preference) ? "AUTO" : it.preference.strip(), text(it.proofOfOrigin),
                    text(it.quotaCertificate), attributes));
        }
        List<String> licenceNumbers = licences == null ? List.of() : List.of(licences.split("[,，;\\s]+")).stream()
                .filter(s -> !s.isBlank()).toList();
        return new DeclarationRequestJson(text(reference), text(importer), text(declarationDate), text(tradeMode),
                text(transportMode), text(portOfEntry), upper(countryOfDispatch), text(priceTerms), upper(currency),
                number(freight), number(insurance), licenceNumbers, text(rulingReference), text(declarationKind),
                text(summaryReference), number(totalValue), lines);
    }

    /** The form filled in from a declaration as lodged (for an amendment). */
    static DeclarationForm of(DeclarationRequestJson r) {
        DeclarationForm f = new DeclarationForm();
        f.reference = r.reference();
        f.importer = r.importer();
        f.declarationDate = r.declarationDate();
        f.declarationKind = r.declarationKind() == null ? "STANDARD" : r.declarationKind();
        f.summaryReference = r.summaryReference();
        f.tradeMode = r.tradeMode();
        f.transportMode = r.transportMode();
        f.portOfEntry = r.portOfEntry();
        f.countryOfDispatch = r.countryOfDispatch();
        f.priceTerms = r.priceTerms();
        f.currency = r.currency();
        f.freight = r.freight();
        f.insurance = r.insurance();
        f.licences = r.licences() == null ? null : String.join(", ", r.licences());
        f.rulingReference = r.rulingReference();
        f.totalValue = r.totalValue();
        f.items = new ArrayList<>();
        for (DeclarationRequestJson.Item it : r.items() == null ? List.<DeclarationRequestJson.Item>of() : r.items()) {
            Item row = new Item();
            row.commodityCode = it.commodityCode();
            row.description = it.description();
            row.origin = it.origin();
            row.quantity = it.quantity();
            row.unit = it.unit();
            row.secondQuantity = it.secondQuantity();
            row.secondUnit = it.secondUnit();
            row.value = it.value();
            row.preference = it.preference() == null ? "AUTO" : it.preference();
            row.proofOfOrigin = it.proofOfOrigin();
            row.quotaCertificate = it.quotaCertificate();
            if (it.attributes() != null && !it.attributes().isEmpty()) {
                StringBuilder b = new StringBuilder();
                it.attributes().forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
                row.attributes = b.toString().strip();
            }
            f.items.add(row);
        }
        if (f.items.isEmpty()) {
            f.items.add(new Item());
        }
        return f;
    }

    private static String code(String s) {
        return blank(s) ? null : s.replaceAll("[\\s.]", "");
    }

    private static String number(String s) {
        return blank(s) ? null : s.strip().replace(",", "");
    }

    private static String upper(String s) {
        return blank(s) ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String text(String s) {
        return blank(s) ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getImporter() { return importer; }
    public void setImporter(String v) { importer = v; }
    public String getDeclarationDate() { return declarationDate; }
    public void setDeclarationDate(String v) { declarationDate = v; }
    public String getDeclarationKind() { return declarationKind; }
    public void setDeclarationKind(String v) { declarationKind = v; }
    public String getSummaryReference() { return summaryReference; }
    public void setSummaryReference(String v) { summaryReference = v; }
    public String getTradeMode() { return tradeMode; }
    public void setTradeMode(String v) { tradeMode = v; }
    public String getTransportMode() { return transportMode; }
    public void setTransportMode(String v) { transportMode = v; }
    public String getPortOfEntry() { return portOfEntry; }
    public void setPortOfEntry(String v) { portOfEntry = v; }
    public String getCountryOfDispatch() { return countryOfDispatch; }
    public void setCountryOfDispatch(String v) { countryOfDispatch = v; }
    public String getPriceTerms() { return priceTerms; }
    public void setPriceTerms(String v) { priceTerms = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public String getFreight() { return freight; }
    public void setFreight(String v) { freight = v; }
    public String getInsurance() { return insurance; }
    public void setInsurance(String v) { insurance = v; }
    public String getLicences() { return licences; }
    public void setLicences(String v) { licences = v; }
    public String getRulingReference() { return rulingReference; }
    public void setRulingReference(String v) { rulingReference = v; }
    public String getTotalValue() { return totalValue; }
    public void setTotalValue(String v) { totalValue = v; }
    public List<Item> getItems() { return items; }
    public void setItems(List<Item> v) { items = v; }
}
