package org.importwindow.server.web.ecommerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.ecommerce.message.ReturnStatus;
import org.importwindow.server.ecommerce.CbecStatistics;
import org.springframework.context.MessageSource;

/**
 * What the cross-border e-commerce templates print, in the page language (templates call it as {@code cbec}):
 * amounts, counts and China's local times, the lists' states and the receipts' types and status codes, and refusals
 * by their codes. Free texts from receipts pass through {@link ResidentIdNumber#maskIn} so that no ID number is ever
 * printed in clear, whatever a sender put into a document.
 */
public final class CbecLabels {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;
    private final Locale locale;
    private final boolean zh;

    CbecLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.zh = "zh".equals(locale.getLanguage());
    }

    /** {@code 1,234.50}; empty for none. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    /** {@code 12,345}. */
    public String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    /** China's local time, {@code 2026-03-16 10:15:03}; empty for none. */
    public String time(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(CHINA));
    }

    /** A receipt's returnTime ({@code yyyyMMddHHmmssSSS}, China) as {@code 2026-03-16 10:15:03}. */
    public String returnTime(String t) {
        if (t == null || t.length() < 14) {
            return t == null ? "" : t;
        }
        return t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6, 8) + " " + t.substring(8, 10) + ":"
                + t.substring(10, 12) + ":" + t.substring(12, 14);
    }

    /** A list's state: PENDING, RELEASED, REFUSED, CANCELLED. */
    public String status(String status) {
        return messages.getMessage("cbec.status." + status, null, status, locale);
    }

    /** The tag class of a list's state. */
    public String statusClass(String status) {
        return switch (status == null ? "" : status) {
            case "RELEASED" -> "status status-released";
            case "REFUSED", "CANCELLED" -> "status status-rejected";
            default -> "status";
        };
    }

    /** A tax bill's taxes other than nothing, one line each: "VAT 19.53", "consumption tax 12.00", "duty 5.00". */
    public List<String> taxLines(CbecStatistics.Taxes taxes) {
        List<String> lines = new ArrayList<>();
        if (taxes == null) {
            return lines;
        }
        add(lines, "cbec.tax.vat", taxes.valueAddedTax());
        add(lines, "cbec.tax.consumption", taxes.consumptionTax());
        add(lines, "cbec.tax.duty", taxes.customsTax());
        return lines;
    }

    private void add(List<String> lines, String key, BigDecimal amount) {
        if (amount != null && amount.signum() != 0) {
            lines.add(messages.getMessage(key, new Object[] {money(amount)}, locale));
        }
    }

    /** A tax bill's state: ISSUED, CANCELLED, REFUNDED. */
    public String billStatus(String status) {
        return messages.getMessage("cbec.bill." + status, null, status, locale);
    }

    /** The spec's name of a receipt status code, e.g. 800 放行 / released. */
    public String returnStatus(String code) {
        return ReturnStatus.ofCode(code).map(s -> zh ? s.nameZh() : s.nameEn()).orElse(code);
    }

    /** What a receipt answers: CEB312 the order, CEB622 the inventory list... */
    public String receiptType(String type) {
        return messages.getMessage("cbec.receipt." + type, null, type, locale);
    }

    /** The name of an error code or a CBEC-1xx check. */
    public String reason(String code) {
        return RefusalReasons.name(code, zh);
    }

    /** A refusal in a few words, each with its code. */
    public List<String> refusal(String returnInfo) {
        return RefusalReasons.summary(returnInfo, zh);
    }

    /** A receipt's free text, any ID number in it masked. */
    public String text(String returnInfo) {
        return returnInfo == null ? "" : ResidentIdNumber.maskIn(returnInfo);
    }
}
