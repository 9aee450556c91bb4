package org.importwindow.server.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.TariffSchedule;

/**
 * The small values several API answers share, and how numbers are written: money as a string with exactly two
 * decimals, exchange rates with four, tax rates as a decimal fraction ("0.13").
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** A legal act as the API shows it. */
    public record LegalActJson(String id, String reference, String titleZh, String titleEn) {
        static LegalActJson of(LegalAct act) {
            return act == null ? null : new LegalActJson(act.id(), act.reference(), act.titleZh(), act.titleEn());
        }

        /** The act by id; an id the schedule does not know still shows, without titles. */
        static LegalActJson of(String id, TariffSchedule schedule) {
            if (id == null) {
                return null;
            }
            return schedule.legalAct(id).map(LegalActJson::of).orElse(new LegalActJson(id, null, null, null));
        }
    }

    /** A geographical area: a country or a country group, with its names. */
    public record AreaJson(String id, String nameEn, String nameZh) {
        static AreaJson of(String id, ReferenceData reference) {
            var country = reference.country(id);
            if (country.isPresent()) {
                return new AreaJson(id, country.get().nameEn(), country.get().nameZh());
            }
            return reference.group(id).map(g -> new AreaJson(id, g.nameEn(), g.nameZh()))
                    .orElse(new AreaJson(id, null, null));
        }
    }

    /** Money: two decimals, half-up, as a string. */
    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** An exchange rate: four decimals as a string. */
    public static String rate(BigDecimal rate) {
        return rate == null ? null : rate.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** A tax rate as a fraction with at least two decimals, e.g. "0.13", "0.09". */
    public static String fraction(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal r = rate.stripTrailingZeros();
        return (r.scale() < 2 ? r.setScale(2) : r).toPlainString();
    }
}
