package org.importwindow.complaint;

/**
 * GS1 GTIN check: 8, 12, 13 or 14 digits whose last digit is the GS1 mod-10 check digit (GS1 General
 * Specifications 7.9.1: weights 3 and 1 from the right, excluding the check digit). A wrong check digit is almost
 * always a mistyped barcode, and a mistyped one would split a product's complaints over two keys.
 */
public final class Gtin {

    private Gtin() {
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{8}|\\d{12}|\\d{13}|\\d{14}")) {
            return false;
        }
        int sum = 0;
        int n = digits.length();
        for (int i = n - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == digits.charAt(n - 1) - '0';
    }

    /** The GTIN as 14 digits; throws {@link IllegalArgumentException} when it is not a valid GTIN. */
    public static String toGtin14(String digits) {
        String s = digits.strip();
        if (!isValid(s)) {
            throw new IllegalArgumentException("not a valid GTIN: " + digits);
        }
        return "0".repeat(14 - s.length()) + s;
    }
}
