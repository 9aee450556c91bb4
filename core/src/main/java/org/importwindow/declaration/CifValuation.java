package org.importwindow.declaration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.importwindow.law.LegalParameters;

/**
 * The customs value is the CIF value (Tariff Law; GACC Order No. 213): goods plus freight and insurance to the
 * place of entry. FOB values get freight and insurance added, CFR (C&F) values insurance. When the insurance is not
 * known it is {@value #INSURANCE_RATE} (3 per mille) of goods plus freight. The header freight and insurance are
 * spread over the items in proportion to their values, the last item taking the rounding remainder, so the items
 * add up to the header exactly. All amounts are in the declaration's currency.
 */
public final class CifValuation {
    /** Legal parameter: insurance as a fraction of (goods + freight) when unknown. */
    public static final String INSURANCE_RATE = "valuation.insurance.rate";

    /** Terms of price. */
    public enum Terms {
        CIF, CFR, FOB;

        /** {@code CIF}, {@code CFR} or {@code C&F}, {@code FOB}; throws for anything else. */
        public static Terms of(String text) {
            String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
            return switch (t) {
                case "CIF" -> CIF;
                case "CFR", "C&F", "CNF" -> CFR;
                case "FOB" -> FOB;
                default -> throw new IllegalArgumentException("unknown terms of price " + text);
            };
        }
    }

    /**
     * The result of the conversion.
     *
     * @param goods              sum of the declared item values
     * @param freight            freight added (zero for CIF and CFR, already in the value)
     * @param insurance          insurance added (zero for CIF)
     * @param insuranceEstimated whether the insurance was computed at the legal rate
     * @param itemValues         CIF value of each item, in item order, 2 decimals
     * @param total              sum of {@code itemValues}
     */
    public record CifValues(Terms terms, BigDecimal goods, BigDecimal freight, BigDecimal insurance,
                            boolean insuranceEstimated, BigDecimal insuranceRate, List<BigDecimal> itemValues,
                            BigDecimal total) {
        public CifValues {
            itemValues = List.copyOf(itemValues);
        }
    }

    private CifValuation() {
    }

    /** CIF values of the items of {@code request} as of its declaration date. */
    public static CifValues convert(DeclarationRequest request, LegalParameters parameters) {
        List<BigDecimal> values = request.items().stream().map(DeclarationItemRequest::value).toList();
        return convert(Terms.of(request.priceTerms()), values, request.freight(), request.insurance(),
                parameters, request.declarationDate());
    }

    /**
     * CIF values of items declared at {@code values} under {@code terms}; {@code insurance} null means unknown,
     * {@code freight} null counts as zero.
     */
    public static CifValues convert(Terms terms, List<BigDecimal> values, BigDecimal freight, BigDecimal insurance,
                                    LegalParameters parameters, LocalDate date) {
        BigDecimal goods = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            goods = goods.add(v);
        }
        BigDecimal addedFreight = terms == Terms.FOB && freight != null ? freight : BigDecimal.ZERO;
        BigDecimal addedInsurance = BigDecimal.ZERO;
        boolean estimated = false;
        BigDecimal rate = null;
        if (terms != Terms.CIF) {
            if (insurance != null) {
                addedInsurance = insurance;
            } else {
                rate = parameters.value(INSURANCE_RATE, date);
                // for CFR the declared value already holds the freight: goods + freight = the value
                addedInsurance = goods.add(addedFreight).multiply(rate).setScale(2, RoundingMode.HALF_UP);
                estimated = true;
            }
        }
        BigDecimal extra = addedFreight.add(addedInsurance);
        List<BigDecimal> cif = new ArrayList<>(values.size());
        BigDecimal spread = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            BigDecimal share;
            if (i == values.size() - 1) {
                share = extra.subtract(spread);
            } else if (goods.signum() == 0) {
                share = BigDecimal.ZERO;
            } else {
                share = extra.multiply(v).divide(goods, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
            }
            spread = spread.add(share);
            cif.add(v.add(share).setScale(2, RoundingMode.HALF_UP));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : cif) {
            total = total.add(v);
        }
        return new CifValues(terms, goods, addedFreight, addedInsurance, estimated, rate, cif, total);
    }
}
