package org.importwindow.ecommerce.message;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The specification's format-check receipt (CEB900, {@code MessageReturn}) for a message refused as a message:
 * not well-formed, not valid against the schema, of an unknown type, too large. {@code returnStatus} is negative
 * (the specification: "小于0数字表示报文格式校验异常"): minus the specification's error code of the first error,
 * e.g. {@code -2} for 0002 (fails the schema). The original message is echoed in {@code oriBizMessage}, except a
 * message refused for its size.
 */
public final class FormatReceipts {
    /** The schema's maximum length of {@code MessageReturn/returnInfo}. */
    public static final int MAX_RETURN_INFO = 5000;

    private FormatReceipts() {
    }

    /**
     * @param refusal why the message was refused
     * @param guid 36 characters: this receipt's guid
     * @param returnTime {@code YYYYMMDDhhmmssSSS}
     * @param oriCopMsgId the sender's transport message id when known (DXP {@code CopMsgId}), else empty
     * @param original the message as received
     */
    public static String toXml(CebMessageException refusal, String guid, String returnTime, String oriCopMsgId,
            byte[] original) {
        if (guid == null || guid.length() != 36 || returnTime == null || returnTime.length() != 17) {
            throw new IllegalArgumentException("a format receipt needs a 36-character guid and a 17-digit time");
        }
        CebMessageError first = refusal.errors().get(0);
        String status = "-" + Integer.parseInt(first.specCode());
        String info = refusal.errors().stream().map(CebMessageError::describe).collect(Collectors.joining("\n"));
        if (info.length() > MAX_RETURN_INFO) {
            info = info.substring(0, MAX_RETURN_INFO - 1) + "…";
        }
        boolean echo = !CebMessageError.TOO_LARGE.equals(first.code());
        String originalText = echo ? stripBom(new String(original, StandardCharsets.UTF_8)) : "";
        String oriType = echo ? rootName(originalText) : "Unknown";
        return new XmlOut().root(CebMessageType.CEB900, guid).open("MessageReturn")
                .el("guid", guid).el("returnStatus", status).el("returnInfo", info).el("returnTime", returnTime)
                .el("oriCopMsgId", oriCopMsgId == null ? "" : oriCopMsgId).el("oriMessageType", oriType)
                .el("oriBizMessage", originalText).close("MessageReturn").end(CebMessageType.CEB900);
    }

    /** The root's name when it is one of the specification's messages, else {@code Unknown} (as the spec says). */
    private static String rootName(String xml) {
        for (CebMessageType t : CebMessageType.values()) {
            int at = xml.indexOf(t.rootElement());
            if (at > 0 && (xml.charAt(at - 1) == '<' || xml.charAt(at - 1) == ':')) {
                return t.rootElement();
            }
        }
        return "Unknown";
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
