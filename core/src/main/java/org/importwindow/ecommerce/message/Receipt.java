package org.importwindow.ecommerce.message;

import java.util.Objects;

/**
 * One receipt entry of the specification (the {@code OrderReturn}, {@code PaymentReturn}, {@code LogisticsReturn},
 * {@code InventoryReturn}, {@code InvtCancelReturn} or {@code InvtRefundReturn} element), with the identifying
 * fields of that element; fields the type does not have are {@code null}. Use the factories per type.
 *
 * @param type CEB312, CEB412, CEB512, CEB622, CEB624 or CEB626
 * @param guid the guid of the document answered (its head's guid)
 * @param ebpCode e-commerce platform code (312 required; 622/624/626 optional)
 * @param ebcCode e-commerce enterprise code (312 required; 622/624/626 optional)
 * @param orderNo order number (312)
 * @param payCode payment company code (412)
 * @param payTransactionId payment transaction id (412)
 * @param logisticsCode logistics company code (512)
 * @param logisticsNo waybill number (512)
 * @param customsCode customs district, 4 digits (622/624/626, optional)
 * @param agentCode declaring agent code (622/624/626, optional)
 * @param copNo the enterprise's own number of the document (622/624/626)
 * @param preNo the pre-entry number, 18 characters (622/624/626, required by the schema)
 * @param invtNo the inventory list number, 18 characters (622/624/626, optional: given once customs numbered it)
 * @param returnStatus status code, e.g. {@code 120} stored, {@code 800} released, {@code 100} rejected (see
 *         {@link ReturnStatus}); negative numbers are processing errors
 * @param returnTime {@code YYYYMMDDhhmmssSSS} (see {@link CebTimes#formatReturnTime})
 * @param returnInfo the reason or note (on refusal: the error code, then the reason in Chinese and English); at most
 *         1000 characters are written
 */
public record Receipt(CebMessageType type, String guid, String ebpCode, String ebcCode, String orderNo,
        String payCode, String payTransactionId, String logisticsCode, String logisticsNo, String customsCode,
        String agentCode, String copNo, String preNo, String invtNo, String returnStatus, String returnTime,
        String returnInfo) {

    public Receipt {
        Objects.requireNonNull(type, "type");
        if (!type.isReceipt()) {
            throw new IllegalArgumentException(type + " is not a receipt type (312, 412, 512, 622, 624, 626)");
        }
        require("guid", guid);
        fixed("guid", guid, 36);
        require("returnStatus", returnStatus);
        require("returnTime", returnTime);
        fixed("returnTime", returnTime, 17);
        require("returnInfo", returnInfo);
        switch (type) {
            case CEB312 -> {
                require("ebpCode", ebpCode);
                require("ebcCode", ebcCode);
                require("orderNo", orderNo);
            }
            case CEB412 -> {
                require("payCode", payCode);
                require("payTransactionId", payTransactionId);
            }
            case CEB512 -> {
                require("logisticsCode", logisticsCode);
                require("logisticsNo", logisticsNo);
            }
            default -> {
                require("copNo", copNo);
                require("preNo", preNo);
                fixed("preNo", preNo, 18);
                if (invtNo != null) {
                    fixed("invtNo", invtNo, 18);
                }
                if (customsCode != null) {
                    fixed("customsCode", customsCode, 4);
                }
            }
        }
    }

    /** A CEB312 entry answering an order. */
    public static Receipt order(String guid, String ebpCode, String ebcCode, String orderNo, String returnStatus,
            String returnTime, String returnInfo) {
        return new Receipt(CebMessageType.CEB312, guid, ebpCode, ebcCode, orderNo, null, null, null, null, null,
                null, null, null, null, returnStatus, returnTime, returnInfo);
    }

    /** A CEB412 entry answering a payment voucher. */
    public static Receipt payment(String guid, String payCode, String payTransactionId, String returnStatus,
            String returnTime, String returnInfo) {
        return new Receipt(CebMessageType.CEB412, guid, null, null, null, payCode, payTransactionId, null, null,
                null, null, null, null, null, returnStatus, returnTime, returnInfo);
    }

    /** A CEB512 entry answering a waybill. */
    public static Receipt logistics(String guid, String logisticsCode, String logisticsNo, String returnStatus,
            String returnTime, String returnInfo) {
        return new Receipt(CebMessageType.CEB512, guid, null, null, null, null, null, logisticsCode, logisticsNo,
                null, null, null, null, null, returnStatus, returnTime, returnInfo);
    }

    /**
     * A CEB622 (inventory list), CEB624 (cancellation) or CEB626 (return) entry: these three carry the same fields.
     */
    public static Receipt inventory(CebMessageType type, String guid, String customsCode, String ebpCode,
            String ebcCode, String agentCode, String copNo, String preNo, String invtNo, String returnStatus,
            String returnTime, String returnInfo) {
        if (type != CebMessageType.CEB622 && type != CebMessageType.CEB624 && type != CebMessageType.CEB626) {
            throw new IllegalArgumentException(type + " is not an inventory receipt (622, 624, 626)");
        }
        return new Receipt(type, guid, ebpCode, ebcCode, null, null, null, null, null, customsCode, agentCode,
                copNo, preNo, invtNo, returnStatus, returnTime, returnInfo);
    }

    /** The same receipt with another status, time and information (e.g. stored, then released). */
    public Receipt withReturn(String returnStatus, String returnTime, String returnInfo) {
        return new Receipt(type, guid, ebpCode, ebcCode, orderNo, payCode, payTransactionId, logisticsCode,
                logisticsNo, customsCode, agentCode, copNo, preNo, invtNo, returnStatus, returnTime, returnInfo);
    }

    /** The same receipt with the inventory list number customs gave (622/624/626). */
    public Receipt withInvtNo(String invtNo) {
        return new Receipt(type, guid, ebpCode, ebcCode, orderNo, payCode, payTransactionId, logisticsCode,
                logisticsNo, customsCode, agentCode, copNo, preNo, invtNo, returnStatus, returnTime, returnInfo);
    }

    static Receipt from(CebMessageType type, CebFields f) {
        return new Receipt(type, f.text("guid"), f.text("ebpCode"), f.text("ebcCode"), f.text("orderNo"),
                f.text("payCode"), f.text("payTransactionId"), f.text("logisticsCode"), f.text("logisticsNo"),
                f.text("customsCode"), f.text("agentCode"), f.text("copNo"), f.text("preNo"), f.text("invtNo"),
                f.text("returnStatus"), f.text("returnTime"), f.text("returnInfo"));
    }

    private static void require(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a receipt needs " + name);
        }
    }

    private static void fixed(String name, String value, int length) {
        if (value.length() != length) {
            throw new IllegalArgumentException(name + " must have " + length + " characters: " + value);
        }
    }
}
