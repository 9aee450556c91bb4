package org.importwindow.tariff;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.tariff.duty.DutyExpression;

/**
 * Everything the law says about a commodity is a measure: its type, the commodity code it applies to (and its
 * whole subtree), the geographical area whose goods it concerns, its validity period, its duty expression, its
 * conditions and footnotes, and the legal act that made it.
 *
 * @param sid              stable numeric id (TARIC's measure sid)
 * @param commodityCode    2 to 10 digits; the measure applies to this node and every code under it
 * @param geographicalArea a country code (ISO alpha-2) or a country-group id, e.g. {@code MFN}, {@code PA-AU}
 * @param arrangement      the preferential arrangement code for conventional and special rates, e.g.
 *                         {@code AU}, {@code JPR}, {@code LD}; null otherwise
 * @param validFrom        first day in force
 * @param validTo          last day in force, or null when open-ended
 * @param duty             the duty or tax expression; null for measures without one (licences, prohibitions...)
 * @param legalAct         id of the {@link LegalAct} that made it
 * @param orderNumber      tariff-quota order number or other reference, may be null
 */
public record Measure(long sid, MeasureType type, String commodityCode, String geographicalArea, String arrangement,
                      LocalDate validFrom, LocalDate validTo, DutyExpression duty, List<MeasureCondition> conditions,
                      List<String> footnotes, String legalAct, String orderNumber) {

    public Measure {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    /** Whether the measure is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether the measure applies to {@code code}: the same code or one beneath it. */
    public boolean coversCommodity(String code) {
        return code.startsWith(commodityCode);
    }

    public boolean requiresProofOfOrigin() {
        return conditions.stream().anyMatch(c -> c instanceof MeasureCondition.ProofOfOrigin);
    }

    public boolean requiresQuotaCertificate() {
        return conditions.stream().anyMatch(c -> c instanceof MeasureCondition.QuotaCertificate);
    }
}
