package org.importwindow.ecommerce;

/**
 * One refusal of a list or a return: the reason with its spec code, and what exactly is wrong in Chinese and
 * English. Never carries a resident ID number in clear (masked with {@link ResidentIdNumber#mask}).
 *
 * @param path where in the request, e.g. {@code lines[gnum=2].commodityCode}, or null for the whole list
 */
public record CbecRejection(CbecRefusal refusal, String zh, String en, String path) {

    /** The spec code. */
    public String code() {
        return refusal.code();
    }

    /** As a receipt's {@code returnInfo}: the error code, then the reason in Chinese and in English. */
    public String returnInfo() {
        return refusal.code() + " " + zh + " " + en;
    }
}
