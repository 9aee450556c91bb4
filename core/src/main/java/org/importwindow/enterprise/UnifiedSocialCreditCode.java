package org.importwindow.enterprise;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the 31-character set
 * {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, S, V, Z); the 18th is a check character over the first 17, weighted
 * 3^i mod 31 and taken modulo 31.
 */
public final class UnifiedSocialCreditCode {
    /** The code's characters in the order of their values 0..30. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private UnifiedSocialCreditCode() {
    }

    /** Whether {@code code} is a well-formed code whose check character is right; case-sensitive (capitals). */
    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }

    /**
     * The check character of the first 17 characters. Throws {@link IllegalArgumentException} when they are not
     * 17 characters of the code's set.
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("a unified social credit code's body is 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' at position " + (i + 1)
                        + " is not a character of a unified social credit code");
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** Why {@code code} is not valid, in English; null when it is. */
    public static String problem(String code) {
        if (code == null || code.isBlank()) {
            return "the unified social credit code is required";
        }
        if (code.length() != LENGTH) {
            return "a unified social credit code has 18 characters, not " + code.length();
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return "'" + code.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed (digits and capitals except I, O, S, V, Z)";
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        return expected == code.charAt(LENGTH - 1) ? null
                : "the check character should be " + expected + ", not " + code.charAt(LENGTH - 1);
    }
}
