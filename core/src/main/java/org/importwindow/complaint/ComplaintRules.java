package org.importwindow.complaint;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks on a filed complaint. What a complaint must contain follows 《市场监督管理投诉举报处理暂行办法》: the
 * complainant's name and phone, the trader complained of (here: the shop or platform) and the facts of the dispute;
 * a complaint without them is declined (a ground for 不予受理 as listed in a local market regulator's service guide; article number verify), so the form asks for
 * them up front instead of letting the regulator decline later. The product must be identifiable (GTIN or model),
 * because the defect signals count complaints per product.
 *
 * <p>Codes: CMP-001 product name, CMP-002 GTIN or model, CMP-003 GTIN check digit, CMP-004 shop or platform,
 * CMP-005 what happened, CMP-006 contact name, CMP-007 phone, CMP-008 e-mail, CMP-009 injury unanswered,
 * CMP-010 photos, CMP-011 too long.
 */
public final class ComplaintRules {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_FIELD = 200;
    public static final int MAX_PHOTOS = 5;

    private ComplaintRules() {
    }

    public static List<Violation> check(ComplaintDraft d) {
        List<Violation> out = new ArrayList<>();
        required(out, d.productName(), "productName", "CMP-001", "Give the product's name.");
        if (blank(d.gtin()) && blank(d.model())) {
            out.add(new Violation("CMP-002", "gtin", "Give the barcode (GTIN) or the model of the product."));
        } else if (!blank(d.gtin()) && !Gtin.isValid(d.gtin().strip())) {
            out.add(new Violation("CMP-003", "gtin",
                    "The barcode must be 8, 12, 13 or 14 digits with a correct check digit."));
        }
        if (blank(d.shop()) && blank(d.platform())) {
            out.add(new Violation("CMP-004", "shop", "Say where you bought it: the shop or the online platform."));
        }
        required(out, d.whatHappened(), "whatHappened", "CMP-005", "Describe what happened.");
        if (d.injury() == null) {
            out.add(new Violation("CMP-009", "injury", "Say whether anyone was hurt."));
        }
        required(out, d.contactName(), "contactName", "CMP-006", "Give your name.");
        if (blank(d.contactPhone())) {
            out.add(new Violation("CMP-007", "contactPhone", "Give a phone number we can call you on."));
        } else if (!validPhone(d.contactPhone())) {
            out.add(new Violation("CMP-007", "contactPhone",
                    "Enter a phone number like 13812345678 or 010-12345678."));
        }
        if (!blank(d.contactEmail()) && !d.contactEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            out.add(new Violation("CMP-008", "contactEmail", "Enter an e-mail address like name@example.com."));
        }
        if (d.photos().size() > MAX_PHOTOS) {
            out.add(new Violation("CMP-010", "photos", "Attach at most " + MAX_PHOTOS + " photos."));
        } else {
            for (int i = 0; i < d.photos().size(); i++) {
                String p = d.photos().get(i);
                if (blank(p) || p.length() > MAX_FIELD) {
                    out.add(new Violation("CMP-010", "photos[" + i + "]", "A photo reference is empty or too long."));
                }
            }
        }
        tooLong(out, "whatHappened", d.whatHappened(), MAX_TEXT);
        String[][] fields = {{"productName", d.productName()}, {"model", d.model()}, {"lot", d.lot()},
                {"brand", d.brand()}, {"shop", d.shop()}, {"platform", d.platform()},
                {"orderNumber", d.orderNumber()}, {"inventoryNumber", d.inventoryNumber()},
                {"contactName", d.contactName()}, {"contactEmail", d.contactEmail()}};
        for (String[] f : fields) {
            tooLong(out, f[0], f[1], MAX_FIELD);
        }
        return out;
    }

    /** Mainland mobile (11 digits from 13x-19x), or a landline with area code; +86 allowed in front. */
    static boolean validPhone(String phone) {
        String s = phone.strip().replaceFirst("^\\+?86[\\s-]?", "");
        return s.matches("1[3-9]\\d{9}") || s.matches("0\\d{2,3}-?\\d{7,8}");
    }

    private static void required(List<Violation> out, String value, String path, String code, String message) {
        if (blank(value)) {
            out.add(new Violation(code, path, message));
        }
    }

    private static void tooLong(List<Violation> out, String path, String value, int max) {
        if (value != null && value.strip().length() > max) {
            out.add(new Violation("CMP-011", path, "At most " + max + " characters."));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
