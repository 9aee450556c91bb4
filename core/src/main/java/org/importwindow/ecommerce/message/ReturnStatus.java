package org.importwindow.ecommerce.message;

import java.util.Optional;

/**
 * The receipt status codes of the specification (表 3-35 and the other receipt tables): what happened to a
 * document. Negative codes are processing errors and are not listed here (see the specification's chapter 7, e.g.
 * {@code -621005} single-transaction limit, {@code -621018} annual limit).
 */
public enum ReturnStatus {
    STORED_AT_EPORT("1", "电子口岸已暂存", "stored at the e-port"),
    DECLARING("2", "电子口岸申报中", "declaring"),
    SENT("3", "发送海关成功", "sent to customs"),
    SEND_FAILED("4", "发送海关失败", "sending to customs failed"),
    REJECTED("100", "海关退单", "rejected by customs"),
    STORED("120", "海关入库", "stored by customs (waiting)"),
    MANUAL_REVIEW("300", "人工审核", "manual review"),
    CONCLUDED("399", "海关审结", "concluded by customs"),
    INSPECTION("500", "查验", "inspection"),
    DETAINED_CLEARANCE("501", "扣留移送通关", "detained, passed to clearance"),
    DETAINED_ANTI_SMUGGLING("502", "扣留移送缉私", "detained, passed to anti-smuggling"),
    DETAINED_REGULATIONS("503", "扣留移送法规", "detained, passed to the legal department"),
    DETAINED_OTHER("599", "其它扣留", "detained, other"),
    RETURNED("700", "退运", "returned abroad"),
    RELEASED("800", "放行", "released"),
    CLOSED("899", "结关", "closed");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    ReturnStatus(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The code as written in {@code returnStatus}, e.g. {@code 800}. */
    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<ReturnStatus> ofCode(String code) {
        for (ReturnStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
