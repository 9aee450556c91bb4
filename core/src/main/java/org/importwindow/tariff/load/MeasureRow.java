package org.importwindow.tariff.load;

import java.util.List;

/**
 * One row of a measure file, as text: what converters and generators produce and what
 * {@link MeasureFileWriter} writes. The importer turns rows into checked {@link org.importwindow.tariff.Measure}s.
 *
 * @param validTo     empty for open-ended
 * @param conditions  condition texts, e.g. {@code PROOF_OF_ORIGIN}, {@code cylinderCapacityLitres>1.5}
 * @param footnotes   footnote ids
 */
public record MeasureRow(long sid, String type, String commodityCode, String geographicalArea, String arrangement,
                         String validFrom, String validTo, String dutyExpression, List<String> conditions,
                         List<String> footnotes, String legalAct, String orderNumber) {

    public MeasureRow {
        arrangement = arrangement == null ? "" : arrangement;
        validTo = validTo == null ? "" : validTo;
        dutyExpression = dutyExpression == null ? "" : dutyExpression;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        orderNumber = orderNumber == null ? "" : orderNumber;
    }

    /** The row as the file's cells, in {@link MeasureFileFormat#COLUMNS} order. */
    public List<String> cells() {
        return List.of(Long.toString(sid), type, commodityCode, geographicalArea, arrangement, validFrom, validTo,
                dutyExpression, String.join(";", conditions), String.join(";", footnotes), legalAct, orderNumber);
    }
}
