package org.importwindow.server.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/assessments}. Amounts are strings (numbers are accepted too) so that a value that is
 * not a number is reported with its field path rather than failing the whole body.
 */
@Schema(description = "A consignment to assess")
public record AssessmentRequestJson(
        @Schema(description = "Declaration date YYYY-MM-DD: the rates in force that day apply; today in Asia/Shanghai "
                + "when absent", example = "2026-03-16") String date,
        @Schema(description = "ISO 4217 currency of the declared values; CNY when absent", example = "USD")
        String currency,
        @Schema(description = "The goods items; at least one") List<Item> items) {

    /** One goods item. */
    @Schema(description = "A goods item")
    public record Item(
            @Schema(description = "8-digit national tariff line", example = "22042100") String commodityCode,
            @Schema(description = "ISO alpha-2 country of origin; ZZ for unknown", example = "AU") String origin,
            @Schema(description = "Customs (CIF) value in the request's currency, a non-negative decimal",
                    example = "12000.00") String customsValue,
            @Schema(description = "Quantity, needed by specific duties and unit-value conditions", example = "900")
            String quantity,
            @Schema(description = "Unit of the quantity: KGM, GRM, TNE, LTR, MLT, MTQ, MTK, MTR, PCE, PR, HEAD, "
                    + "STICK, KSTICK, CARTON", example = "LTR") String unit,
            @Schema(description = "AUTO (the lowest lawful rate), NONE, or an arrangement code such as AU, JPR, LD",
                    example = "AUTO") String preference,
            @Schema(description = "A proof of origin is declared for the preference", example = "true")
            Boolean proofOfOrigin,
            @Schema(description = "A tariff-rate quota certificate is declared", example = "false")
            Boolean quotaCertificate,
            @Schema(description = "What measure conditions need, e.g. {\"cylinderCapacityLitres\": \"2.0\"}")
            Map<String, String> attributes) {
    }
}
