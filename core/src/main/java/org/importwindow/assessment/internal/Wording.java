package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ConcurrentHashMap;
import org.importwindow.assessment.Language;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.duty.Unit;

/**
 * How measures, amounts and legal acts are named in explanations, in English and in Chinese. Plain concatenation:
 * this runs per item. The Chinese names are those of the tariff book (最惠国税率, 协定税率...); amounts read
 * "14000.00 元", dates stay ISO as on the customs declaration.
 */
public final class Wording {
    private Wording() {
    }

    public static boolean zh(Language language) {
        return language == Language.ZH;
    }

    public static String label(MeasureType type) {
        return switch (type) {
            case MFN -> "MFN";
            case PROVISIONAL -> "provisional";
            case CONVENTIONAL -> "conventional";
            case SPECIAL_PREFERENTIAL -> "special preferential";
            case GENERAL -> "general";
            case IN_QUOTA -> "in-quota";
            case IN_QUOTA_PROVISIONAL -> "in-quota provisional";
            case ANTI_DUMPING -> "anti-dumping duty";
            case COUNTERVAILING -> "countervailing duty";
            case SAFEGUARD -> "safeguard duty";
            case ADDITIONAL -> "additional duty";
            case CONSUMPTION_TAX -> "consumption tax";
            case VAT -> "import VAT";
            default -> type.nameEn();
        };
    }

    /** E.g. {@code conventional} or {@code 协定税率}. */
    public static String label(MeasureType type, Language language) {
        return zh(language) ? type.nameZh() : label(type);
    }

    /**
     * Labels and sources are asked for every measure considered on every assessment, and a national schedule has
     * a quarter of a million measures that rarely change: each text is made once per measure object and language.
     * An entry is used only for the very object it was made from, so a re-imported measure with the same sid gets
     * a new text.
     */
    private record Memo(Measure measure, Object context, String text) {
    }

    private static final ConcurrentHashMap<Long, Memo> LABELS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Long, Memo> SOURCES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Long, Memo> LABELS_ZH = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Long, Memo> SOURCES_ZH = new ConcurrentHashMap<>();

    /** E.g. {@code conventional AU 0%} or {@code MFN 14%}. */
    public static String measure(Measure m) {
        return measure(m, Language.EN);
    }

    /** E.g. {@code conventional AU 0%}, {@code 协定税率 AU 0%}, {@code 最惠国税率 14%}. */
    public static String measure(Measure m, Language language) {
        ConcurrentHashMap<Long, Memo> memos = zh(language) ? LABELS_ZH : LABELS;
        Memo memo = memos.get(m.sid());
        if (memo != null && memo.measure() == m) {
            return memo.text();
        }
        String text = measureText(m, language);
        memos.put(m.sid(), new Memo(m, null, text));
        return text;
    }

    /**
     * A duty expression's canonical text, in Chinese with yuan and unit names as in the tariff book:
     * {@code 0.5 CNY/KGM -> 0.5 元/千克}, {@code 250 CNY/988LTR -> 250 元/988升}. Other currencies (value bands in
     * USD) and the MIN/MAX/IF keywords stay as written.
     */
    public static String rate(String text, Language language) {
        if (!zh(language) || text == null || !text.contains("CNY/")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int at = text.indexOf("CNY/", i);
            if (at < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, at).append("元/");
            int start = at + 4;
            int digits = start;
            while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            int end = digits;
            while (end < text.length() && Character.isUpperCase(text.charAt(end))) {
                end++;
            }
            String code = text.substring(digits, end);
            String name = Unit.of(code).map(Unit::nameZh).map(Wording::firstName).orElse(code);
            out.append(text, start, digits).append(name);
            i = end;
        }
        return out.toString();
    }

    /** A unit's name in a sentence: {@code millilitre}, {@code 毫升}; {@code 个} for 个/台/件. */
    public static String unitName(Unit unit, Language language) {
        return zh(language) ? firstName(unit.nameZh()) : unit.nameEn();
    }

    /** 个/台/件 reads as 个: one name is enough in a sentence. */
    private static String firstName(String names) {
        int slash = names.indexOf('/');
        return slash < 0 ? names : names.substring(0, slash);
    }

    private static String measureText(Measure m, Language language) {
        String expr = m.duty() == null ? (zh(language) ? "（无税率）" : "(no rate)") : rate(m.duty().text(), language);
        String label = label(m.type(), language);
        return m.arrangement() == null ? label + " " + expr : label + " " + m.arrangement() + " " + expr;
    }

    /** E.g. {@code TCC-2025-11 (税委会公告2025年第11号), in force from 2026-01-01 to 2026-12-31}. */
    public static String source(Measure m, LegalAct act) {
        return source(m, act, Language.EN);
    }

    /** In Chinese e.g. {@code CN-TARIFF-2026（税委会公告2025年第11号），2026-01-01起施行}. */
    public static String source(Measure m, LegalAct act, Language language) {
        ConcurrentHashMap<Long, Memo> memos = zh(language) ? SOURCES_ZH : SOURCES;
        Memo memo = memos.get(m.sid());
        if (memo != null && memo.measure() == m && memo.context() == act) {
            return memo.text();
        }
        String text = zh(language) ? sourceTextZh(m, act) : sourceText(m, act);
        memos.put(m.sid(), new Memo(m, act, text));
        return text;
    }

    private static String sourceText(Measure m, LegalAct act) {
        String validity = m.validTo() == null ? "in force from " + m.validFrom()
                : "in force from " + m.validFrom() + " to " + m.validTo();
        if (act == null) {
            return m.legalAct() == null ? validity : "legal act " + m.legalAct() + ", " + validity;
        }
        String ref = act.reference() == null || act.reference().isBlank() ? act.id() : act.id() + " (" + act.reference() + ")";
        return ref + ", " + validity;
    }

    private static String sourceTextZh(Measure m, LegalAct act) {
        String validity = m.validTo() == null ? m.validFrom() + "起施行"
                : m.validFrom() + "起施行，至" + m.validTo() + "止";
        if (act == null) {
            return m.legalAct() == null ? validity : "法律依据 " + m.legalAct() + "，" + validity;
        }
        String ref = act.reference() == null || act.reference().isBlank() ? act.id() : act.id() + "（" + act.reference() + "）";
        return ref + "，" + validity;
    }

    public static String money(BigDecimal yuan) {
        return fen(yuan).toPlainString();
    }

    /** An amount of yuan with its unit: {@code 14000.00 CNY} or {@code 14000.00 元}. */
    public static String yuan(BigDecimal yuan, Language language) {
        return money(yuan) + (zh(language) ? " 元" : " CNY");
    }

    public static BigDecimal fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP);
    }
}
