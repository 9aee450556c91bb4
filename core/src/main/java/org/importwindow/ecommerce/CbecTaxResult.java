package org.importwindow.ecommerce;

/** The answer to an inventory list's tax question: a tax bill ({@link CbecTaxBill}) or a refusal ({@link CbecRefused}). */
public sealed interface CbecTaxResult permits CbecTaxBill, CbecRefused {

    boolean accepted();
}
