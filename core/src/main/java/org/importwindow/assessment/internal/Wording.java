package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;

/** How measures, amounts and legal acts are named in explanations. Plain concatenation: this runs per item. */
public final class Wording {
    private Wording() {
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

    /** E.g. {@code conventional AU 0%} or {@code MFN 14%}. */
    public static String measure(Measure m) {
        String expr = m.duty() == null ? "(no rate)" : m.duty().text();
        return m.arrangement() == null ? label(m.type()) + " " + expr
                : label(m.type()) + " " + m.arrangement() + " " + expr;
    }

    /** E.g. {@code TCC-2025-11 (税委会公告2025年第11号), in force from 2026-01-01 to 2026-12-31}. */
    public static String source(Measure m, LegalAct act) {
        String validity = m.validTo() == null ? "in force from " + m.validFrom()
                : "in force from " + m.validFrom() + " to " + m.validTo();
        if (act == null) {
            return m.legalAct() == null ? validity : "legal act " + m.legalAct() + ", " + validity;
        }
        String ref = act.reference() == null || act.reference().isBlank() ? act.id() : act.id() + " (" + act.reference() + ")";
        return ref + ", " + validity;
    }

    public static String money(BigDecimal yuan) {
        return fen(yuan).toPlainString();
    }

    public static BigDecimal fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP);
    }
}
