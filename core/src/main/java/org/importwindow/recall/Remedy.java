package org.importwindow.recall;

/** What the producer offers for a defective product (Order No. 19 第三条: 修理、更换、退货). */
public enum Remedy {
    REPAIR, REPLACE, REFUND
}
