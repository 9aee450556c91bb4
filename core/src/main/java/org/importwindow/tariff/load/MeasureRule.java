package org.importwindow.tariff.load;

/** The checks the importer makes on every row of a measure file, with their stable codes. */
public enum MeasureRule {
    HEADER("MSR-001", "the header row is missing or its columns are not the documented ones"),
    COLUMN_COUNT("MSR-002", "the row does not have the number of columns of the header"),
    SID("MSR-003", "sid is not a positive whole number"),
    DUPLICATE_SID("MSR-004", "sid already used by an earlier row"),
    TYPE("MSR-005", "measure type is not one of the known types"),
    CODE_FORMAT("MSR-006", "commodity code is not 2, 4, 6, 8 or 10 digits"),
    CODE_UNKNOWN("MSR-007", "commodity code is not in the nomenclature"),
    AREA("MSR-008", "geographical area is missing or is neither a known country nor a known group"),
    ARRANGEMENT("MSR-009", "arrangement is missing or unknown for a conventional or special preferential measure"),
    ARRANGEMENT_NOT_ALLOWED("MSR-010", "arrangement given for a measure type that has none"),
    VALID_FROM("MSR-011", "valid_from is missing or not an ISO date (YYYY-MM-DD)"),
    VALID_TO("MSR-012", "valid_to is not an ISO date (YYYY-MM-DD)"),
    DATE_ORDER("MSR-013", "valid_from is after valid_to"),
    EXPRESSION("MSR-014", "duty expression does not parse"),
    EXPRESSION_MISSING("MSR-015", "duty expression missing for a duty or tax measure"),
    CONDITION("MSR-016", "a condition does not parse"),
    LEGAL_ACT("MSR-017", "legal act is missing or unknown"),
    FOOTNOTE("MSR-018", "footnote id is unknown"),
    FILE("MSR-019", "the file cannot be read as UTF-8 CSV");

    private final String code;
    private final String description;

    MeasureRule(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }
}
