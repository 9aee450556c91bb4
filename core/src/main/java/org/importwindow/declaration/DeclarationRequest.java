package org.importwindow.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An import declaration as lodged (the API's POST body; names after the WCO Data Model where they fit).
 *
 * @param reference         the declarant's own reference (functional reference); lodging is idempotent on it
 * @param importer          the importer's unified social credit code
 * @param declarationDate   the day of declaration: the tariff, the rates and the exchange rate of that day apply
 * @param tradeMode         监管方式 code, e.g. {@code 0110} general trade
 * @param transportMode     运输方式 code, e.g. {@code 2} waterway
 * @param portOfEntry       customs office / port of entry
 * @param countryOfDispatch ISO alpha-2 country the goods were dispatched from
 * @param priceTerms        {@code CIF}, {@code CFR} (or {@code C&F}) or {@code FOB}
 * @param currency          ISO 4217 currency of the values, freight and insurance
 * @param freight           freight to the port of entry (needed for FOB; ignored for CIF and CFR)
 * @param insurance         insurance (FOB and CFR); null when unknown: then the legal rate applies
 * @param licences          licence numbers, optionally prefixed by their kind, e.g. {@code AUTO_IMPORT:2026-0001}
 * @param rulingReference   advance ruling reference, may be null
 * @param items             the goods items
 * @param declarationKind   {@code STANDARD} (default), {@code ADVANCE}, {@code TWO_STEP_SUMMARY}, {@code TWO_STEP_FULL}
 * @param summaryReference  for {@code TWO_STEP_FULL}: the reference of the summary declaration it completes
 * @param totalValue        optional header total of the item values; when given it must equal their sum
 */
public record DeclarationRequest(String reference, String importer, LocalDate declarationDate, String tradeMode,
                                 String transportMode, String portOfEntry, String countryOfDispatch,
                                 String priceTerms, String currency, BigDecimal freight, BigDecimal insurance,
                                 List<String> licences, String rulingReference, List<DeclarationItemRequest> items,
                                 String declarationKind, String summaryReference, BigDecimal totalValue) {

    public DeclarationRequest {
        licences = licences == null ? List.of() : List.copyOf(licences);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A standard declaration with the fields of the JSON example. */
    public DeclarationRequest(String reference, String importer, LocalDate declarationDate, String tradeMode,
                              String transportMode, String portOfEntry, String countryOfDispatch, String priceTerms,
                              String currency, BigDecimal freight, BigDecimal insurance, List<String> licences,
                              String rulingReference, List<DeclarationItemRequest> items) {
        this(reference, importer, declarationDate, tradeMode, transportMode, portOfEntry, countryOfDispatch,
                priceTerms, currency, freight, insurance, licences, rulingReference, items, null, null, null);
    }

    /** The kind, STANDARD when not given; throws for an unknown kind (the checks report it as DEC-022). */
    public DeclarationKind kind() {
        return DeclarationKind.parse(declarationKind).orElseThrow(
                () -> new IllegalArgumentException("unknown declaration kind " + declarationKind));
    }

    /** The currency, CNY when not given. */
    public String currencyOrYuan() {
        return currency == null || currency.isBlank() ? "CNY" : currency.strip();
    }

    /** A copy with other items, e.g. for an amendment. */
    public DeclarationRequest withItems(List<DeclarationItemRequest> newItems) {
        return new DeclarationRequest(reference, importer, declarationDate, tradeMode, transportMode, portOfEntry,
                countryOfDispatch, priceTerms, currency, freight, insurance, licences, rulingReference, newItems,
                declarationKind, summaryReference, totalValue);
    }
}
