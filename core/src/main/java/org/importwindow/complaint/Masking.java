package org.importwindow.complaint;

/**
 * Masks consumers' personal data the way Chinese platforms show it (Personal Information Protection Law art. 51:
 * de-identification as a safeguard): phone 138****5678 (first three and last four digits kept, so the owner still
 * recognises it), names 张* / 欧阳** (family name kept), Latin names J*** S****, e-mail a***@example.com.
 */
public final class Masking {

    private Masking() {
    }

    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String s = phone.strip();
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String s = name.strip();
        if (s.codePoints().anyMatch(Masking::isHan)) {
            int[] cps = s.codePoints().toArray();
            // Two-character family names (复姓) are rare but real; keeping one character of them is still masking.
            int keep = cps.length >= 4 ? 2 : 1;
            return new String(cps, 0, keep) + "*".repeat(Math.max(1, cps.length - keep));
        }
        StringBuilder out = new StringBuilder();
        for (String word : s.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word, 0, 1).append("*".repeat(Math.max(1, word.length() - 1)));
        }
        return out.toString();
    }

    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
