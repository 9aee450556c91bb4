package org.importwindow.ecommerce;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 18-character citizen identification number of GB 11643-1999 (公民身份号码): a 6-digit address code, the
 * 8-digit birth date {@code yyyyMMdd}, a 3-digit sequence code (odd for men, even for women) and a check character
 * computed by ISO 7064 MOD 11-2 over the first 17 digits (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; the sum mod
 * 11 maps 0..10 to {@code 1 0 X 9 8 7 6 5 4 3 2}).
 *
 * <p>Checked here: length, digits, a real birth date (year 1800 or later; not after the as-of date when one is
 * given) and the check character. Not checked: the address code against GB/T 2260 (codes of abolished counties stay
 * valid on old cards, and residence permits of Hong Kong, Macao and Taiwan residents use 81/82/83), so a wrong
 * region is not refused. A lower-case {@code x} is accepted and {@link #normalize normalised} to {@code X}.
 *
 * <p><b>Masking.</b> ID numbers are personal information (个人信息保护法, sensitive when combined); everywhere one is
 * shown or logged use {@link #mask}: the first 4 characters (province and prefecture) and the last 4 are kept, the
 * 10 between — the county, the whole birth date and the first sequence digit — are replaced by {@code *}, e.g.
 * {@code 1101**********002X}. Enough for a buyer or an officer to recognise the number, not enough to recover the
 * birth date. {@link #maskIn} masks every ID-like number inside a free text (log lines, messages).
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");
    private static final int SHOWN = 4;

    private ResidentIdNumber() {
    }

    /** Why a number is not a valid ID number, in English and Chinese; never repeats the number itself. */
    public record Problem(String en, String zh) {
        /** Chinese then English, as the spec's returnInfo wants. */
        public String text() {
            return zh + " / " + en;
        }
    }

    public static boolean isValid(String id) {
        return problem(id).isEmpty();
    }

    /** Valid and, in addition, a birth date not after {@code asOf}. */
    public static boolean isValid(String id, LocalDate asOf) {
        return problem(id, asOf).isEmpty();
    }

    /** The first problem found, or empty when the number is valid. */
    public static Optional<Problem> problem(String id) {
        return problem(id, null);
    }

    /** As {@link #problem(String)}, also refusing a birth date after {@code asOf} (when not null). */
    public static Optional<Problem> problem(String id, LocalDate asOf) {
        if (id == null || id.isBlank()) {
            return Optional.of(new Problem("the resident ID number is missing", "缺少身份证号码"));
        }
        if (id.length() != 18) {
            return Optional.of(new Problem("the resident ID number must have 18 characters, this one has "
                    + id.length(), "身份证号码应为18位，实际为" + id.length() + "位"));
        }
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(new Problem("the first 17 characters of the resident ID number must be digits",
                        "身份证号码前17位应为数字"));
            }
        }
        char last = Character.toUpperCase(id.charAt(17));
        if ((last < '0' || last > '9') && last != 'X') {
            return Optional.of(new Problem("the 18th character of the resident ID number must be a digit or X",
                    "身份证号码第18位应为数字或X"));
        }
        LocalDate birth = birthDate(id);
        if (birth == null) {
            return Optional.of(new Problem("the birth date in the resident ID number (characters 7-14) is not a "
                    + "valid date", "身份证号码中的出生日期（第7至14位）不是有效日期"));
        }
        if (asOf != null && birth.isAfter(asOf)) {
            return Optional.of(new Problem("the birth date in the resident ID number is after " + asOf,
                    "身份证号码中的出生日期晚于" + asOf));
        }
        if (checkCharacter(id.substring(0, 17)) != last) {
            return Optional.of(new Problem("the check character of the resident ID number does not match "
                    + "(GB 11643-1999)", "身份证号码校验码错误（GB 11643-1999）"));
        }
        return Optional.empty();
    }

    /** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("17 digits are needed");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("17 digits are needed");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The valid number trimmed with an upper-case X, the form to key a buyer's ledger by; throws when invalid. */
    public static String normalize(String id) {
        String trimmed = id == null ? null : id.trim().toUpperCase(java.util.Locale.ROOT);
        Optional<Problem> problem = problem(trimmed);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().en());
        }
        return trimmed;
    }

    /**
     * The number as it may be shown or logged: first 4 and last 4 characters, the rest {@code *}
     * ({@code 1101**********002X}). Anything of another length than 15 or 18 is masked entirely (it may be a typo of
     * a real number); null gives an empty string.
     */
    public static String mask(String id) {
        if (id == null) {
            return "";
        }
        int n = id.length();
        if (n != 18 && n != 15) {
            return "*".repeat(n);
        }
        return id.substring(0, SHOWN) + "*".repeat(n - 2 * SHOWN) + id.substring(n - SHOWN);
    }

    /** {@code text} with every 18-character (or old 15-digit) ID-like number in it {@link #mask masked}. */
    public static String maskIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ID_LIKE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static LocalDate birthDate(String id) {
        int year = Integer.parseInt(id.substring(6, 10));
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        if (year < 1800) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
