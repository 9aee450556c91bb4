/**
 * Cross-border e-commerce retail imports (跨境电子商务零售进口) as law: the CBEC tax of one inventory list through the
 * tariff engine (duty 0, VAT and consumption tax at 70% within the limits, the one-item exception taxed in full, no
 * 50-yuan waiver), the buyer's allowance through {@link org.importwindow.allowance.Ledger}, the positive list as a
 * measure type, returns within 30 days, the resident ID number check (GB 11643-1999) and the spec's refusal codes.
 * Takes plain domain inputs ({@link org.importwindow.ecommerce.CbecTaxRequest}); the CEB messages themselves are in
 * {@code org.importwindow.ecommerce.message}.
 */
package org.importwindow.ecommerce;
