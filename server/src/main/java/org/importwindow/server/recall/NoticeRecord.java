package org.importwindow.server.recall;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.recall.RecalledProduct;

/**
 * A public recall notice with the fields of the EU Safety Gate and US CPSC records: product, brand, model, lots,
 * barcode (GTIN), customs (HS) code, country of origin, hazard, risk level, remedy, units, importer and dates.
 *
 * @param status ONGOING or CLOSED
 * @param units  units recalled, all products together
 */
public record NoticeRecord(String id, String titleZh, String titleEn, String textZh, String textEn,
                           LocalDate publishedOn, LocalDate closedOn, String status, Importer importer,
                           List<Product> products, String defect, String hazard, String riskLevel, String remedy,
                           long units, String consumerContact, LocalDate defectConfirmedOn,
                           LocalDate plannedCompletion) {

    /** The importer (or producer) recalling, by USCC and name. */
    public record Importer(String uscc, String nameZh, String nameEn) {
    }

    /** One product of the notice. */
    public record Product(String name, String brand, String model, String gtin, List<String> lots,
                          LocalDate producedFrom, LocalDate producedTo, LocalDate importedFrom, LocalDate importedTo,
                          long units, String hsCode, String originCountry) {

        static Product of(RecalledProduct p) {
            return new Product(p.name(), p.brand(), p.model(), p.gtin(), p.lots(), p.producedFrom(), p.producedTo(),
                    p.importedFrom(), p.importedTo(), p.quantity(), p.hsCode(), p.originCountry());
        }
    }

    NoticeRecord closed(LocalDate on) {
        return new NoticeRecord(id, titleZh, titleEn, textZh, textEn, publishedOn, on, "CLOSED", importer, products,
                defect, hazard, riskLevel, remedy, units, consumerContact, defectConfirmedOn, plannedCompletion);
    }
}
