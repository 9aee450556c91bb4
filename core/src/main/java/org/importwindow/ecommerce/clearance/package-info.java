/**
 * Clearance of a cross-border e-commerce inventory list (清单): the three documents (order, payment, waybill) found
 * and compared with the list, the list's own consistency, then the tax and the buyer's allowance
 * ({@link org.importwindow.ecommerce.CbecTax}). Pure decisions: the runtime (embedded or Kafka) finds the documents,
 * keeps the ledger and writes the receipts.
 */
package org.importwindow.ecommerce.clearance;
