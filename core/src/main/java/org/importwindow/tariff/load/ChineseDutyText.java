package org.importwindow.tariff.load;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the tariff book's Chinese duty wording into the canonical duty expression syntax: {@code 14} ->
 * {@code 14%}, {@code 0.6元/千克} -> {@code 0.6 CNY/KGM}, {@code 10%或900元/吨，两者从低} ->
 * {@code MIN(10%, 900 CNY/TNE)}, value bands on 计税价格 per 台 -> {@code IF(UNITVALUE <= ..., ..., ...)}.
 * Empty when the wording is not one of those forms.
 */
final class ChineseDutyText {
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Map<String, String> UNITS = Map.of("千克", "KGM", "吨", "TNE", "升", "LTR", "平方米", "MTK",
            "台", "PCE", "克", "GRM", "立方米", "MTQ", "米", "MTR", "个", "PCE", "头", "HEAD");
    private static final Pattern PLAIN = Pattern.compile(NUM + "%?");
    private static final Pattern SPECIFIC = Pattern.compile(NUM + "元/(千克|吨|升|平方米|台|克|立方米|米|个|头)");
    private static final Pattern BARE_YUAN = Pattern.compile(NUM + "元");
    private static final Pattern LOWER_OF = Pattern.compile(NUM + "%或" + NUM + "元/(千克|吨|升)[，,]两者从低[。]?");
    private static final Pattern BAND = Pattern.compile(
            "计税价格≤" + NUM + "美元/台[：:，,](.+?)[；;]计税价格[>＞]" + NUM + "美元/台[：:，,](.+?)[。]?");

    private ChineseDutyText() {
    }

    /** The canonical expression of a cell, or empty when the wording is not understood. */
    static Optional<String> convert(String text) {
        String t = text.strip();
        Matcher m = LOWER_OF.matcher(t);
        if (m.matches()) {
            return Optional.of("MIN(" + num(m.group(1)) + "%, " + num(m.group(2)) + " CNY/" + UNITS.get(m.group(3))
                    + ")");
        }
        m = BAND.matcher(t);
        if (m.matches() && m.group(1).equals(m.group(3))) {
            Optional<String> low = compound(m.group(2), true);
            Optional<String> high = compound(m.group(4), true);
            if (low.isPresent() && high.isPresent()) {
                return Optional.of("IF(UNITVALUE <= " + num(m.group(1)) + " USD/PCE, " + low.get() + ", "
                        + high.get() + ")");
            }
            return Optional.empty();
        }
        return compound(t, false);
    }

    /** Whether the band text uses a bare 元 for an amount per 台, which {@link #convert} reads as CNY/PCE. */
    static boolean usesBareYuanPerPiece(String text) {
        Matcher m = BAND.matcher(text.strip());
        return m.matches() && (BARE_YUAN.matcher(m.group(2).replaceAll(".*\\+", "")).matches()
                || BARE_YUAN.matcher(m.group(4).replaceAll(".*\\+", "")).matches());
    }

    private static Optional<String> compound(String text, boolean perPieceBand) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("\\+")) {
            Optional<String> term = term(part.strip(), perPieceBand);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            if (!out.isEmpty()) {
                out.append(" + ");
            }
            out.append(term.get());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    private static Optional<String> term(String t, boolean perPieceBand) {
        Matcher m = PLAIN.matcher(t);
        if (m.matches()) {
            return Optional.of(num(m.group(1)) + "%");
        }
        m = SPECIFIC.matcher(t);
        if (m.matches()) {
            return Optional.of(num(m.group(1)) + " CNY/" + UNITS.get(m.group(2)));
        }
        m = BARE_YUAN.matcher(t);
        if (perPieceBand && m.matches()) {
            // within a band "计税价格>5000美元/台" a bare amount is per 台, as in the general rate of the same line
            return Optional.of(num(m.group(1)) + " CNY/PCE");
        }
        return Optional.empty();
    }

    static String num(String text) {
        BigDecimal d = new BigDecimal(text).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
