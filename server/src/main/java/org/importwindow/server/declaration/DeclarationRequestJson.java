package org.importwindow.server.declaration;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/declarations} (and of an amendment): the header and goods items of an import
 * declaration, named after the WCO Data Model where they fit. Amounts and quantities are strings (numbers are accepted
 * too) so that one that is not a number is reported with its field path.
 */
@Schema(description = "An import declaration")
public record DeclarationRequestJson(
        @Schema(description = "The declarant's own reference: lodging is idempotent on it", example = "A-2026-0001")
        String reference,
        @Schema(description = "USCC of the importer (consignee) the caller acts for", example = "91310115MA1K4DEM05")
        String importer,
        @Schema(description = "Declaration date YYYY-MM-DD: the rates in force that day apply", example = "2026-03-16")
        String declarationDate,
        @Schema(description = "Trade mode (监管方式), e.g. 0110 general trade", example = "0110") String tradeMode,
        @Schema(description = "Transport mode code: 2 waterway, 4 road, 5 air...", example = "2") String transportMode,
        @Schema(description = "Customs port of entry code", example = "2248") String portOfEntry,
        @Schema(description = "ISO alpha-2 country of dispatch", example = "AU") String countryOfDispatch,
        @Schema(description = "Terms of price: CIF, CFR (C&F) or FOB", example = "CIF") String priceTerms,
        @Schema(description = "ISO 4217 currency of the values", example = "CNY") String currency,
        @Schema(description = "Freight (for FOB)", example = "0.00") String freight,
        @Schema(description = "Insurance (for FOB and CFR; 3 per mille of goods plus freight when unknown)",
                example = "0.00") String insurance,
        @Schema(description = "Licence numbers declared") List<String> licences,
        @Schema(description = "Advance-ruling reference, if any") String rulingReference,
        @Schema(description = "STANDARD (default), ADVANCE, TWO_STEP_SUMMARY or TWO_STEP_FULL") String declarationKind,
        @Schema(description = "For TWO_STEP_FULL: the reference of the summary declaration") String summaryReference,
        @Schema(description = "Optional header total of the item values; when given it must equal their sum")
        String totalValue,
        @Schema(description = "The goods items; at least one") List<Item> items) {

    /** One goods item. */
    @Schema(description = "A goods item")
    public record Item(
            @Schema(description = "8-digit national tariff line", example = "22042100") String commodityCode,
            @Schema(description = "Description of the goods", example = "bottled red wine") String description,
            @Schema(description = "ISO alpha-2 country of origin", example = "AU") String origin,
            @Schema(description = "Quantity in the declared unit", example = "900") String quantity,
            @Schema(description = "Declared unit (KGM, LTR, PCE...)", example = "LTR") String unit,
            @Schema(description = "Quantity in the second legal unit, if the line has one") String secondQuantity,
            @Schema(description = "Second legal unit") String secondUnit,
            @Schema(description = "Value of the item in the declaration's currency and terms", example = "100000.00")
            String value,
            @Schema(description = "AUTO, NONE or an arrangement code", example = "AUTO") String preference,
            @Schema(description = "Proof-of-origin (certificate) number, or null", example = "AU-CO-2026-1")
            String proofOfOrigin,
            @Schema(description = "Tariff-quota certificate number (claims the in-quota rate with preference "
                    + "IN_QUOTA), or null") String quotaCertificate,
            @Schema(description = "What the measures' conditions need") Map<String, String> attributes) {
    }
}
