package org.importwindow.ecommerce.clearance;

import java.util.List;
import org.importwindow.ecommerce.CbecRejection;
import org.importwindow.ecommerce.CbecTaxBill;

/** What clearance decided for an inventory list. */
public sealed interface ClearanceDecision {

    /** The receipt status of the decision (spec): 120 stored and waiting, 100 refused, 800 released. */
    String returnStatus();

    /** The list waits for the documents named (receipt 120); it is decided again when they arrive. */
    record Waiting(List<ClearanceRule> missing) implements ClearanceDecision {
        public Waiting {
            missing = List.copyOf(missing);
        }

        @Override
        public String returnStatus() {
            return "120";
        }

        /** The receipt's returnInfo: what is awaited, in Chinese and English. */
        public String returnInfo() {
            StringBuilder zh = new StringBuilder("清单已入库，等待");
            StringBuilder en = new StringBuilder("stored, waiting for");
            for (int i = 0; i < missing.size(); i++) {
                ClearanceRule r = missing.get(i);
                zh.append(i == 0 ? "" : "、").append(r.titleZh().replace("未收到", "").replace("清单对应的", "")
                        .replace("订单对应的", ""));
                en.append(i == 0 ? " " : ", ").append(switch (r) {
                    case ORDER_MISSING -> "the order";
                    case PAYMENT_MISSING -> "the payment";
                    default -> "the waybill";
                });
            }
            return zh + " " + en;
        }
    }

    /**
     * The list is refused (receipt 100). {@code findings}: the three documents and consistency checks that failed;
     * {@code rejections}: the tax and allowance's refusals (limits, positive list, ID). {@code returnInfo} starts
     * with the spec's error code.
     */
    record Refused(List<Finding> findings, List<CbecRejection> rejections) implements ClearanceDecision {
        public Refused {
            findings = List.copyOf(findings);
            rejections = List.copyOf(rejections);
        }

        @Override
        public String returnStatus() {
            return "100";
        }

        /** The spec's error code that leads the receipt. */
        public String errorCode() {
            return findings.isEmpty() && !rejections.isEmpty() ? rejections.get(0).code() : "-621001";
        }

        public String returnInfo() {
            if (findings.isEmpty()) {
                StringBuilder s = new StringBuilder();
                for (CbecRejection r : rejections) {
                    s.append(s.length() == 0 ? "" : "; ").append(r.returnInfo());
                }
                return s.toString();
            }
            StringBuilder zh = new StringBuilder("-621001 清单报文校验失败，[");
            StringBuilder en = new StringBuilder("the inventory list fails its checks: [");
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                zh.append(i == 0 ? "" : "；").append(f.zh()).append("（").append(f.code()).append("）");
                en.append(i == 0 ? "" : "; ").append(f.en()).append(" (").append(f.code()).append(")");
            }
            for (CbecRejection r : rejections) {
                zh.append("；").append(r.zh()).append("（").append(r.code()).append("）");
                en.append("; ").append(r.en()).append(" (").append(r.code()).append(")");
            }
            return zh.append("] ").append(en).append("]").toString();
        }
    }

    /** The list is released (receipt 800) with its taxes; the buyer's allowance was debited. */
    record Released(CbecTaxBill bill) implements ClearanceDecision {
        @Override
        public String returnStatus() {
            return "800";
        }
    }
}
