package org.importwindow.ecommerce.message;

/**
 * The lexical space of XML Schema's {@code base64Binary} as the JDK's validator (Xerces) takes it: XML white space
 * anywhere is ignored; the rest is whole groups of four characters of the base64 alphabet, the last group ending in
 * {@code =} (its third character one whose low two bits are zero) or {@code ==} (its second character one whose low
 * four bits are zero), or in neither. Nothing else.
 */
final class Base64Lexical {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Base64Lexical() {
    }

    static boolean valid(CharSequence text) {
        StringBuilder data = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                data.append(c);
            }
        }
        int n = data.length();
        if (n % 4 != 0) {
            return false;
        }
        int pad = n > 0 && data.charAt(n - 1) == '=' ? (data.charAt(n - 2) == '=' ? 2 : 1) : 0;
        for (int i = 0; i < n - pad; i++) {
            if (ALPHABET.indexOf(data.charAt(i)) < 0) {
                return false;
            }
        }
        if (pad == 2) {
            return (ALPHABET.indexOf(data.charAt(n - 3)) & 0xF) == 0;
        }
        if (pad == 1) {
            return (ALPHABET.indexOf(data.charAt(n - 2)) & 0x3) == 0;
        }
        return true;
    }
}
