package org.importwindow.ecommerce;

import org.importwindow.allowance.CreditResult;

/** An accepted return: the taxes refunded and the buyer's annual total credited back ({@code credit}). */
public record CbecReturnAccepted(CbecRefund refund, CreditResult.Credited credit) implements CbecReturnResult {

    @Override
    public boolean accepted() {
        return true;
    }
}
