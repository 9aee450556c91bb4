package org.importwindow.server.ecommerce.kafka;

import org.importwindow.ecommerce.message.Receipt;

/**
 * A receipt as published on the receipts topic: the fields of the HTTP API's receipt JSON ({@code type} CEB312 ...
 * CEB626, {@code returnStatus} 120 / 800 / 100 / 399, {@code returnInfo} starting with the spec's error code on a
 * refusal), plus {@code customsCode}, the {@code owner} (the customs code of the enterprise that sent the document,
 * also the record's key) and the {@code messageGuid} of the message it answers, null when it answers a list decided
 * later (when its last document arrived, or when the wait ran out).
 */
public record KafkaReceipt(String type, String guid, String copNo, String preNo, String invtNo, String orderNo,
                           String ebpCode, String ebcCode, String agentCode, String payCode, String payTransactionId,
                           String logisticsCode, String logisticsNo, String customsCode, String returnStatus,
                           String returnTime, String returnInfo, String owner, String messageGuid) {

    static KafkaReceipt of(Receipt r, String owner, String messageGuid) {
        return new KafkaReceipt(r.type().name(), r.guid(), r.copNo(), r.preNo(), r.invtNo(), r.orderNo(),
                r.ebpCode(), r.ebcCode(), r.agentCode(), r.payCode(), r.payTransactionId(), r.logisticsCode(),
                r.logisticsNo(), r.customsCode(), r.returnStatus(), r.returnTime(), r.returnInfo(), owner,
                messageGuid);
    }

    /** Read one from the topic's value (UTF-8 JSON). */
    public static KafkaReceipt parse(byte[] json) {
        return KafkaJson.MAPPER.readValue(json, KafkaReceipt.class);
    }
}
