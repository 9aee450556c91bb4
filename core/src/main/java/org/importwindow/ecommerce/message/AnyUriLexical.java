package org.importwindow.ecommerce.message;

/**
 * Values of XML Schema's {@code anyURI} of a form the JDK's validator certainly takes, for the faster readers of
 * {@code ds:Signature}'s attributes: empty; a fragment {@code #f}; or {@code scheme://host/path#f}, the host of letters,
 * digits and inner hyphens in dot-separated labels of at most 63 characters (the last one starting with a letter), path
 * segments and fragment of letters, digits and {@code . _ ~ -}. No escapes, port, query or user. Anything else may well
 * be a valid URI, but is left to the reference to judge: MSV, which validates the single pass, takes values the JDK's
 * validator refuses (such as {@code http://}).
 */
final class AnyUriLexical {
    private AnyUriLexical() {
    }

    static boolean certainlyValid(CharSequence s) {
        int to = s.length();
        if (to == 0) {
            return true;
        }
        int p = 0;
        if (s.charAt(0) != '#') {
            if (!letter(s.charAt(0))) {
                return false;
            }
            p++;
            while (p < to && (letter(s.charAt(p)) || digit(s.charAt(p)) || s.charAt(p) == '+' || s.charAt(p) == '.'
                    || s.charAt(p) == '-')) {
                p++;
            }
            if (p + 3 > to || s.charAt(p) != ':' || s.charAt(p + 1) != '/' || s.charAt(p + 2) != '/') {
                return false;
            }
            p = host(s, p + 3, to);
            if (p < 0) {
                return false;
            }
            while (p < to && s.charAt(p) == '/') {
                p = segment(s, p + 1, to);
            }
        }
        if (p < to && s.charAt(p) == '#') {
            p = segment(s, p + 1, to);
        }
        return p == to;
    }

    /** Dot-separated labels: past them, or {@code -1}. */
    private static int host(CharSequence s, int p, int to) {
        int hostStart = p;
        boolean lastStartsWithLetter;
        while (true) {
            int label = p;
            while (p < to && (letter(s.charAt(p)) || digit(s.charAt(p)) || s.charAt(p) == '-')) {
                p++;
            }
            if (p == label || p - label > 63 || s.charAt(label) == '-' || s.charAt(p - 1) == '-') {
                return -1;
            }
            lastStartsWithLetter = letter(s.charAt(label));
            if (p < to && s.charAt(p) == '.') {
                p++;
            } else {
                break;
            }
        }
        return lastStartsWithLetter && p - hostStart <= 255 ? p : -1;
    }

    private static int segment(CharSequence s, int p, int to) {
        while (p < to && (letter(s.charAt(p)) || digit(s.charAt(p)) || s.charAt(p) == '.' || s.charAt(p) == '_'
                || s.charAt(p) == '~' || s.charAt(p) == '-')) {
            p++;
        }
        return p;
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
