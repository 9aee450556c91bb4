package org.importwindow.recall;

import java.time.LocalDate;
import java.util.List;

/**
 * A product of a recall plan, with the fields of the EU Safety Gate and US CPSC records: name, brand, model,
 * barcode (GTIN-8/12/13/14), lots, production and import periods, units, customs (HS) code and country of origin.
 *
 * @param quantity units put on the market in China (imported)
 */
public record RecalledProduct(String name, String brand, String model, String gtin, List<String> lots,
                              LocalDate producedFrom, LocalDate producedTo, LocalDate importedFrom,
                              LocalDate importedTo, long quantity, String hsCode, String originCountry) {

    public RecalledProduct {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }
}
