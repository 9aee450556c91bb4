package org.importwindow.tariff.duty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the duty expression syntax by recursive descent:
 * <pre>
 * expression := term ( '+' term )*
 * term       := NUMBER '%'
 *             | NUMBER CURRENCY '/' [NUMBER] UNIT
 *             | ('MIN' | 'MAX') '(' expression ',' expression ')'
 *             | 'IF' '(' 'UNITVALUE' ('&lt;' | '&lt;=' | '&gt;' | '&gt;=') NUMBER CURRENCY '/' UNIT ','
 *                        expression ',' expression ')'
 * </pre>
 * Spaces are allowed between tokens. Errors carry a code and the 1-based position:
 * DUT-001 empty, DUT-002 unexpected character (what was expected), DUT-003 unknown unit, DUT-004 malformed number,
 * DUT-005 text after the end, DUT-006 bad currency code, DUT-007 zero quantity multiplier.
 */
final class DutyExpressionParser {
    private final String text;
    private int pos;

    private DutyExpressionParser(String text) {
        this.text = text;
    }

    static DutyExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DutyExpressionException("DUT-001", "the duty expression is empty");
        }
        DutyExpressionParser p = new DutyExpressionParser(text);
        DutyExpression e = p.expression();
        p.skipSpaces();
        if (p.pos < text.length()) {
            throw p.error("DUT-005", "end of expression");
        }
        return e;
    }

    private DutyExpression expression() {
        DutyExpression first = term();
        skipSpaces();
        if (!peek('+')) {
            return first;
        }
        List<DutyExpression> terms = new ArrayList<>();
        terms.add(first);
        while (peek('+')) {
            pos++;
            terms.add(term());
            skipSpaces();
        }
        return new Compound(terms);
    }

    private DutyExpression term() {
        skipSpaces();
        if (pos >= text.length()) {
            throw error("DUT-002", "a rate such as 14%, 0.6 CNY/KGM, MIN(...), MAX(...) or IF(...)");
        }
        char c = text.charAt(pos);
        if (isLetter(c)) {
            int start = pos;
            String word = word();
            switch (word) {
                case "MIN", "MAX" -> {
                    expect('(');
                    DutyExpression a = expression();
                    expect(',');
                    DutyExpression b = expression();
                    expect(')');
                    return word.equals("MIN") ? new Minimum(a, b) : new Maximum(a, b);
                }
                case "IF" -> {
                    return valueBand();
                }
                default -> {
                    pos = start;
                    throw error("DUT-002", "a number, MIN, MAX or IF");
                }
            }
        }
        BigDecimal number = number();
        skipSpaces();
        if (peek('%')) {
            pos++;
            return new AdValorem(number);
        }
        String currency = currency();
        expect('/');
        skipSpaces();
        BigDecimal per = BigDecimal.ONE;
        if (pos < text.length() && isDigit(text.charAt(pos))) {
            int at = pos;
            per = number();
            if (per.signum() == 0) {
                pos = at;
                throw error("DUT-007", "a quantity multiplier greater than zero");
            }
        }
        Unit unit = unit();
        return new Specific(number, currency, per, unit);
    }

    private DutyExpression valueBand() {
        expect('(');
        skipSpaces();
        int at = pos;
        if (!"UNITVALUE".equals(word())) {
            pos = at;
            throw error("DUT-002", "UNITVALUE");
        }
        Comparison comparison = comparison();
        BigDecimal threshold = number();
        String currency = currency();
        expect('/');
        skipSpaces();
        Unit unit = unit();
        expect(',');
        DutyExpression ifTrue = expression();
        expect(',');
        DutyExpression ifFalse = expression();
        expect(')');
        return new ValueBand(threshold, currency, unit, comparison, ifTrue, ifFalse);
    }

    private Comparison comparison() {
        skipSpaces();
        if (peek('<') || peek('>')) {
            boolean less = text.charAt(pos) == '<';
            pos++;
            boolean orEqual = peek('=');
            if (orEqual) {
                pos++;
            }
            return less ? (orEqual ? Comparison.LE : Comparison.LT) : (orEqual ? Comparison.GE : Comparison.GT);
        }
        throw error("DUT-002", "a comparison (<, <=, >, >=)");
    }

    private BigDecimal number() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("DUT-002", "a number");
        }
        if (peek('.')) {
            pos++;
            int fraction = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == fraction) {
                throw error("DUT-004", "digits after the decimal point");
            }
        }
        return new BigDecimal(text.substring(start, pos));
    }

    private String currency() {
        skipSpaces();
        int start = pos;
        String word = word();
        if (word.length() != 3) {
            pos = start;
            throw error("DUT-006", "% or a currency code such as CNY");
        }
        return word;
    }

    private Unit unit() {
        int start = pos;
        String word = word();
        if (word.isEmpty()) {
            throw error("DUT-003", "a unit such as KGM, TNE, LTR, PCE");
        }
        try {
            return Unit.valueOf(word);
        } catch (IllegalArgumentException e) {
            pos = start;
            throw error("DUT-003", "a unit (KGM GRM TNE LTR MLT MTQ MTK MTR PCE PR HEAD STICK KSTICK CARTON), not " + word);
        }
    }

    /** Letters at the cursor, upper-cased (keywords, currencies and units are case-insensitive). */
    private String word() {
        int start = pos;
        while (pos < text.length() && isLetter(text.charAt(pos))) {
            pos++;
        }
        String w = text.substring(start, pos);
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return w.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return w;
    }

    private void expect(char c) {
        skipSpaces();
        if (!peek(c)) {
            throw error("DUT-002", "'" + c + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private DutyExpressionException error(String code, String expected) {
        String found = pos >= text.length() ? "the end" : "'" + text.charAt(pos) + "'";
        return new DutyExpressionException(code, "duty expression \"" + text + "\" at position " + (pos + 1)
                + ": expected " + expected + ", found " + found);
    }
}
