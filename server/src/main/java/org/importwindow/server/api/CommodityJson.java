package org.importwindow.server.api;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.server.api.JsonValues.AreaJson;
import org.importwindow.server.api.JsonValues.LegalActJson;

/** A tariff line as {@code GET /api/v1/commodities/{code}} answers it. */
public record CommodityJson(String code, String descriptionEn, String descriptionZh, Descriptions descriptions,
                            boolean declarable, String section, String legalUnit, LocalDate date,
                            List<Summary> ancestors, List<MeasureJson> measures) {

    /** The descriptions by language. */
    public record Descriptions(String en, String zh) {
    }

    /** A node of the nomenclature in lists: ancestors and search hits. */
    public record Summary(String code, String descriptionEn, String descriptionZh, boolean declarable) {
        static Summary of(Commodity c) {
            return new Summary(c.code(), c.descriptionEn(), c.descriptionZh(), c.declarable());
        }
    }

    /** A measure in force on the date asked. */
    public record MeasureJson(long sid, String type, String typeNameEn, String typeNameZh, String commodityCode,
                              AreaJson geographicalArea, String arrangement, String expression, String conditions,
                              LocalDate validFrom, LocalDate validTo, List<FootnoteJson> footnotes,
                              LegalActJson legalAct, String orderNumber) {
    }

    /** A footnote of a measure. */
    public record FootnoteJson(String id, String textZh, String textEn) {
    }
}
