package org.importwindow.ecommerce.message;

/**
 * Why a message was refused before any business check: a stable code of ours, the specification's own code for
 * the class of error (its 表 7-1: {@code 0001} message format error, {@code 0002} fails schema validation,
 * {@code 0999} other format error), where (element path and line/column in the XML; for JSON the path is what
 * counts, the line is that of the XML the tree was turned into) and a reason in English and Chinese.
 *
 * @param code our stable code, one of the constants below
 * @param specCode the specification's error code for this class of error
 * @param path element path, e.g. {@code /CEB621Message/Inventory[2]/InventoryHead/buyerIdNumber}; {@code null}
 *         when the error is not at an element (e.g. too large)
 * @param line 1-based line in the XML, 0 when unknown
 * @param column 1-based column in the XML, 0 when unknown
 * @param messageEn the reason in English (for schema errors, the validator's message)
 * @param messageZh the reason in Chinese (for schema errors, the validator's Chinese message)
 */
public record CebMessageError(String code, String specCode, String path, int line, int column, String messageEn,
        String messageZh) {

    /** Not well-formed XML (or not readable in its declared encoding). */
    public static final String NOT_WELL_FORMED = "CEB-001";
    /** Well-formed but not valid against the official schema. */
    public static final String SCHEMA_VIOLATION = "CEB-002";
    /** A root element that is not one of the import messages we accept. */
    public static final String UNSUPPORTED_TYPE = "CEB-003";
    /** Larger than the size limit; refused without reading. */
    public static final String TOO_LARGE = "CEB-004";
    /** Carries a document type declaration (DTD); refused without reading it, so no entity is ever resolved. */
    public static final String DTD_NOT_ALLOWED = "CEB-005";

    /** 表 7-1 0001 报文格式错误. */
    public static final String SPEC_FORMAT = "0001";
    /** 表 7-1 0002 数据包不能通过 schema 验证. */
    public static final String SPEC_SCHEMA = "0002";
    /** 表 7-1 0999 其他格式错误. */
    public static final String SPEC_OTHER_FORMAT = "0999";

    /** One line for logs and receipts: code, where, English and Chinese reason. */
    public String describe() {
        StringBuilder b = new StringBuilder(code);
        if (path != null) {
            b.append(' ').append(path);
        }
        if (line > 0) {
            b.append(" (line ").append(line).append(')');
        }
        return b.append(": ").append(messageEn).append(" / ").append(messageZh).toString();
    }
}
