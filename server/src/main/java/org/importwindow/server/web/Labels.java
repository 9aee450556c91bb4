package org.importwindow.server.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.importwindow.nomenclature.Section;
import org.importwindow.reference.Country;
import org.importwindow.reference.CountryGroup;
import org.importwindow.reference.PreferentialArrangement;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.duty.Unit;
import org.springframework.context.MessageSource;

/**
 * Names of the tariff's codes in the page language: countries and groups (geographical areas), arrangements, measure
 * types, units, conditions and legal acts. Templates call it as {@code labels}; it reads the snapshot the page was
 * built from, so a page never mixes two versions of the tariff.
 */
public final class Labels {

    private final TariffCatalogue.Snapshot snapshot;
    private final String lang;
    private final MessageSource messages;
    private final Locale locale;

    public Labels(TariffCatalogue.Snapshot snapshot, Locale locale, MessageSource messages) {
        this.snapshot = snapshot;
        this.lang = PageModelAdvice.language(locale);
        this.messages = messages;
        this.locale = locale;
    }

    private boolean zh() {
        return "zh".equals(lang);
    }

    private static String pick(String zh, String en, boolean preferZh) {
        String first = preferZh ? zh : en;
        String second = preferZh ? en : zh;
        return first != null && !first.isBlank() ? first : second;
    }

    /** A country's name, or the code itself when unknown; {@code ZZ} reads as "unknown origin". */
    public String country(String code) {
        if (Country.UNKNOWN.equals(code)) {
            return messages.getMessage("country.unknown", null, "Unknown origin", locale);
        }
        return snapshot.reference().country(code).map(c -> pick(c.nameZh(), c.nameEn(), zh())).orElse(code);
    }

    /** A geographical area: a country or a country group. */
    public String area(String code) {
        if (code == null) {
            return "";
        }
        if (code.length() == 2) {
            return country(code);
        }
        return snapshot.reference().group(code).map(this::group).orElse(code);
    }

    public String group(CountryGroup g) {
        return pick(g.nameZh(), g.nameEn(), zh());
    }

    /** The arrangement's name, e.g. "中国—澳大利亚自由贸易协定"; the code when unknown, empty when null. */
    public String arrangement(String code) {
        if (code == null) {
            return "";
        }
        return snapshot.reference().arrangement(code).map(this::arrangement).orElse(code);
    }

    public String arrangement(PreferentialArrangement a) {
        return pick(a.nameZh(), a.nameEn(), zh());
    }

    public String section(Section s) {
        return s == null ? "" : pick(s.nameZh(), s.nameEn(), zh());
    }

    public String measureType(MeasureType type) {
        return type == null ? "" : zh() ? type.nameZh() : type.nameEn();
    }

    public String unit(String code) {
        return Unit.of(code).map(u -> (zh() ? u.nameZh() : u.nameEn()) + " (" + u.name() + ")").orElse(code);
    }

    public String condition(MeasureCondition c) {
        if (c instanceof MeasureCondition.ProofOfOrigin) {
            return messages.getMessage("condition.proofOfOrigin", null, locale);
        }
        if (c instanceof MeasureCondition.QuotaCertificate) {
            return messages.getMessage("condition.quotaCertificate", null, locale);
        }
        if (c instanceof MeasureCondition.Licence l) {
            return messages.getMessage("condition.licence", new Object[] {l.kind()}, locale);
        }
        MeasureCondition.Attribute a = (MeasureCondition.Attribute) c;
        return a.name() + " " + a.comparator().symbol() + " " + a.value();
    }

    /** "reference — title" of a legal act, or its id when the schedule does not know it. */
    public String legalAct(String id) {
        return snapshot.schedule().legalAct(id).map(this::legalAct).orElse(id == null ? "" : id);
    }

    public String legalAct(LegalAct act) {
        if (act == null) {
            return "";
        }
        String title = pick(act.titleZh(), act.titleEn(), zh());
        return title == null || title.isBlank() ? act.reference() : act.reference() + " — " + title;
    }

    public String legalActUrl(String id) {
        return snapshot.schedule().legalAct(id).map(LegalAct::url).orElse(null);
    }

    /** Yuan to the fen with thousands separators, e.g. {@code 43,133.34}; empty for null. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(amount);
    }

    /** Plain amount with two decimals, e.g. {@code 43133.34}, for machine-readable attributes. */
    public String plain(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A fraction as a percentage, e.g. 0.13 -> {@code 13%}. */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    public String footnote(String id) {
        return snapshot.schedule().footnote(id).map(f -> pick(f.textZh(), f.textEn(), zh())).orElse(id);
    }
}
