package org.importwindow.enterprise;

/**
 * The 10-digit customs registration code (海关编码 / 海关注册编码) of a consignee or declarant. Its first four
 * digits name the customs district of registration; no check digit is published, so only the form is checked.
 */
public final class CustomsCode {
    private CustomsCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
