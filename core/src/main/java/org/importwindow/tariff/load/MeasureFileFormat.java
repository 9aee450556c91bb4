package org.importwindow.tariff.load;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** The columns and CSV dialect of measure files (docs/measure-file-format.md). */
public final class MeasureFileFormat {
    public static final String SID = "sid";
    public static final String TYPE = "type";
    public static final String COMMODITY_CODE = "commodity_code";
    public static final String GEOGRAPHICAL_AREA = "geographical_area";
    public static final String ARRANGEMENT = "arrangement";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_TO = "valid_to";
    public static final String DUTY_EXPRESSION = "duty_expression";
    public static final String CONDITIONS = "conditions";
    public static final String FOOTNOTES = "footnotes";
    public static final String LEGAL_ACT = "legal_act";
    public static final String ORDER_NUMBER = "order_number";

    /** The header every measure file starts with, in this order. */
    public static final List<String> COLUMNS = List.of(SID, TYPE, COMMODITY_CODE, GEOGRAPHICAL_AREA, ARRANGEMENT,
            VALID_FROM, VALID_TO, DUTY_EXPRESSION, CONDITIONS, FOOTNOTES, LEGAL_ACT, ORDER_NUMBER);

    /** RFC 4180 with LF line ends; files are UTF-8 (a leading BOM is tolerated on reading). */
    public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private MeasureFileFormat() {
    }
}
